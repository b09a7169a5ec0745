// ValidatePodUpdate's rules, one row per change to a stored Pod: what may change, and the API
// server's words for what may not (pkg/apis/core/validation ValidatePodUpdate).
import { describe, expect, it } from 'vitest';
import type { Pod, PodSpec } from 'kubernetes-types/core/v1';
import { createCluster } from '../index';
import { POD_UPDATE_FORBIDDEN } from './pod-update';

const toleration = { key: 'gpu', operator: 'Equal', value: 'yes', effect: 'NoExecute', tolerationSeconds: 60 };
const base: PodSpec = {
  containers: [{ name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue' }],
  activeDeadlineSeconds: 600,
  tolerations: [toleration],
};

const rows: { change: string; edit: (s: PodSpec) => void; error?: string; before?: Partial<PodSpec> }[] = [
  { change: 'a container image', edit: (s) => (s.containers[0]!.image = 'gcr.io/kuar-demo/kuard-amd64:green') },
  { change: 'activeDeadlineSeconds lowered', edit: (s) => (s.activeDeadlineSeconds = 300) },
  {
    change: 'activeDeadlineSeconds raised',
    edit: (s) => (s.activeDeadlineSeconds = 900),
    error: 'spec.activeDeadlineSeconds: Invalid value: 900: must be less than or equal to previous value',
  },
  {
    change: 'activeDeadlineSeconds removed',
    edit: (s) => delete s.activeDeadlineSeconds,
    error: 'spec.activeDeadlineSeconds: Invalid value: "null": must not update from a positive integer to nil value',
  },
  { change: 'a toleration added', edit: (s) => s.tolerations!.push({ key: 'spot', operator: 'Exists' }) },
  { change: "a toleration's tolerationSeconds", edit: (s) => (s.tolerations![0]!.tolerationSeconds = 30) },
  {
    change: 'a toleration removed',
    edit: (s) => (s.tolerations = []),
    error: 'spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds',
  },
  {
    change: "a toleration's value",
    edit: (s) => (s.tolerations![0]!.value = 'no'),
    error: 'spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds',
  },
  {
    change: 'a container added',
    edit: (s) => s.containers.push({ name: 'side', image: 'busybox' }),
    error: 'spec.containers: Forbidden: pod updates may not add or remove containers',
  },
  {
    change: 'a container port',
    edit: (s) => (s.containers[0]!.ports = [{ containerPort: 9090 }]),
    error: `spec: Forbidden: ${POD_UPDATE_FORBIDDEN}`,
  },
  {
    change: 'terminationGracePeriodSeconds 30 → 10',
    edit: (s) => (s.terminationGracePeriodSeconds = 10),
    error: `spec: Forbidden: ${POD_UPDATE_FORBIDDEN}`,
  },
  {
    change: 'terminationGracePeriodSeconds −5 → 1',
    before: { terminationGracePeriodSeconds: -5 },
    edit: (s) => (s.terminationGracePeriodSeconds = 1),
  },
  {
    change: 'restartPolicy',
    edit: (s) => (s.restartPolicy = 'Never'),
    error: `spec: Forbidden: ${POD_UPDATE_FORBIDDEN}`,
  },
];

describe('Pod updates', () => {
  for (const row of rows) {
    it(`${row.change}: ${row.error ? 'refused' : 'accepted'}`, () => {
      const cluster = createCluster({ systemPods: false });
      const created = cluster.create({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'kuard' },
        spec: { ...structuredClone(base), ...row.before },
      });
      expect(created.ok).toBe(true);
      const current = structuredClone((cluster.get('Pod', 'default', 'kuard') as { value: Pod }).value);
      row.edit(current.spec!);
      const result = cluster.update(current);
      if (!row.error) {
        expect(result.ok ? 'ok' : (result as { error: { message: string } }).error.message).toBe('ok');
        return;
      }
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatchObject({
        reason: 'Invalid',
        code: 422,
        message: `Pod "kuard" is invalid: ${row.error}`,
      });
    });
  }

  it('a second create of the same name is AlreadyExists (409)', () => {
    const cluster = createCluster({ systemPods: false });
    const manifest = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kuard' }, spec: structuredClone(base) };
    expect(cluster.create(manifest).ok).toBe(true);
    const again = cluster.create(manifest);
    expect(!again.ok && again.error).toMatchObject({
      reason: 'AlreadyExists',
      code: 409,
      message: 'pods "kuard" already exists',
    });
  });
});
