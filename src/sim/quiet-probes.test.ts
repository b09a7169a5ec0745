// Passing probes of the add-on Pods are counted at once over long stretches of simulated time
// (prober.ts, runSteady). The cluster must end exactly as when every attempt runs: a probe
// listener (the probe timeline) makes every attempt run, so the two clusters are compared.
import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from './index';

const START = Date.UTC(2025, 0, 6, 9, 0, 0);
const DAY_MS = 24 * 60 * 60 * 1000;

const kuard = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'kuard', namespace: 'default' },
  spec: {
    containers: [
      {
        name: 'kuard',
        image: 'gcr.io/kuar-demo/kuard-amd64:blue',
        readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 7 },
      },
    ],
  },
};

const sleeper = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'sleeper', namespace: 'default' },
  spec: { containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'sleep 90000'] }] },
};

function pair(): { counted: Cluster; everyAttempt: Cluster; attempts: () => number } {
  const counted = createCluster({ startTime: START, seed: 7 });
  const everyAttempt = createCluster({ startTime: START, seed: 7 });
  let attempts = 0;
  everyAttempt.onProbe(() => attempts++);
  return { counted, everyAttempt, attempts: () => attempts };
}

/** Everything a learner can read back: every Pod and every Event, as the API serves them. */
function state(cluster: Cluster): string {
  return JSON.stringify([cluster.list('Pod', undefined), cluster.list('Event', undefined)]);
}

describe('passing add-on probes over a long sleep', () => {
  it('leave the cluster as running every attempt would, in a fraction of the timer runs', () => {
    const { counted, everyAttempt, attempts } = pair();
    const ranCounted = counted.clock.advanceBy(30 * DAY_MS);
    const ranEvery = everyAttempt.clock.advanceBy(30 * DAY_MS);
    expect(state(counted)).toBe(state(everyAttempt));
    // 2 CoreDNS Pods × 2 probes every 10 s for 30 days.
    expect(attempts()).toBeGreaterThan(1_000_000);
    expect(ranEvery).toBeGreaterThan(1_000_000);
    expect(ranCounted).toBeLessThan(100);
  });

  it('still run each attempt around other timers: a probed kuard, a container that exits, a deleted CoreDNS Pod', () => {
    const { counted, everyAttempt } = pair();
    for (const cluster of [counted, everyAttempt]) {
      expect(cluster.create(kuard).ok).toBe(true);
      expect(cluster.create(sleeper).ok).toBe(true);
      cluster.clock.advanceBy(2 * DAY_MS);
      const listed = cluster.list('Pod', 'kube-system');
      const coredns = (listed.ok ? listed.value : []).find((pod) => pod.metadata?.name?.startsWith('coredns'));
      expect(cluster.delete('Pod', 'kube-system', coredns?.metadata?.name ?? '').ok).toBe(true);
      cluster.clock.advanceBy(DAY_MS);
    }
    expect(state(counted)).toBe(state(everyAttempt));
  });

  it('are counted step by step when the clock is stepped: each step lands on the next attempt', () => {
    const { counted, everyAttempt } = pair();
    for (let i = 0; i < 50; i++) {
      counted.clock.step();
      everyAttempt.clock.step();
      expect(counted.clock.now()).toBe(everyAttempt.clock.now());
    }
    expect(state(counted)).toBe(state(everyAttempt));
  });
});
