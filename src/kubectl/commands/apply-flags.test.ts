// apply's and create's flags beyond -f: what each changes in the cluster. Their checks and refusal
// paths are recorded from kubectl v1.32 in testdata/error-sweep-write.sh.

import { describe, expect, it } from 'vitest';
import { KUARD_POD_YAML as POD, outputOf, testSession } from '../testing/session';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function pod(name: string, labels: Record<string, string> = {}): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels },
    spec: { containers: [{ name, image: 'nginx' }] },
  });
}

const files = {
  'typo.yaml': POD.replace('      name: kuard\n', '      name: kuard\n      imagee: x\n'),
  'web.json': pod('web', { app: 'site' }),
  'api.json': pod('api', { app: 'site' }),
  'both.json': JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [JSON.parse(pod('web', { app: 'site' })), JSON.parse(pod('db', { app: 'store' }))],
  }),
  'port.yaml': POD.replace('8080\n', '9090\n'),
  'kuard-pod.yaml': POD,
};

function exists(session: ReturnType<typeof testSession>, name: string): boolean {
  return session.cluster.get('Pod', 'default', name).ok;
}

describe('--validate (cmdutil.GetValidationDirective, sent as the fieldValidation parameter)', () => {
  it('strict (the default) refuses an unknown field; warn creates with the server warning; ignore drops it', () => {
    const strict = testSession(files);
    expect(outputOf(strict, 'kubectl create -f typo.yaml --validate=true')).toContain('strict decoding error');
    expect(exists(strict, 'kuard')).toBe(false);

    const warn = testSession(files);
    expect(outputOf(warn, 'kubectl apply -f typo.yaml --validate=warn')).toBe(
      'Warning: unknown field "spec.containers[0].imagee"\npod/kuard created\n',
    );
    expect(exists(warn, 'kuard')).toBe(true);

    const ignore = testSession(files);
    expect(outputOf(ignore, 'kubectl create -f typo.yaml --validate=false')).toBe('pod/kuard created\n');
    expect(outputOf(ignore, 'kubectl get pod kuard -o yaml')).not.toContain('imagee');
  });
});

describe('--field-manager', () => {
  it('names the manager that owns the fields apply and create set', () => {
    const session = testSession(files);
    session.run('kubectl apply -f web.json --field-manager=me', 'kubectl create -f api.json --field-manager=you');
    const managers = (name: string) => {
      const got = session.cluster.get('Pod', 'default', name);
      return got.ok ? got.value.metadata?.managedFields?.map((m) => m.manager) : undefined;
    };
    expect(managers('web')).toContain('me');
    expect(managers('api')).toContain('you');
  });
});

describe('-l (the builder filters the objects of the files)', () => {
  it('sends only the objects whose labels match, and says so when none do', () => {
    const session = testSession(files);
    expect(outputOf(session, 'kubectl create -f both.json -l app=store')).toBe('pod/db created\n');
    expect(exists(session, 'web')).toBe(false);
    expect(outputOf(session, 'kubectl apply -f both.json -l app=none')).toBe('error: no objects passed to apply\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});

describe('--prune (prune.go pruneAll)', () => {
  it('deletes the applied Pods the files no longer hold, never those made by run', () => {
    const session = testSession(files);
    session.run(
      'kubectl apply -f web.json',
      'kubectl apply -f api.json',
      'kubectl run kuard --image=nginx -l app=site',
    );
    expect(
      outputOf(session, 'kubectl apply -f web.json --prune -l app=site --prune-allowlist=core/v1/Pod --dry-run=client'),
    ).toBe('pod/web configured (dry run)\npod/api pruned (dry run)\n');
    expect(exists(session, 'api')).toBe(true);
    expect(outputOf(session, 'kubectl apply -f web.json --prune -l app=site --prune-allowlist=core/v1/Pod')).toBe(
      'pod/web unchanged\npod/api pruned\n',
    );
    // The Pod is deleted gracefully; kubectl does not wait for it.
    const api = session.cluster.get('Pod', 'default', 'api');
    expect(!api.ok || api.value.metadata?.deletionTimestamp !== undefined).toBe(true);
    expect(exists(session, 'kuard')).toBe(true);
  });

  it('warns in klog words about the default kinds, once the objects are applied (pruneAll runs last)', () => {
    const session = testSession(files);
    session.run('kubectl apply -f api.json');
    expect(outputOf(session, 'kubectl apply -f web.json --prune --all --grace-period=0 --force=false')).toBe(
      'pod/web created\nW1122 10:00:00.000000    4242 prune.go:71] Deprecated: kubectl apply will no longer prune non-namespaced resources by default when used with the --namespace flag in a future release. To preserve the current behaviour, list the resources you want to target explicitly in the --prune-allowlist flag.\npod/api pruned\n',
    );
  });
});

describe('create --save-config', () => {
  it('stores the object in the annotation, so a later apply neither warns nor changes anything', () => {
    const session = testSession(files);
    session.run('kubectl create -f kuard-pod.yaml --save-config');
    const got = session.cluster.get('Pod', 'default', 'kuard');
    expect(got.ok && got.value.metadata?.annotations?.[LAST_APPLIED]).toContain('"name":"kuard","namespace":"default"');
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard unchanged\n');
  });
});

describe("what Pod Lab's cluster cannot do is refused plainly, and nothing changes", () => {
  it('--server-side apply', () => {
    const session = testSession(files);
    expect(outputOf(session, 'kubectl apply -f web.json --server-side')).toMatch(
      /^error: Pod Lab's API server does not do server-side apply, so pod\/web was not applied\./,
    );
    expect(exists(session, 'web')).toBe(false);
  });

  it('--force when the server refuses a change, and --overwrite=false when a patch is due', () => {
    const session = testSession(files);
    session.run('kubectl apply -f kuard-pod.yaml');
    expect(outputOf(session, 'kubectl apply -f port.yaml --force')).toMatch(
      /^error: Pod Lab's kubectl apply does not replace objects \(--force\), so pod\/kuard was left as it was\./,
    );
    expect(outputOf(session, 'kubectl apply -f port.yaml --overwrite=false')).toMatch(
      /^error: Pod Lab's kubectl apply/,
    );
    expect(outputOf(session, 'kubectl get pod kuard -o jsonpath={.spec.containers[0].ports[0].containerPort}')).toBe(
      '8080',
    );
  });

  it('create --edit and --raw, -k with a kustomization', () => {
    const session = testSession({ ...files, 'kustomization.yaml': 'resources: [web.json]\n' });
    expect(outputOf(session, 'kubectl create -f web.json --edit')).toMatch(
      /^error: Pod Lab's kubectl create does not open an editor/,
    );
    expect(outputOf(session, 'kubectl create -f web.json --raw /api/v1/namespaces/default/pods')).toMatch(
      /^error: Pod Lab's console sends only kubectl's typed requests/,
    );
    expect(outputOf(session, 'kubectl apply -k .')).toBe(
      'error: Pod Lab does not run kustomize, so kustomization.yaml was not built. Apply the manifests it lists with -f.\n',
    );
    expect(exists(session, 'web')).toBe(false);
  });
});
