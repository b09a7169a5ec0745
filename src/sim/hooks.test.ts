// postStart and preStop hooks (pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer and
// killContainer/executePreStopHook, pkg/kubelet/lifecycle/handlers.go). The whole timelines are in
// timelines/hooks-*.txt; these pin the facts a learner sees.
import { describe, expect, it } from 'vitest';
import { podManifest, simulate } from './testing/driver';

describe('postStart', () => {
  it('startContainer: the container is not Running until its postStart sleep ends', () => {
    const sim = simulate().apply(
      podManifest('slow', { image: 'fake/web:1', lifecycle: { postStart: { sleep: { seconds: 5 } } } }),
    );
    sim.advanceTo('7s');
    expect(sim.reasons('slow')).toContain('Started: Started container slow');
    expect(sim.pod('slow').status?.phase).toBe('Pending');
    expect(sim.pod('slow').status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('ContainerCreating');
    sim.advanceTo('7.2s');
    expect(sim.pod('slow').status?.phase).toBe('Running');
  });

  it('startContainer: a failing exec hook is FailedPostStartHook, the container killed and restarted', () => {
    const sim = simulate().apply(
      podManifest('bad', { image: 'fake/web:1', lifecycle: { postStart: { exec: { command: ['false'] } } } }),
    );
    sim.advanceTo('2.5s');
    expect(sim.reasons('bad')).toEqual(
      expect.arrayContaining(['FailedPostStartHook: PostStartHook failed', 'Killing: FailedPostStartHook']),
    );
    const c = sim.pod('bad').status?.containerStatuses?.[0];
    expect(c?.state?.waiting?.reason).toBe('PostStartHookError');
    expect(c?.state?.waiting?.message).toMatch(
      /^Exec lifecycle hook \(\[false\]\) for Container "bad" in Pod "bad_default\(.*\)" failed - error: command 'false' exited with 1: /,
    );
    sim.advanceTo('20s');
    expect(sim.pod('bad').status?.containerStatuses?.[0]?.restartCount).toBeGreaterThanOrEqual(2);
  });
});

describe('preStop', () => {
  it('executePreStopHook: preStop sleep 20 keeps a deleted Pod Terminating for 20 s before SIGTERM', () => {
    const sim = simulate()
      .apply(podManifest('drain', { image: 'fake/web:1', lifecycle: { preStop: { sleep: { seconds: 20 } } } }))
      .advanceTo('5s')
      .delete('drain');
    sim.advanceTo('24.9s');
    expect(sim.pod('drain').status?.containerStatuses?.[0]?.state?.running).toBeDefined();
    sim.advanceTo('25.1s');
    expect(sim.podOrUndefined('drain')).toBeUndefined();
  });

  it('executePreStopHook: a hook longer than the grace period is cut off; SIGKILL 2 s later at the latest', () => {
    const sim = simulate()
      .apply(
        podManifest(
          'stuck',
          { image: 'fake/web:1', args: ['--ignore-sigterm'], lifecycle: { preStop: { sleep: { seconds: 60 } } } },
          { terminationGracePeriodSeconds: 10 },
        ),
      )
      .advanceTo('5s')
      .delete('stuck');
    sim.advanceTo('16.9s');
    expect(sim.podOrUndefined('stuck')).toBeDefined();
    sim.advanceTo('17.1s');
    expect(sim.podOrUndefined('stuck')).toBeUndefined();
  });

  it('a failing preStop hook is FailedPreStopHook, and the container still gets SIGTERM', () => {
    const sim = simulate()
      .apply(podManifest('oops', { image: 'fake/web:1', lifecycle: { preStop: { exec: { command: ['false'] } } } }))
      .advanceTo('5s');
    const events: string[] = [];
    sim.cluster.watch((e) => {
      if (e.object.kind === 'Event') events.push(`${(e.object as { reason?: string }).reason}`);
    });
    sim.delete('oops').advanceTo('6s');
    expect(events).toEqual(['Killing', 'FailedPreStopHook']);
    expect(sim.podOrUndefined('oops')).toBeUndefined();
  });
});

describe('tcpSocket handlers (accepted by the API, run by nothing)', () => {
  it('handlers.go Run: a tcpSocket postStart falls to the default branch: FailedPostStartHook and a restart', () => {
    const sim = simulate().apply(
      podManifest('tcp', {
        image: 'fake/web:1',
        ports: [{ containerPort: 8080, name: 'http' }],
        lifecycle: { postStart: { tcpSocket: { port: 'http' } } },
      }),
    );
    sim.advanceTo('2.5s');
    expect(sim.reasons('tcp')).toEqual(
      expect.arrayContaining(['FailedPostStartHook: PostStartHook failed', 'Killing: FailedPostStartHook']),
    );
    const waiting = sim.pod('tcp').status?.containerStatuses?.[0]?.state?.waiting;
    expect(waiting?.reason).toBe('PostStartHookError');
    expect(waiting?.message).toBe(
      'Cannot run handler: invalid handler: &LifecycleHandler{Exec:nil,HTTPGet:nil,TCPSocket:&TCPSocketAction{Port:{1 0 http},Host:,},Sleep:nil,}',
    );
  });

  it('handlers.go Run: a tcpSocket preStop is FailedPreStopHook, and SIGTERM follows at once', () => {
    const sim = simulate()
      .apply(podManifest('tcp', { image: 'fake/web:1', lifecycle: { preStop: { tcpSocket: { port: 8080 } } } }))
      .advanceTo('5s')
      .delete('tcp');
    sim.advanceTo('5.5s');
    expect(sim.reasons('tcp')).toContain('FailedPreStopHook: PreStopHook failed');
    expect(sim.podOrUndefined('tcp')).toBeUndefined();
  });
});
