// Restart policies, the kubelet's crash back-off, image-pull back-off and OOM kills, pinned to the second.
import { describe, expect, it } from 'vitest';
import { podManifest, simulate, type SimDriver } from './testing/driver';

const START = 2100;

/** Times (s after creation) at which a new container instance started, read from the watch. */
function startTimes(sim: SimDriver, name: string): number[] {
  const out: number[] = [];
  let last = '';
  sim.cluster.watch((e) => {
    const pod = e.object as {
      metadata?: { name?: string };
      status?: { containerStatuses?: { containerID?: string; state?: { running?: unknown } }[] };
    };
    const c = pod.status?.containerStatuses?.[0];
    if (pod.metadata?.name !== name || !c?.state?.running || c.containerID === last) return;
    last = c.containerID ?? '';
    out.push(sim.elapsed() / 1000);
  });
  return out;
}

describe('restartPolicy', () => {
  const cases = [
    { policy: 'Always', code: 0, phase: 'Running', restarts: true },
    { policy: 'Always', code: 1, phase: 'Running', restarts: true },
    { policy: 'OnFailure', code: 0, phase: 'Succeeded', restarts: false },
    { policy: 'OnFailure', code: 3, phase: 'Running', restarts: true },
    { policy: 'Never', code: 0, phase: 'Succeeded', restarts: false },
    { policy: 'Never', code: 3, phase: 'Failed', restarts: false },
  ];
  for (const c of cases) {
    it(`${c.policy} with exit ${c.code}: phase ${c.phase}, ${c.restarts ? 'restarts' : 'stays down'}`, () => {
      const sim = simulate().apply(
        podManifest('job', { image: 'fake/job:1', args: [`--exit-code=${c.code}`] }, { restartPolicy: c.policy }),
      );
      sim.advance('30s');
      const pod = sim.pod('job');
      expect(pod.status?.phase).toBe(c.phase);
      expect((pod.status?.containerStatuses?.[0]?.restartCount ?? 0) > 0).toBe(c.restarts);
      if (!c.restarts) {
        expect(pod.status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({
          exitCode: c.code,
          reason: c.code === 0 ? 'Completed' : 'Error',
        });
        expect(pod.status?.conditions?.find((x) => x.type === 'Ready')?.reason).toBe('PodCompleted');
      }
    });
  }
});

describe('termination message', () => {
  it('falls back to the log tail for a failed container when asked to', () => {
    const sim = simulate().apply(
      podManifest(
        'fail',
        { image: 'fake/job:1', args: ['--exit-code=3'], terminationMessagePolicy: 'FallbackToLogsOnError' },
        { restartPolicy: 'Never' },
      ),
    );
    sim.advance('5s');
    expect(sim.pod('fail').status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({
      exitCode: 3,
      message: 'job starting\nworking\n',
    });
  });

  it('is absent with the default File policy and no file', () => {
    const sim = simulate().apply(
      podManifest('fail', { image: 'fake/job:1', args: ['--exit-code=3'] }, { restartPolicy: 'Never' }),
    );
    sim.advance('5s');
    expect(sim.pod('fail').status?.containerStatuses?.[0]?.state?.terminated?.message).toBeUndefined();
  });
});

describe('CrashLoopBackOff', () => {
  it('restarts at once, then after 10s, 20s, 40s … capped at 5m', () => {
    const sim = simulate().apply(podManifest('crash', { image: 'fake/job:1', args: ['--exit-code=1'] }));
    const starts = startTimes(sim, 'crash');
    sim.advance('30m');
    const gaps = starts.slice(1).map((t, i) => Math.round((t - starts[i]!) * 10) / 10);
    // The kubelet restarts one sync (1s) after the exit; the back-off counts from the exit.
    expect(gaps.slice(0, 9)).toEqual([1, 10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it('shows the waiting reason and message and a BackOff event while it waits', () => {
    const sim = simulate().apply(podManifest('crash', { image: 'fake/job:1', args: ['--exit-code=2'] }));
    sim.advanceTo(START + 1000 + 1500); // second exit at 3.1s, back-off shown from 4.1s
    const pod = sim.pod('crash');
    const status = pod.status!.containerStatuses![0]!;
    expect(status.state?.waiting).toEqual({
      reason: 'CrashLoopBackOff',
      message: `back-off 10s restarting failed container=crash pod=crash_default(${pod.metadata?.uid})`,
    });
    expect(status.lastState?.terminated).toMatchObject({ exitCode: 2, reason: 'Error' });
    expect(status.restartCount).toBe(1);
    expect(sim.reasons('crash')).toContain(
      `BackOff: Back-off restarting failed container crash in pod crash_default(${pod.metadata?.uid})`,
    );
  });

  it('repeats the BackOff event at each 10 s pod-worker resync while it waits', () => {
    const sim = simulate().apply(podManifest('crash', { image: 'fake/job:1', args: ['--exit-code=1'] }));
    const backoffs = () => sim.events('crash').find((e) => e.reason === 'BackOff')?.count ?? 0;
    sim.advanceTo(153_000); // the exit at 153.1s starts a 160s wait (restart at 313.1s)
    const before = backoffs();
    sim.advanceTo(313_000);
    expect(backoffs() - before).toBe(16); // at 154.1s, 164.1s … 304.1s
  });

  it('starts over at 10s after ten minutes of clean running', () => {
    const sim = simulate().apply(
      podManifest('flaky', { image: 'fake/web:1', args: ['--exit-at=700', '--exit-code=1'] }),
    );
    const starts = startTimes(sim, 'flaky');
    sim.advance('40m');
    const gaps = starts.slice(1).map((t, i) => Math.round(t - starts[i]!));
    // Each run lasts 700s (> 10 min), so every exit finds the back-off expired: restart after 1s sync.
    expect(gaps.slice(0, 3)).toEqual([701, 701, 701]);
  });
});

describe('image pulls', () => {
  it('ErrImagePull, then ImagePullBackOff, retried with doubling back-off', () => {
    const sim = simulate().apply(podManifest('typo', { image: 'ngnix:1.27' }));
    sim.advanceTo(1000); // sandbox at 0.6s, the failed pull answers 0.4s later
    const ref = 'docker.io/library/ngnix:1.27';
    const pullError = `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;
    expect(sim.pod('typo').status?.containerStatuses?.[0]?.state?.waiting).toEqual({
      reason: 'ErrImagePull',
      message: pullError,
    });
    expect(sim.reasons('typo')).toContain(`Failed: Failed to pull image "ngnix:1.27": ${pullError}`);
    expect(sim.reasons('typo')).toContain('Failed: Error: ErrImagePull');
    sim.advanceTo(2000);
    expect(sim.pod('typo').status?.containerStatuses?.[0]?.state?.waiting).toEqual({
      reason: 'ImagePullBackOff',
      message: 'Back-off pulling image "ngnix:1.27"',
    });
    expect(sim.reasons('typo')).toContain('BackOff: Back-off pulling image "ngnix:1.27"');
    const pulling = () => sim.events('typo').find((e) => e.reason === 'Pulling')?.count;
    sim.advanceTo(10_999);
    expect(pulling()).toBe(1);
    sim.advanceTo(11_000);
    expect(pulling()).toBe(2);
    sim.advanceTo(31_399);
    expect(pulling()).toBe(2);
    sim.advanceTo(31_400);
    expect(pulling()).toBe(3);
  });

  it('Never with an absent image waits with ErrImageNeverPull', () => {
    const sim = simulate()
      .apply(podManifest('never', { image: 'fake/web:1', imagePullPolicy: 'Never' }))
      .advance('5s');
    expect(sim.pod('never').status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('ErrImageNeverPull');
    expect(sim.reasons('never')).toContain(
      'ErrImageNeverPull: Container image "fake/web:1" is not present with pull policy of Never',
    );
  });

  it('fixing the image with an update restarts the pull at once', () => {
    const sim = simulate()
      .apply(podManifest('typo', { image: 'fake/wbe:1' }))
      .advance('5s');
    const pod = sim.pod('typo');
    pod.spec!.containers[0]!.image = 'fake/web:1';
    const result = sim.cluster.update(pod);
    expect(result.ok).toBe(true);
    sim.advance('2s');
    expect(sim.pod('typo').status?.phase).toBe('Running');
  });
});

describe('memory', () => {
  it('is OOMKilled (137) past its limit and restarted', () => {
    const sim = simulate().apply(
      podManifest('hog', {
        image: 'fake/web:1',
        args: ['--memory=50000000', '--grow=10000000'],
        resources: { limits: { memory: '100Mi' } },
      }),
    );
    sim.advanceTo(START + 5_999); // 50 MB + 10 MB/s passes 104.9 MB at 6s
    expect(sim.pod('hog').status?.containerStatuses?.[0]?.restartCount).toBe(0);
    sim.advanceTo(START + 6_000);
    expect(sim.pod('hog').status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({
      exitCode: 137,
      reason: 'OOMKilled',
    });
    sim.advanceTo(START + 7_000);
    const status = sim.pod('hog').status?.containerStatuses?.[0];
    expect(status?.restartCount).toBe(1);
    expect(status?.lastState?.terminated?.reason).toBe('OOMKilled');
  });

  it('reports CPU throttled at the limit in pod metrics', () => {
    const sim = simulate()
      .apply(podManifest('m', { image: 'fake/web:1', resources: { limits: { cpu: '2m' } } }))
      .advance('30s');
    const metrics = sim.cluster.podMetrics('default');
    expect(metrics.ok && metrics.value[0]?.containers[0]?.usage).toEqual({ memoryBytes: 10_000_000, cpuMillicores: 2 });
  });
});

describe('init containers', () => {
  it('run one after another before the app containers', () => {
    const sim = simulate().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'init' },
      spec: {
        initContainers: [
          { name: 'first', image: 'fake/job:1', args: ['--run=5'] },
          { name: 'second', image: 'fake/job:1', args: ['--run=5'] },
        ],
        containers: [{ name: 'app', image: 'fake/web:1' }],
      },
    });
    sim.advanceTo(START + 1000);
    let pod = sim.pod('init');
    expect(pod.status?.phase).toBe('Pending');
    expect(pod.status?.initContainerStatuses?.[0]?.state?.running).toBeDefined();
    expect(pod.status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('PodInitializing');
    expect(pod.status?.conditions?.find((c) => c.type === 'Initialized')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotInitialized',
      message: 'containers with incomplete status: [first second]',
    });
    sim.advance('20s');
    pod = sim.pod('init');
    expect(pod.status?.phase).toBe('Running');
    expect(pod.status?.initContainerStatuses?.map((c) => c.state?.terminated?.reason)).toEqual([
      'Completed',
      'Completed',
    ]);
  });

  it('a failing init container with restartPolicy Never fails the Pod', () => {
    const sim = simulate().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'bad-init' },
      spec: {
        restartPolicy: 'Never',
        initContainers: [{ name: 'check', image: 'fake/job:1', args: ['--exit-code=1'] }],
        containers: [{ name: 'app', image: 'fake/web:1' }],
      },
    });
    sim.advance('10s');
    expect(sim.pod('bad-init').status?.phase).toBe('Failed');
    expect(sim.pod('bad-init').status?.containerStatuses?.[0]?.state?.running).toBeUndefined();
  });
});

describe('activeDeadlineSeconds', () => {
  it('fails the Pod with DeadlineExceeded', () => {
    const sim = simulate().apply(podManifest('deadline', { image: 'fake/web:1' }, { activeDeadlineSeconds: 20 }));
    sim.advance('25s');
    const pod = sim.pod('deadline');
    expect(pod.status?.phase).toBe('Failed');
    expect(pod.status?.reason).toBe('DeadlineExceeded');
    expect(pod.status?.message).toBe('Pod was active on the node longer than the specified deadline');
  });

  it('keeps phase Running with no reason while the containers stop, then Failed, DeadlineExceeded, exit 137 (status_manager.go mergePodStatus)', () => {
    const sim = simulate().apply(
      podManifest(
        'slow-stop',
        { image: 'fake/web:1', args: ['--ignore-sigterm'] },
        { activeDeadlineSeconds: 10, terminationGracePeriodSeconds: 5 },
      ),
    );
    sim.advanceTo('12s');
    expect(sim.reasons('slow-stop')).toContain(
      'DeadlineExceeded: Pod was active on the node longer than the specified deadline',
    );
    expect(sim.reasons('slow-stop')).toContain('Killing: Stopping container slow-stop');
    expect(sim.pod('slow-stop').status?.phase).toBe('Running');
    expect(sim.pod('slow-stop').status?.reason).toBeUndefined();
    sim.advanceTo('16s');
    const pod = sim.pod('slow-stop');
    expect(pod.status?.phase).toBe('Failed');
    expect(pod.status?.reason).toBe('DeadlineExceeded');
    expect(pod.status?.containerStatuses?.[0]?.state?.terminated?.exitCode).toBe(137);
  });

  it('can be set on a running Pod by an update, counting from its start time', () => {
    const sim = simulate()
      .apply(podManifest('late', { image: 'fake/web:1' }))
      .advance('30s');
    const pod = sim.pod('late');
    pod.spec!.activeDeadlineSeconds = 40;
    expect(sim.cluster.update(pod).ok).toBe(true);
    sim.advanceTo('39s');
    expect(sim.pod('late').status?.phase).toBe('Running');
    sim.advanceTo('41s');
    expect(sim.pod('late').status?.reason).toBe('DeadlineExceeded');
  });
});
