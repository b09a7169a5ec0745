// When Pod metrics become available: at the first 15s scrape at least 10s after every container
// started (metrics-server pkg/storage/pod.go podStorage.Store and freshContainerMinMetricsResolution).

import { describe, expect, it } from 'vitest';
import { FRESH_CONTAINER_MIN_MS, METRIC_RESOLUTION_MS, lastScrape } from './metrics-server';
import { podManifest, simulate } from './testing/driver';

function metricsFor(sim: ReturnType<typeof simulate>, name: string) {
  const metrics = sim.cluster.podMetrics('default');
  return metrics.ok ? metrics.value.find((m) => m.name === name) : undefined;
}

describe('metrics-server timing', () => {
  it('has no figures for a container until a scrape 10s or more after it started', () => {
    const sim = simulate().apply(podManifest('web', { image: 'fake/web:1' }));
    let started: number | undefined;
    for (let i = 0; i < 60; i++) {
      sim.advance('1s');
      const startedAt = sim.pod('web').status?.containerStatuses?.[0]?.state?.running?.startedAt;
      if (startedAt && started === undefined) started = Date.parse(startedAt);
      const now = sim.cluster.clock.now();
      const due = started !== undefined && lastScrape(now) - started >= FRESH_CONTAINER_MIN_MS;
      expect(metricsFor(sim, 'web') !== undefined, `at ${(now - sim.start) / 1000}s`).toBe(due);
    }
    expect(started).toBeDefined();
    expect(metricsFor(sim, 'web')).toBeDefined();
  });

  it('is a matter of tens of seconds, not of one or two', () => {
    const sim = simulate().apply(podManifest('web', { image: 'fake/web:1' }));
    sim.advance('5s');
    expect(sim.pod('web').status?.phase).toBe('Running');
    expect(metricsFor(sim, 'web')).toBeUndefined();
    sim.advance(FRESH_CONTAINER_MIN_MS + METRIC_RESOLUTION_MS);
    expect(metricsFor(sim, 'web')).toBeDefined();
  });
});
