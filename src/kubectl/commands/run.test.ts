import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl run', () => {
  it('prints the Pod it would create with --dry-run=client -o yaml, exactly as kubectl v1.32 does', () => {
    const session = testSession();
    // Real output of: kubectl run x --image=i --env=A=b --port=80 --restart=Never --labels=app=a,b=c --command --dry-run=client -o yaml -- sh -c 'echo hi'
    expect(
      outputOf(
        session,
        "kubectl run x --image=i --env=A=b --port=80 --restart=Never --labels=app=a,b=c --command --dry-run=client -o yaml -- sh -c 'echo hi'",
      ),
    ).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: a\n    b: c\n  name: x\nspec:\n  containers:\n  - command:\n    - sh\n    - -c\n    - echo hi\n    env:\n    - name: A\n      value: b\n    image: i\n    name: x\n    ports:\n    - containerPort: 80\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Never\nstatus: {}\n',
    );
    expect(session.cluster.get('Pod', 'default', 'x').ok).toBe(false);
  });

  it('creates the Pod with the run label', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue')).toBe(
      'pod/kuard created\n',
    );
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.labels).toEqual({ run: 'kuard' });
  });
});
