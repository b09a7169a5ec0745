// Restarts after liveness kills, pinned to the second. The kubelet kills and starts again in one
// sync, and that sync's doBackOff reads the Pod status from before the kill, so it measures the
// back-off from the exit of the instance *before* the one just killed (kuberuntime SyncPod,
// doBackOff over flowcontrol.Backoff). A container whose health check fails from its start is
// killed 25 s after each start (probes at 5, 15, 25 s; threshold 3).
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { podManifest, simulate, type SimDriver } from './testing/driver';

const START = 2.1; // s from creation to the first container start

/** Seconds after creation at which each new container instance was first seen running. */
function startTimes(sim: SimDriver, name: string): number[] {
  const out: number[] = [];
  let last = '';
  sim.cluster.watch((e) => {
    const c = (e.object as Pod).status?.containerStatuses?.[0];
    if ((e.object as Pod).metadata?.name !== name || !c?.state?.running || c.containerID === last) return;
    last = c.containerID ?? '';
    out.push(sim.elapsed() / 1000);
  });
  return out;
}

function alwaysUnhealthy(restartPolicy = 'Always'): object {
  return podManifest(
    'sick',
    {
      image: 'fake/web:1',
      args: ['--fail-healthy-at=0'],
      livenessProbe: {
        httpGet: { path: '/healthy', port: 8080 },
        initialDelaySeconds: 5,
        periodSeconds: 10,
        failureThreshold: 3,
      },
    },
    { restartPolicy },
  );
}

describe('restarts after liveness kills', () => {
  it('the first four restart at the kill; then the back-off (40s, 80s, 160s, 300s) outgrows the 25s between kills', () => {
    const sim = simulate().apply(alwaysUnhealthy());
    const starts = startTimes(sim, 'sick');
    sim.advance('30m');
    const gaps = starts.slice(1).map((t, i) => Math.round((t - starts[i]!) * 10) / 10);
    // 25: killed 25 s after its start and restarted at once; 25 + back-off otherwise. At the 5 m cap
    // the kill after a back-off finds the exit before it 325 s back, longer than the back-off: at once.
    expect(gaps.slice(0, 11)).toEqual([25, 25, 25, 25, 65, 105, 185, 325, 25, 325, 25]);
  });

  const moments = [
    // kill 5 at 127.1 s: the back-off (40 s, set at the 4th restart) is longer than the 25 s since kill 4
    { at: 127.099, state: 'running', restarts: 4 },
    { at: 128.1, state: 'waiting:CrashLoopBackOff:back-off 40s', restarts: 4 },
    { at: 167.099, state: 'waiting:CrashLoopBackOff:back-off 40s', restarts: 4 },
    { at: 167.1, state: 'running', restarts: 5 },
  ];
  for (const m of moments) {
    it(`at ${m.at}s after creation: ${m.state}, restart count ${m.restarts}`, () => {
      const sim = simulate().apply(alwaysUnhealthy());
      sim.advanceTo(m.at * 1000);
      const c = sim.pod('sick').status!.containerStatuses![0]!;
      const w = c.state?.waiting;
      expect(w ? `waiting:${w.reason}:${w.message?.split(' restarting')[0]}` : Object.keys(c.state ?? {})[0]).toBe(
        m.state,
      );
      expect(c.restartCount).toBe(m.restarts);
    });
  }

  it('kill 5 leaves the killed instance as the last state while the back-off runs', () => {
    const sim = simulate().apply(alwaysUnhealthy());
    sim.advanceTo(140_000);
    const c = sim.pod('sick').status!.containerStatuses![0]!;
    expect(c.lastState?.terminated).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
      finishedAt: '2026-11-22T10:02:07Z',
    });
    expect(sim.events('sick').find((e) => e.reason === 'Killing')?.count).toBe(5);
    expect(sim.events('sick').find((e) => e.reason === 'BackOff')?.message).toMatch(
      /^Back-off restarting failed container sick in pod sick_default\(/,
    );
  });

  it('OnFailure restarts after a kill even when the program exits 0 on SIGTERM; Never does not', () => {
    const onFailure = simulate()
      .apply(alwaysUnhealthy('OnFailure'))
      .advanceTo((START + 25) * 1000);
    expect(onFailure.pod('sick').status?.containerStatuses?.[0]).toMatchObject({
      restartCount: 1,
      state: { running: {} },
    });
    const never = simulate()
      .apply(alwaysUnhealthy('Never'))
      .advanceTo((START + 60) * 1000);
    expect(never.pod('sick').status?.containerStatuses?.[0]).toMatchObject({
      restartCount: 0,
      state: { terminated: { reason: 'Completed' } },
    });
    expect(never.pod('sick').status?.phase).toBe('Succeeded');
  });
});
