// Probe handlers and probe fields, pinned to the second. The first container of a fresh 10 MB
// image starts 2.1 s after creation (see timelines/start.txt); probe attempts fall at
// start + initialDelay + k·period.
import { describe, expect, it } from 'vitest';
import { podManifest, simulate } from './testing/driver';

const START = 2100; // ms from creation to the first container start (fresh pull of a fake image)

describe('probe handlers', () => {
  it('reports timeouts, gRPC answers and exec timeouts in the kubelet words', () => {
    const sim = simulate().apply(
      podManifest('probes', {
        image: 'fake/web:1',
        args: ['--fail-healthy-at=0'],
        readinessProbe: { httpGet: { path: '/slow', port: 8080 } },
        livenessProbe: { grpc: { port: 8080 }, failureThreshold: 100 },
      }),
    );
    sim.advanceTo(START + 1);
    const ip = sim.pod('probes').status?.podIP;
    expect(sim.reasons('probes')).toContain(
      `Unhealthy: Readiness probe failed: Get "http://${ip}:8080/slow": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
    );
    expect(sim.reasons('probes')).toContain(
      'Unhealthy: Liveness probe failed: service unhealthy (responded with "NOT_SERVING")',
    );
    expect(sim.probes.find((p) => p.probe === 'readiness')).toMatchObject({
      result: 'timeout',
      failureThreshold: 3,
      consecutiveFailures: 1,
      container: 'probes',
    });
  });

  it('an exec probe that hangs fails after timeoutSeconds', () => {
    const sim = simulate().apply(
      podManifest('hang', { image: 'fake/web:1', readinessProbe: { exec: { command: ['hang'] }, timeoutSeconds: 3 } }),
    );
    sim.advanceTo(START + 2_999);
    expect(sim.reasons('hang').filter((r) => r.startsWith('Unhealthy'))).toEqual([]);
    sim.advanceTo(START + 3_000);
    expect(sim.reasons('hang')).toContain('Unhealthy: Readiness probe failed: command "hang" timed out');
  });
});

describe('probe fields', () => {
  const noop = { stdout() {}, stderr() {}, exit() {} };
  // Readiness by exec `cat /tmp/ready` every 5 s from the start (attempts at 0, 5, 10 … s); the file
  // appears at 1 s, so attempts from 5 s succeed.
  const cases = [
    { successThreshold: 1, notReadyAt: 4.999, readyAt: 5 },
    { successThreshold: 2, notReadyAt: 9.999, readyAt: 10 },
    { successThreshold: 3, notReadyAt: 14.999, readyAt: 15 },
  ];
  for (const c of cases) {
    it(`readiness successThreshold ${c.successThreshold}: ready at ${c.readyAt}s after start, not before`, () => {
      const sim = simulate().apply(
        podManifest('r', {
          image: 'fake/web:1',
          readinessProbe: {
            exec: { command: ['cat', '/tmp/ready'] },
            periodSeconds: 5,
            successThreshold: c.successThreshold,
          },
        }),
      );
      sim.advanceTo(START + 1000);
      sim.cluster.exec('default', 'r', ['touch', '/tmp/ready'], noop, { tty: false, stdin: false });
      sim.advanceTo(START + c.notReadyAt * 1000);
      expect(sim.pod('r').status?.containerStatuses?.[0]?.ready).toBe(false);
      sim.advanceTo(START + c.readyAt * 1000);
      expect(sim.pod('r').status?.containerStatuses?.[0]?.ready).toBe(true);
      expect(sim.pod('r').status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('True');
    });
  }

  it('resolves a named port and probes the port it names', () => {
    const sim = simulate().apply(
      podManifest('named', {
        image: 'fake/web:1',
        args: ['--port=9090'],
        ports: [{ containerPort: 9090, name: 'web' }],
        readinessProbe: { httpGet: { path: '/ready', port: 'web' } },
        livenessProbe: { tcpSocket: { port: 'web' } },
      }),
    );
    sim.advanceTo(START);
    expect(sim.probes.map((p) => `${p.probe}:${p.result}`).sort()).toEqual(['liveness:success', 'readiness:success']);
    expect(sim.pod('named').status?.containerStatuses?.[0]?.ready).toBe(true);
  });

  it('a readiness failure below failureThreshold keeps the container ready', () => {
    const sim = simulate().apply(
      podManifest('flaky', {
        image: 'fake/web:1',
        readinessProbe: { exec: { command: ['cat', '/tmp/ok'] }, periodSeconds: 5, failureThreshold: 2 },
      }),
    );
    sim.advanceTo(START);
    sim.cluster.exec('default', 'flaky', ['touch', '/tmp/ok'], noop, { tty: false, stdin: false });
    sim.advanceTo(START + 5000); // success: ready
    expect(sim.pod('flaky').status?.containerStatuses?.[0]?.ready).toBe(true);
    sim.cluster.exec('default', 'flaky', ['rm', '/tmp/ok'], noop, { tty: false, stdin: false });
    sim.advanceTo(START + 10_000); // one failure of two
    expect(sim.pod('flaky').status?.containerStatuses?.[0]?.ready).toBe(true);
    sim.advanceTo(START + 15_000); // the second: not ready, still no restart
    expect(sim.pod('flaky').status?.containerStatuses?.[0]).toMatchObject({ ready: false, restartCount: 0 });
  });
});
