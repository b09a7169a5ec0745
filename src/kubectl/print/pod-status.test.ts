import { describe, expect, it } from 'vitest';
import type { Pod } from '../../sim/api';
import { podStatusText, summarizePod } from './pod-status';
import { FIXTURE_NOW, ago } from './testing/fixtures';
import { buildScenarios } from './testing/scenarios';

const scenarios = buildScenarios();

describe('get pods READY / STATUS / RESTARTS for each chapter state', () => {
  it.each([
    ['running', '1/1', 'Running', '0'],
    ['pending-unschedulable', '0/1', 'Pending', '0'],
    ['container-creating', '0/1', 'ContainerCreating', '0'],
    ['running-not-ready', '0/1', 'Running', '0'],
    ['running-restarts', '1/1', 'Running', '3 (12s ago)'],
    ['crash-loop', '0/1', 'CrashLoopBackOff', '4 (45s ago)'],
    ['oom-killed', '0/1', 'OOMKilled', '3 (29s ago)'],
    ['error', '0/1', 'Error', '0'],
    ['completed', '0/1', 'Completed', '0'],
    ['err-image-pull', '0/1', 'ErrImagePull', '0'],
    ['image-pull-backoff', '0/1', 'ImagePullBackOff', '0'],
    ['init-running', '0/1', 'Init:0/1', '0'],
    ['pod-initializing', '0/1', 'PodInitializing', '0'],
    ['terminating', '1/1', 'Terminating', '0'],
    ['multi-container', '1/2', 'ContainerCreating', '0'],
  ])('%s → %s %s %s', (name, ready, status, restarts) => {
    expect(summarizePod(scenarios[name]!.pod, FIXTURE_NOW)).toEqual({ ready, status, restarts });
  });
});

type Status = NonNullable<Pod['status']>;
type ContainerStatus = NonNullable<Status['containerStatuses']>[number];

function pod(
  status: Status,
  extra: { init?: string[]; sidecars?: string[]; containers?: string[]; deleting?: boolean } = {},
): Pod {
  return {
    metadata: { name: 'p', ...(extra.deleting ? { deletionTimestamp: ago(-10) } : {}) },
    spec: {
      containers: (extra.containers ?? ['app']).map((name) => ({ name })),
      initContainers: [
        ...(extra.init ?? []).map((name) => ({ name })),
        ...(extra.sidecars ?? []).map((name) => ({ name, restartPolicy: 'Always' })),
      ],
    },
    status,
  };
}

const running = (name: string, ready = true): ContainerStatus => ({
  name,
  ready,
  restartCount: 0,
  image: '',
  imageID: '',
  started: true,
  state: { running: { startedAt: ago(30) } },
});
const waiting = (name: string, reason: string): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  image: '',
  imageID: '',
  state: { waiting: { reason } },
});
const terminatedWith = (name: string, exitCode: number, reason?: string, signal?: number): ContainerStatus => ({
  name,
  ready: false,
  restartCount: 0,
  image: '',
  imageID: '',
  state: { terminated: { exitCode, ...(reason ? { reason } : {}), ...(signal ? { signal } : {}) } },
});

describe('STATUS rules from printPod', () => {
  it('names a failed init container by its reason, or by exit code or signal when it has none', () => {
    const base = { phase: 'Pending', containerStatuses: [waiting('app', 'PodInitializing')] };
    expect(
      podStatusText(pod({ ...base, initContainerStatuses: [terminatedWith('init', 1, 'Error')] }, { init: ['init'] })),
    ).toBe('Init:Error');
    expect(
      podStatusText(pod({ ...base, initContainerStatuses: [terminatedWith('init', 3)] }, { init: ['init'] })),
    ).toBe('Init:ExitCode:3');
    expect(
      podStatusText(
        pod({ ...base, initContainerStatuses: [terminatedWith('init', 137, undefined, 9)] }, { init: ['init'] }),
      ),
    ).toBe('Init:Signal:9');
    expect(
      podStatusText(pod({ ...base, initContainerStatuses: [waiting('init', 'CrashLoopBackOff')] }, { init: ['init'] })),
    ).toBe('Init:CrashLoopBackOff');
  });

  it('counts init containers done so far: Init:1/2 while the second runs', () => {
    const p = pod(
      {
        phase: 'Pending',
        initContainerStatuses: [terminatedWith('a', 0, 'Completed'), running('b', false)],
        containerStatuses: [waiting('app', 'PodInitializing')],
      },
      { init: ['a', 'b'] },
    );
    expect(podStatusText(p)).toBe('Init:1/2');
  });

  it('shows the first container that is not running, because later ones are visited first', () => {
    const p = pod(
      { phase: 'Running', containerStatuses: [waiting('a', 'CrashLoopBackOff'), waiting('b', 'ErrImagePull')] },
      { containers: ['a', 'b'] },
    );
    expect(podStatusText(p)).toBe('CrashLoopBackOff');
  });

  it('prints NotReady when one container completed, another runs and the pod is not Ready', () => {
    const p = pod(
      {
        phase: 'Running',
        containerStatuses: [terminatedWith('a', 0, 'Completed'), running('b')],
        conditions: [{ type: 'Ready', status: 'False' }],
      },
      { containers: ['a', 'b'] },
    );
    expect(summarizePod(p, FIXTURE_NOW)).toMatchObject({ status: 'NotReady', ready: '1/2' });
    const ready = pod(
      {
        phase: 'Running',
        containerStatuses: [terminatedWith('a', 0, 'Completed'), running('b')],
        conditions: [{ type: 'Ready', status: 'True' }],
      },
      { containers: ['a', 'b'] },
    );
    expect(podStatusText(ready)).toBe('Running');
  });

  it('falls back to Signal:N or ExitCode:N for a terminated container without a reason', () => {
    expect(podStatusText(pod({ phase: 'Running', containerStatuses: [terminatedWith('app', 2)] }))).toBe('ExitCode:2');
    expect(
      podStatusText(pod({ phase: 'Running', containerStatuses: [terminatedWith('app', 143, undefined, 15)] })),
    ).toBe('Signal:15');
  });

  it('keeps Completed (not Terminating) for a finished pod being deleted, and shows Unknown for a lost node', () => {
    expect(
      podStatusText(
        pod({ phase: 'Succeeded', containerStatuses: [terminatedWith('app', 0, 'Completed')] }, { deleting: true }),
      ),
    ).toBe('Completed');
    expect(
      podStatusText(
        pod({ phase: 'Running', reason: 'NodeLost', containerStatuses: [running('app')] }, { deleting: true }),
      ),
    ).toBe('Unknown');
  });

  it('uses status.reason (Evicted) and the SchedulingGated condition', () => {
    expect(podStatusText(pod({ phase: 'Failed', reason: 'Evicted' }))).toBe('Evicted');
    expect(
      podStatusText(
        pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }),
      ),
    ).toBe('SchedulingGated');
  });

  it('counts a started sidecar as a container, ready or not', () => {
    const p = pod(
      {
        phase: 'Running',
        initContainerStatuses: [running('proxy')],
        containerStatuses: [running('app')],
        conditions: [{ type: 'Initialized', status: 'True' }],
      },
      { sidecars: ['proxy'] },
    );
    expect(summarizePod(p, FIXTURE_NOW)).toMatchObject({ ready: '2/2', status: 'Running' });
  });

  it('does not crash on a pod with no status at all', () => {
    expect(summarizePod({ metadata: { name: 'bare' } }, FIXTURE_NOW)).toEqual({
      ready: '0/0',
      status: '',
      restarts: '0',
    });
  });
});
