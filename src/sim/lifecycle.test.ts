// The life of a Pod with timings pinned to the second. With the fake 10 MB images the timeline is:
// bound at 0s, reported ContainerCreating at 0.1s, sandbox up at 0.6s, pull 1.5s, so the first
// container starts at 2.1s. Probe attempts fall at start + initialDelay + k·period.
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { podManifest, simulate } from './testing/driver';

const START = 2100; // ms from creation to the first container start (fresh pull of a fake image)

function state(pod: Pod, i = 0): string {
  const c = pod.status?.containerStatuses?.[i];
  if (!c) return 'none';
  const s = c.state ?? {};
  return s.running
    ? 'running'
    : s.waiting
      ? `waiting:${s.waiting.reason}`
      : `terminated:${s.terminated?.reason}:${s.terminated?.exitCode}`;
}

describe('start-up', () => {
  it('goes Pending → bound → ContainerCreating → Running with the real events', () => {
    const sim = simulate().apply(podManifest('web', { image: 'fake/web:1' }));
    expect(sim.pod('web').status?.phase).toBe('Pending');
    expect(sim.pod('web').spec?.nodeName).toBeUndefined();
    sim.advance('50ms');
    expect(sim.pod('web').spec?.nodeName).toMatch(/^node-[123]$/);
    expect(sim.pod('web').status?.conditions).toEqual([
      { lastProbeTime: null, lastTransitionTime: '2026-11-22T10:00:00Z', status: 'True', type: 'PodScheduled' },
    ]);
    sim.advance('100ms');
    expect(state(sim.pod('web'))).toBe('waiting:ContainerCreating');
    sim.advanceTo(START - 1);
    expect(sim.pod('web').status?.phase).toBe('Pending');
    sim.advanceTo(START);
    const pod = sim.pod('web');
    expect(pod.status?.phase).toBe('Running');
    expect(pod.status?.containerStatuses?.[0]?.ready).toBe(true);
    expect(pod.status?.podIP).toMatch(/^10\.244\.[123]\.\d+$/);
    expect(pod.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(sim.reasons('web')).toEqual([
      `Scheduled: Successfully assigned default/web to ${pod.spec?.nodeName}`,
      'Pulling: Pulling image "fake/web:1"',
      'Pulled: Successfully pulled image "fake/web:1" in 1.5s (1.5s including waiting). Image size: 10000000 bytes.',
      'Created: Created container web',
      'Started: Started container web',
    ]);
  });

  it('a watcher sees created, bound, ContainerCreating, then Running with its IP', () => {
    const sim = simulate();
    const seen: string[] = [];
    sim.cluster.watch((e) => {
      if (e.object.kind !== 'Pod') return;
      const p = e.object;
      const c = p.status?.containerStatuses?.[0];
      seen.push(
        `${e.type} ${p.status?.phase} ${p.spec?.nodeName ?? '-'} ${c ? state(p) : '-'} ${p.status?.podIP ?? '-'}`,
      );
    });
    sim.apply(podManifest('w', { image: 'fake/web:1' })).advance('5s');
    const node = sim.pod('w').spec?.nodeName;
    const ip = sim.pod('w').status?.podIP;
    expect(seen).toEqual([
      'ADDED Pending - - -',
      `MODIFIED Pending ${node} - -`,
      `MODIFIED Pending ${node} waiting:ContainerCreating -`,
      `MODIFIED Running ${node} running ${ip}`,
    ]);
  });

  it('pulls and starts the containers of a Pod one after another, in spec order', () => {
    const sim = simulate().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'two' },
      spec: {
        containers: [
          { name: 'web', image: 'fake/web:1' },
          { name: 'side', image: 'fake/web:2', args: ['--port=9090'] },
        ],
      },
    });
    sim.advanceTo(START);
    expect(sim.pod('two').status?.containerStatuses?.map((c) => `${c.name}:${Object.keys(c.state ?? {})[0]}`)).toEqual([
      'side:waiting',
      'web:running',
    ]);
    sim.advanceTo(START + 1500);
    expect(sim.reasons('two').slice(1)).toEqual([
      'Pulling: Pulling image "fake/web:1"',
      'Pulled: Successfully pulled image "fake/web:1" in 1.5s (1.5s including waiting). Image size: 10000000 bytes.',
      'Created: Created container web',
      'Started: Started container web',
      'Pulling: Pulling image "fake/web:2"',
      'Pulled: Successfully pulled image "fake/web:2" in 1.5s (1.5s including waiting). Image size: 10000000 bytes.',
      'Created: Created container side',
      'Started: Started container side',
    ]);
    expect(sim.pod('two').status?.containerStatuses?.every((c) => c.ready)).toBe(true);
  });

  it('pulls one image at a time per node, and the Pulled event counts the wait', () => {
    const nodes = [{ name: 'solo', hostIP: '10.0.0.21', cpu: '2', memory: '4025748Ki' }];
    const sim = simulate({ nodes })
      .apply(podManifest('a', { image: 'fake/web:1' }))
      .apply(podManifest('b', { image: 'fake/web:2' }))
      .advance('5s');
    expect(sim.reasons('b')).toContain(
      'Pulled: Successfully pulled image "fake/web:2" in 1.5s (3s including waiting). Image size: 10000000 bytes.',
    );
    // A second Pod asking for an image whose pull is under way only waits and re-checks the manifest.
    sim
      .apply(podManifest('c', { image: 'fake/web:3' }))
      .apply(podManifest('d', { image: 'fake/web:3' }))
      .advance('5s');
    expect(sim.reasons('d')).toContain(
      'Pulled: Successfully pulled image "fake/web:3" in 350ms (1.85s including waiting). Image size: 10000000 bytes.',
    );
  });

  it('reuses a pulled image on the same node (IfNotPresent) and says so', () => {
    const nodes = [{ name: 'solo', hostIP: '10.0.0.21', cpu: '2', memory: '4025748Ki' }];
    const sim = simulate({ nodes })
      .apply(podManifest('a', { image: 'fake/web:1' }))
      .advance('5s');
    sim.apply(podManifest('b', { image: 'fake/web:1' })).advance('700ms');
    expect(sim.pod('b').status?.phase).toBe('Running');
    expect(sim.reasons('b')).toContain('Pulled: Container image "fake/web:1" already present on machine');
  });
});

describe('liveness', () => {
  // A worked liveness example with every kill and restart pinned down; t counts from the
  // container's start (2.1 s after creation).
  describe('initialDelay 5, period 10, threshold 3, failing from t=20s', () => {
    const kill = 'Killing: Container live failed liveness probe, will be restarted';
    const moments = [
      { t: 44.999, probes: '5:success 15:success 25:failure 35:failure', restarts: 0, killed: false },
      { t: 45, probes: '5:success 15:success 25:failure 35:failure 45:failure', restarts: 1, killed: true },
    ];
    for (const m of moments) {
      it(`at t=${m.t}s: ${m.killed ? 'killed and restarted at once, restart count 1' : 'not yet killed, restart count 0'}`, () => {
        const sim = simulate().apply(
          podManifest('live', {
            image: 'fake/web:1',
            args: ['--fail-healthy-at=20'],
            livenessProbe: {
              httpGet: { path: '/healthy', port: 8080 },
              initialDelaySeconds: 5,
              periodSeconds: 10,
              failureThreshold: 3,
            },
          }),
        );
        sim.advanceTo(START + m.t * 1000);
        const seen = sim.probes
          .filter((p) => p.probe === 'liveness')
          .map((p) => `${(p.time - sim.start - START) / 1000}:${p.result}`);
        expect(seen.join(' ')).toBe(m.probes);
        const status = sim.pod('live').status?.containerStatuses?.[0];
        expect(status?.restartCount).toBe(m.restarts);
        expect(sim.reasons('live').includes(kill)).toBe(m.killed);
        if (!m.killed) return;
        // SyncPod kills and starts again in one go: the new instance runs from the same second.
        expect(status?.state?.running?.startedAt).toBe('2026-11-22T10:00:47Z');
        expect(status?.lastState?.terminated).toMatchObject({
          exitCode: 0,
          reason: 'Completed',
          startedAt: '2026-11-22T10:00:02Z',
          finishedAt: '2026-11-22T10:00:47Z',
        });
        expect(sim.reasons('live').slice(-4)).toEqual([
          kill,
          'Pulled: Container image "fake/web:1" already present on machine',
          'Created: Created container live',
          'Started: Started container live',
        ]);
        const unhealthy = sim.events('live').find((e) => e.reason === 'Unhealthy')!;
        expect(unhealthy).toMatchObject({
          message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
          count: 3,
          type: 'Warning',
        });
        expect([unhealthy.firstTimestamp, unhealthy.lastTimestamp]).toEqual([
          '2026-11-22T10:00:27Z',
          '2026-11-22T10:00:47Z',
        ]);
      });
    }
  });

  it('a program that ignores SIGTERM is SIGKILLed after the probe grace period (exit 137, Error), then restarted', () => {
    const sim = simulate().apply(
      podManifest('stubborn', {
        image: 'fake/web:1',
        args: ['--fail-healthy-at=0', '--ignore-sigterm'],
        livenessProbe: {
          httpGet: { path: '/healthy', port: 8080 },
          periodSeconds: 5,
          failureThreshold: 1,
          terminationGracePeriodSeconds: 7,
        },
      }),
    );
    sim.advanceTo(START + 6_999);
    expect(state(sim.pod('stubborn'))).toBe('running');
    expect(sim.pod('stubborn').status?.containerStatuses?.[0]?.restartCount).toBe(0);
    sim.advanceTo(START + 7_000);
    const status = sim.pod('stubborn').status?.containerStatuses?.[0];
    expect(status?.lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
    expect(status?.restartCount).toBe(1);
    expect(state(sim.pod('stubborn'))).toBe('running');
  });

  it('restartPolicy Never: the Killing message has no "will be restarted"; nothing restarts, and a clean exit on SIGTERM is Succeeded', () => {
    const sim = simulate().apply(
      podManifest(
        'once',
        {
          image: 'fake/web:1',
          args: ['--fail-healthy-at=0'],
          livenessProbe: { tcpSocket: { port: 9999 }, failureThreshold: 1 },
        },
        { restartPolicy: 'Never' },
      ),
    );
    sim.advance('10s');
    expect(sim.reasons('once')).toContain('Killing: Container once failed liveness probe');
    expect(sim.reasons('once')).toContain(
      `Unhealthy: Liveness probe failed: dial tcp ${sim.pod('once').status?.podIP}:9999: connect: connection refused`,
    );
    expect(sim.pod('once').status?.phase).toBe('Succeeded');
    expect(sim.pod('once').status?.containerStatuses?.[0]).toMatchObject({
      restartCount: 0,
      state: { terminated: { exitCode: 0, reason: 'Completed' } },
    });
  });
});

describe('readiness', () => {
  it('flips Ready and ContainersReady without a restart, and back on success', () => {
    const sim = simulate().apply(
      podManifest('ready', {
        image: 'fake/web:1',
        args: ['--fail-ready-at=30'],
        readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 10, failureThreshold: 3 },
      }),
    );
    sim.advanceTo(START);
    expect(sim.pod('ready').status?.containerStatuses?.[0]?.ready).toBe(true); // first attempt at 0s succeeds
    sim.advanceTo(START + 49_999);
    expect(sim.pod('ready').status?.containerStatuses?.[0]?.ready).toBe(true);
    sim.advanceTo(START + 50_000); // failures at 30, 40, 50
    const pod = sim.pod('ready');
    expect(pod.status?.containerStatuses?.[0]?.ready).toBe(false);
    expect(pod.status?.containerStatuses?.[0]?.restartCount).toBe(0);
    expect(pod.status?.phase).toBe('Running');
    const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
    expect(ready).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [ready]',
    });
    expect(sim.reasons('ready')).toContain(`Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503`);
  });

  it('a container with a readiness probe is not ready before its first success', () => {
    const sim = simulate().apply(
      podManifest('late', {
        image: 'fake/web:1',
        readinessProbe: { httpGet: { path: '/ready', port: 8080 }, initialDelaySeconds: 30 },
      }),
    );
    sim.advanceTo(START + 29_999);
    expect(sim.pod('late').status?.containerStatuses?.[0]?.ready).toBe(false);
    sim.advanceTo(START + 30_000);
    expect(sim.pod('late').status?.containerStatuses?.[0]?.ready).toBe(true);
  });
});

describe('startup probe', () => {
  it('holds liveness back until it succeeds, and marks started', () => {
    const sim = simulate().apply(
      podManifest('slow', {
        image: 'fake/web:1',
        startupProbe: { exec: { command: ['cat', '/tmp/started'] }, periodSeconds: 5, failureThreshold: 10 },
        livenessProbe: { httpGet: { path: '/healthy', port: 8080 }, periodSeconds: 10 },
      }),
    );
    sim.advanceTo(START + 12_000);
    expect(sim.probes.filter((p) => p.probe === 'liveness')).toHaveLength(0);
    expect(sim.pod('slow').status?.containerStatuses?.[0]).toMatchObject({ started: false, ready: false });
    expect(sim.reasons('slow')).toContain(
      "Unhealthy: Startup probe failed: cat: can't open '/tmp/started': No such file or directory",
    );
    sim.cluster.exec(
      'default',
      'slow',
      ['touch', '/tmp/started'],
      { stdout() {}, stderr() {}, exit() {} },
      { tty: false, stdin: false },
    );
    sim.advanceTo(START + 15_000);
    expect(sim.pod('slow').status?.containerStatuses?.[0]).toMatchObject({ started: true, ready: true });
    sim.advanceTo(START + 20_000);
    expect(sim.probes.filter((p) => p.probe === 'liveness').length).toBeGreaterThan(0);
  });

  it('kills the container when it never succeeds', () => {
    const sim = simulate().apply(
      podManifest('never', {
        image: 'fake/web:1',
        startupProbe: { exec: { command: ['false'] }, periodSeconds: 2, failureThreshold: 3 },
      }),
    );
    sim.advanceTo(START + 4_000);
    expect(sim.reasons('never')).toContain('Killing: Container never failed startup probe, will be restarted');
  });
});
