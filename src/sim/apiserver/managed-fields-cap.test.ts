// The cap on Update entries: k8s.io/apimachinery pkg/util/managedfields/internal/capmanagers.go
// capManagersManager.capUpdateManagers, with DefaultMaxUpdateManagers = 10.
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { createCluster } from '../index';
import { MAX_UPDATE_MANAGERS } from './managed-fields';

type Entry = { manager: string; subresource?: string; time: string; fieldsV1: Record<string, unknown> };

function labelledByManyManagers(writers: number) {
  const cluster = createCluster({ seed: 3, systemPods: false });
  const created = cluster.create(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kuard' },
      spec: { containers: [{ name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue' }] },
    },
    { fieldManager: 'kubectl-run' },
  );
  if (!created.ok) throw new Error(created.error.message);
  const get = () => {
    const got = cluster.get('Pod', 'default', 'kuard');
    if (!got.ok) throw new Error(got.error.message);
    return got.value as Pod;
  };
  const entries = () => get().metadata!.managedFields as unknown as Entry[];
  cluster.clock.advanceBy(30_000);
  const timesBefore = new Map<string, string>();
  for (let i = 1; i <= writers; i++) {
    cluster.clock.advanceBy(5_000);
    const pod = get();
    pod.metadata!.labels = { ...pod.metadata!.labels, [`writer-${i}`]: 'yes' };
    const updated = cluster.update(pod, { fieldManager: `labeller-${i}` });
    if (!updated.ok) throw new Error(updated.error.message);
    for (const e of entries()) timesBefore.set(`${e.manager}/${e.subresource ?? ''}`, e.time);
  }
  return { entries, timesBefore };
}

describe('the cap on update managers (capmanagers.go capUpdateManagers)', () => {
  it('keeps every entry while there are at most ten', () => {
    // kubectl-run, the kubelet's status writes and eight labellers: ten.
    const { entries } = labelledByManyManagers(8);
    expect(entries()).toHaveLength(MAX_UPDATE_MANAGERS);
    expect(entries().some((e) => e.manager === 'ancient-changes')).toBe(false);
  });

  it('merges the two oldest into "ancient-changes" with the newer one\'s time', () => {
    const { entries, timesBefore } = labelledByManyManagers(9);
    const list = entries();
    expect(list).toHaveLength(MAX_UPDATE_MANAGERS);
    expect(list.map((e) => e.manager)).not.toContain('kubectl-run');
    expect(list.some((e) => e.manager === 'kubelet')).toBe(false);
    const ancient = list.find((e) => e.manager === 'ancient-changes')!;
    expect(ancient.subresource).toBeUndefined();
    // The creator's spec and the kubelet's status now belong to one bucket.
    expect(Object.keys(ancient.fieldsV1).sort()).toEqual(['f:spec', 'f:status']);
    expect(ancient.time).toBe(timesBefore.get('kubelet/status'));
  });

  it('merges the next oldest into the bucket when another writer comes', () => {
    const { entries, timesBefore } = labelledByManyManagers(10);
    const list = entries();
    expect(list).toHaveLength(MAX_UPDATE_MANAGERS);
    expect(list.map((e) => e.manager)).not.toContain('labeller-1');
    const ancient = list.find((e) => e.manager === 'ancient-changes')!;
    expect(ancient.time).toBe(timesBefore.get('labeller-1/'));
    expect(JSON.stringify(ancient.fieldsV1)).toContain('f:writer-1');
    // Entries are listed oldest first (sortEncodedManagedFields), so the bucket leads.
    expect(list[0]!.manager).toBe('ancient-changes');
  });
});
