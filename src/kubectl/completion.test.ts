import { describe, expect, it } from 'vitest';
import { testSession } from './testing/session';

function complete(session: ReturnType<typeof testSession>, line: string) {
  return session.engine.complete(line, line.length);
}

describe('tab completion', () => {
  const session = testSession({ 'kuard-pod.yaml': 'x', 'kuard-pod-full.yaml': 'y', 'notes.txt': 'z' });
  session.run(
    'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue',
    'kubectl run kuard-two --image=nginx',
    'kubectl run web --image=nginx',
  );

  it('offers kubectl and the shell commands for the first word', () => {
    expect(complete(session, 'kub')).toEqual({ from: 0, candidates: ['kubectl'] });
    expect(complete(session, 'hi').candidates).toEqual(['history']);
  });

  it('offers kubectl verbs after kubectl', () => {
    expect(complete(session, 'kubectl de')).toEqual({ from: 8, candidates: ['delete', 'describe'] });
    expect(complete(session, 'kubectl po').candidates).toEqual(['port-forward']);
  });

  it('offers resource types, then object names from the cluster', () => {
    expect(complete(session, 'kubectl get p').candidates).toEqual([
      'persistentvolume',
      'persistentvolumeclaim',
      'persistentvolumeclaims',
      'persistentvolumes',
      'po',
      'pod',
      'pods',
      'pv',
      'pvc',
    ]);
    expect(complete(session, 'kubectl describe pod ku')).toEqual({ from: 21, candidates: ['kuard', 'kuard-two'] });
    expect(complete(session, 'kubectl get pod/w').candidates).toEqual(['pod/web']);
  });

  it('offers Pod names first for logs, exec and port-forward', () => {
    expect(complete(session, 'kubectl logs w').candidates).toEqual(['web']);
    expect(complete(session, 'kubectl exec -it k').candidates).toEqual(['kuard', 'kuard-two']);
  });

  it("offers the verb's flags", () => {
    // kubectl.1.32 __complete logs kuard --t offers the inherited --tls-server-name and --token too.
    expect(complete(session, 'kubectl logs kuard --t').candidates).toEqual([
      '--tail',
      '--timestamps',
      '--tls-server-name',
      '--token',
    ]);
    expect(complete(session, 'kubectl delete pod kuard --gr').candidates).toEqual(['--grace-period']);
  });

  it('offers workspace files after -f, and output formats after -o', () => {
    expect(complete(session, 'kubectl apply -f ku')).toEqual({
      from: 17,
      candidates: ['kuard-pod-full.yaml', 'kuard-pod.yaml'],
    });
    expect(complete(session, 'cat no').candidates).toEqual(['notes.txt']);
    expect(complete(session, 'kubectl get pods -o w').candidates).toEqual(['wide']);
  });

  it('offers the sub-verbs of top and config', () => {
    expect(complete(session, 'kubectl top ').candidates).toEqual(['node', 'pod']);
    expect(complete(session, 'kubectl config set').candidates).toEqual(['set-context']);
  });

  it('completes the word under the cursor in a later pipeline stage', () => {
    expect(complete(session, 'kubectl get pods | gr')).toEqual({ from: 19, candidates: ['grep'] });
  });
});
