// The pod garbage collector removes a Pod bound by nodeName to a node that does not exist
// (pkg/controller/podgc/gc_controller.go gcOrphaned: 20 s runs, 40 s quarantine).
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import type { WatchEvent } from './api';
import { podManifest, simulate } from './testing/driver';

describe('PodGC gcOrphaned', () => {
  it('marks the orphan Failed with DisruptionTarget, then force-deletes it after the quarantine', () => {
    const sim = simulate();
    const seen: { type: string; phase?: string; at: number }[] = [];
    sim.cluster.watch((e: WatchEvent) => {
      if (e.object.kind !== 'Pod') return;
      seen.push({ type: e.type, phase: e.object.status?.phase, at: sim.elapsed() });
    });
    sim.apply(podManifest('orphan', { image: 'fake/web:1' }, { nodeName: 'node-9' })).advance('39s');
    expect(sim.pod('orphan').status?.phase).toBe('Pending');
    sim.advance('60s');
    expect(sim.podOrUndefined('orphan')).toBeUndefined();
    // The cluster starts on the 20 s grid: the run at 0 s sees node-9 missing, the run at 40 s deletes.
    expect(seen.filter((e) => e.type !== 'ADDED')).toEqual([
      { type: 'MODIFIED', phase: 'Failed', at: 40_000 },
      { type: 'DELETED', phase: 'Failed', at: 40_000 },
    ]);
  });

  it('records the condition podgc writes before the delete', () => {
    const sim = simulate();
    let last: Pod | undefined;
    sim.cluster.watch((e: WatchEvent) => {
      if (e.type === 'MODIFIED' && e.object.kind === 'Pod') last = e.object;
    });
    sim.apply(podManifest('orphan', { image: 'fake/web:1' }, { nodeName: 'gone' })).advance('1m');
    expect(last?.status?.conditions).toEqual([
      {
        lastProbeTime: null,
        lastTransitionTime: '2026-11-22T10:00:40Z',
        message: 'PodGC: node no longer exists',
        reason: 'DeletionByPodGC',
        status: 'True',
        type: 'DisruptionTarget',
      },
    ]);
  });

  it('leaves a Pod bound to a real node alone', () => {
    const sim = simulate()
      .apply(podManifest('pinned', { image: 'fake/web:1' }, { nodeName: 'node-2' }))
      .advance('5m');
    expect(sim.pod('pinned').status?.phase).toBe('Running');
  });
});
