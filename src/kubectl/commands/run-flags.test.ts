// kubectl run's flags beyond the book's (pkg/cmd/run/run.go): what each changes in the Pod the
// cluster stores, or in what kubectl prints.

import { describe, expect, it } from 'vitest';
import type { Pod } from '../../sim/api';
import { outputOf, testSession } from '../testing/session';

const IMAGE = 'gcr.io/kuar-demo/kuard-amd64:blue';

function storedPod(session: ReturnType<typeof testSession>, name: string): Pod {
  const got = session.cluster.get('Pod', 'default', name);
  if (!got.ok) throw new Error(`pod ${name} was not created`);
  return got.value as Pod;
}

describe('kubectl run flags (run.go)', () => {
  it('--privileged runs the container privileged', () => {
    const session = testSession();
    expect(outputOf(session, `kubectl run p --image=${IMAGE} --privileged`)).toBe('pod/p created\n');
    expect(storedPod(session, 'p').spec?.containers[0]?.securityContext).toEqual({ privileged: true });
  });

  it('--overrides merges into the generated Pod (merge, strategic and json types)', () => {
    const session = testSession();
    outputOf(session, `kubectl run m --image=${IMAGE} --overrides='{"metadata":{"labels":{"tier":"web"}}}'`);
    expect(storedPod(session, 'm').metadata?.labels).toEqual({ run: 'm', tier: 'web' });
    outputOf(
      session,
      `kubectl run s --image=${IMAGE} --override-type=strategic --overrides='{"spec":{"containers":[{"name":"s","args":["--a"]}]}}'`,
    );
    const container = storedPod(session, 's').spec?.containers[0];
    expect(container?.image).toBe(IMAGE);
    expect(container?.args).toEqual(['--a']);
    outputOf(
      session,
      `kubectl run j --image=${IMAGE} --override-type=json --overrides='[{"op":"replace","path":"/spec/restartPolicy","value":"Never"}]'`,
    );
    expect(storedPod(session, 'j').spec?.restartPolicy).toBe('Never');
  });

  it('refuses broken overrides in kubectl’s words and creates nothing', () => {
    const session = testSession();
    expect(outputOf(session, `kubectl run b --image=${IMAGE} --overrides='{'`)).toBe('error: Invalid JSON Patch\n');
    expect(outputOf(session, `kubectl run b --image=${IMAGE} --override-type=yaml --overrides='{}'`)).toBe(
      'error: invalid override type: yaml\n',
    );
    expect(session.cluster.get('Pod', 'default', 'b').ok).toBe(false);
  });

  it('--save-config stores the last-applied configuration; --field-manager names the writer', () => {
    const session = testSession();
    outputOf(session, `kubectl run c --image=${IMAGE} --save-config --field-manager=me`);
    const pod = storedPod(session, 'c');
    const saved = JSON.parse(pod.metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration'] ?? '{}');
    expect(saved.spec.containers[0].image).toBe(IMAGE);
    expect(pod.metadata?.managedFields?.map((entry) => entry.manager)).toContain('me');
  });

  it('--expose creates the Pod, then says the cluster runs no Services', () => {
    const session = testSession();
    const out = outputOf(session, `kubectl run e --image=${IMAGE} --expose --port=8080`);
    expect(out).toMatch(
      /^pod\/e created\nerror: Pod Lab's cluster does not run Services, so service\/e was not created/,
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('-i --leave-stdin-open keeps stdin open past the first attach', () => {
    const session = testSession();
    const yaml = outputOf(session, `kubectl run l --image=${IMAGE} -i --leave-stdin-open --attach=false -o yaml`);
    expect(yaml).toContain('    stdin: true\n');
    expect(yaml).not.toContain('stdinOnce');
  });
});
