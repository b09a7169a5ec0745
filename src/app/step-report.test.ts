import { describe, expect, it } from 'vitest';
import { createCluster } from '../sim/index';
import { createClockDriver } from './clock-driver';
import { formatDuration, stepAndReport } from './step-report';

const START = Date.UTC(2026, 10, 22, 10, 0, 0);
const at = (now: number) => `+${(now - START) / 1000}s`;

function pod(name: string) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default' },
    spec: { containers: [{ name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue' }] },
  };
}

describe('stepping to the next event says what it stepped to', () => {
  it('names the events the step recorded and the time it moved to', () => {
    const cluster = createCluster({ startTime: START, seed: 1 });
    const driver = createClockDriver(cluster.clock, undefined, { playing: false });
    expect(cluster.create(pod('kuard')).ok).toBe(true);
    const reports: string[] = [];
    for (let i = 0; i < 12; i++) reports.push(stepAndReport(cluster, driver, at).text);
    const all = reports.join('\n');
    expect(all).toMatch(/^Stepped [\d.]+ s to \+[\d.]+s: /m);
    expect(all).toContain('Scheduled (Pod kuard): Successfully assigned default/kuard to');
    expect(all).toMatch(/Pod kuard is Running/);
  });

  it('says so when nothing is scheduled, and leaves the clock alone', () => {
    const cluster = createCluster({ startTime: START, seed: 1 });
    const driver = createClockDriver(cluster.clock, undefined, { playing: false });
    let report = stepAndReport(cluster, driver, at);
    for (let i = 0; i < 500 && report.stepped; i++) report = stepAndReport(cluster, driver, at);
    // A live cluster always has a timer (node heartbeats); if it ever runs dry, the sentence says so.
    if (!report.stepped) expect(report.text).toBe('Nothing is scheduled: the clock stayed where it was.');
    else expect(report.text).toMatch(/^Stepped /);
  });

  it('words durations in seconds, then minutes', () => {
    expect(formatDuration(500)).toBe('0.5 s');
    expect(formatDuration(12_000)).toBe('12 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(120_000)).toBe('2 min');
  });
});
