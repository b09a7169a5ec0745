import { describe, expect, it } from 'vitest';
import type { ClusterApi, Event, KubeObject, Pod, WatchEvent } from '../sim/api';
import { SimClock } from '../sim/clock';
import {
  describeMark,
  emptyLane,
  firstMarkAtOrAfter,
  settleMarks,
  statusMarks,
  withMarks,
  type LaneMark,
  type ProbeResult,
} from './probe-timeline';
import { createProbeTimelineStore } from './probe-timeline-store';

type Status = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];
const T0 = Date.parse('2024-05-01T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const running = (
  startedAt: number,
  restartCount = 0,
  ready = true,
  lastExit?: { code: number; at: number },
): Status => ({
  name: 'kuard',
  image: 'x',
  imageID: '',
  ready,
  restartCount,
  state: { running: { startedAt: iso(startedAt) } },
  lastState: lastExit ? { terminated: { exitCode: lastExit.code, reason: 'Error', finishedAt: iso(lastExit.at) } } : {},
});

describe('statusMarks', () => {
  it('turns a restart into terminated + started marks at the times the status gives', () => {
    const before = running(T0);
    const after = running(T0 + 47_000, 1, false, { code: 137, at: T0 + 46_000 });
    expect(statusMarks(before, after, T0 + 50_000)).toEqual([
      { kind: 'terminated', time: T0 + 46_000, reason: 'Error', exitCode: 137 },
      { kind: 'started', time: T0 + 47_000, restartCount: 1 },
      { kind: 'ready', time: T0 + 50_000, ready: false },
    ]);
  });

  it('marks the start of a back-off and does not repeat a termination already seen', () => {
    const stopped: Status = {
      ...running(T0),
      ready: false,
      state: { terminated: { exitCode: 1, reason: 'Error', finishedAt: iso(T0 + 5_000) } },
    };
    expect(statusMarks(running(T0), stopped, T0 + 5_000)).toEqual([
      { kind: 'terminated', time: T0 + 5_000, reason: 'Error', exitCode: 1 },
      { kind: 'ready', time: T0 + 5_000, ready: false },
    ]);
    const waiting: Status = {
      ...stopped,
      restartCount: 1,
      state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=kuard' } },
      lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: iso(T0 + 5_000) } },
    };
    expect(statusMarks(stopped, waiting, T0 + 5_000)).toEqual([
      { kind: 'backoff', time: T0 + 5_000, message: 'back-off 10s restarting failed container=kuard' },
    ]);
  });
});

describe('settleMarks', () => {
  it('closes every back-off at the next start, even when a long skip brings several at once', () => {
    const batch: LaneMark[] = [
      { kind: 'backoff', time: 10, message: 'back-off 10s' },
      { kind: 'started', time: 19, restartCount: 2 },
      { kind: 'terminated', time: 22, reason: 'Error', exitCode: 1 },
      { kind: 'terminated', time: 22, reason: 'Error', exitCode: 1 },
      { kind: 'backoff', time: 24, message: 'back-off 20s' },
      { kind: 'started', time: 43, restartCount: 3 },
      { kind: 'backoff', time: 47, message: 'back-off 40s' },
    ];
    const settled = settleMarks(batch, 0);
    expect(
      settled.map((m) => (m.kind === 'backoff' ? `backoff ${m.time}-${m.until ?? 'open'}` : `${m.kind} ${m.time}`)),
    ).toEqual(['backoff 10-19', 'started 19', 'terminated 22', 'backoff 24-43', 'started 43', 'backoff 47-open']);
    // The still-open back-off closes when a later batch brings the start.
    const later = [...settled, { kind: 'started', time: 87, restartCount: 4 } as LaneMark];
    expect(settleMarks(later, settled.length).at(-2)).toMatchObject({ kind: 'backoff', until: 87 });
    expect(settleMarks(settled, settled.length)).toBe(settled);
  });
});

describe('lanes', () => {
  it('keep marks in time order even when one arrives late, and find a window start by time', () => {
    let lane = emptyLane('default', 'kuard', 'kuard');
    lane = withMarks(lane, [{ kind: 'ready', time: 30, ready: true }]);
    lane = withMarks(lane, [
      { kind: 'terminated', time: 10, reason: 'Error', exitCode: 1 },
      { kind: 'ready', time: 40, ready: false },
    ]);
    expect(lane.marks.map((m) => m.time)).toEqual([10, 30, 40]);
    expect(firstMarkAtOrAfter(lane.marks, 25)).toBe(1);
    expect(firstMarkAtOrAfter(lane.marks, 41)).toBe(3);
    expect(withMarks(lane, [])).toBe(lane);
  });

  it('describe a tick with what was checked and what answered', () => {
    expect(
      describeMark({
        kind: 'probe',
        time: 0,
        probe: 'liveness',
        result: 'failure',
        message: 'HTTP probe failed with statuscode: 500',
        consecutiveFailures: 2,
        failureThreshold: 3,
      }),
    ).toBe('Liveness probe failed (2/3): HTTP probe failed with statuscode: 500');
    expect(
      describeMark({
        kind: 'probe',
        time: 0,
        probe: 'readiness',
        result: 'timeout',
        message: '',
        consecutiveFailures: 1,
        failureThreshold: 3,
      }),
    ).toBe('Readiness probe timed out (1/3)');
  });
});

describe('createProbeTimelineStore', () => {
  function fakeCluster() {
    const clock = new SimClock(T0);
    const watchers = new Set<(e: WatchEvent) => void>();
    const probeListeners = new Set<(r: ProbeResult) => void>();
    const cluster = {
      clock,
      list: () => ({ ok: true, value: [] }),
      watch: (l: (e: WatchEvent) => void) => (watchers.add(l), () => watchers.delete(l)),
      onProbe: (l: (r: ProbeResult) => void) => (probeListeners.add(l), () => probeListeners.delete(l)),
    } as unknown as ClusterApi;
    return {
      cluster,
      clock,
      emit: (type: WatchEvent['type'], object: KubeObject) => watchers.forEach((l) => l({ type, object })),
      probe: (r: Partial<ProbeResult>) =>
        probeListeners.forEach((l) =>
          l({
            time: clock.now(),
            namespace: 'default',
            pod: 'kuard',
            container: 'kuard',
            probe: 'liveness',
            result: 'success',
            message: '',
            consecutiveFailures: 0,
            failureThreshold: 3,
            ...r,
          }),
        ),
      listeners: () => watchers.size + probeListeners.size,
    };
  }
  const pod = (status: Status): Pod => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'kuard', namespace: 'default', uid: 'u1' },
    spec: {
      containers: [
        {
          name: 'kuard',
          image: 'x',
          livenessProbe: {
            httpGet: { path: '/healthy', port: 8080, scheme: 'HTTP' },
            initialDelaySeconds: 5,
            timeoutSeconds: 1,
            periodSeconds: 10,
            successThreshold: 1,
            failureThreshold: 3,
          },
        },
      ],
    },
    status: { phase: 'Running', containerStatuses: [status] },
  });

  it('reset (a lesson starts) forgets the lanes of Pods that are gone and the marks of those that stay', () => {
    const { cluster, emit, probe } = fakeCluster();
    const flushes: (() => void)[] = [];
    const store = createProbeTimelineStore(cluster, (f) => flushes.push(f));
    const runAll = () => flushes.splice(0).forEach((f) => f());
    emit('ADDED', pod(running(T0)));
    probe({ time: T0 + 10_000, result: 'failure', consecutiveFailures: 1 });
    emit('DELETED', pod(running(T0)));
    runAll();
    expect(store.getState().lanes).toHaveLength(1);
    expect(store.getState().lanes[0]!.gone).toBe(true);

    store.getState().reset();
    runAll();
    // The fake cluster lists no Pods: nothing of the earlier lesson is left.
    expect(store.getState().lanes).toEqual([]);
    expect(store.getState().firstTime).toBeUndefined();
  });

  it("shows three failed liveness ticks, the kill and the restart in the container's lane", () => {
    const { cluster, emit, probe, listeners } = fakeCluster();
    const flushes: (() => void)[] = [];
    const store = createProbeTimelineStore(cluster, (f) => flushes.push(f));
    const runAll = () => flushes.splice(0).forEach((f) => f());
    emit('ADDED', pod(running(T0)));
    probe({ time: T0 + 10_000 });
    probe({ time: T0 + 20_000, result: 'failure', consecutiveFailures: 1 });
    probe({ time: T0 + 30_000, result: 'failure', consecutiveFailures: 2 });
    probe({ time: T0 + 40_000, result: 'timeout', consecutiveFailures: 3 });
    const killing: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'kuard.1', namespace: 'default' },
      involvedObject: { kind: 'Pod', name: 'kuard', namespace: 'default', fieldPath: 'spec.containers{kuard}' },
      reason: 'Killing',
      message: 'Container kuard failed liveness probe, will be restarted',
      lastTimestamp: iso(T0 + 40_000),
    };
    emit('ADDED', killing);
    emit('MODIFIED', pod(running(T0 + 41_000, 1, true, { code: 137, at: T0 + 40_500 })));
    runAll();

    const [lane] = store.getState().lanes;
    expect(lane!.key).toBe('default/kuard/kuard');
    // The tooltip can say what was checked, worded as kubectl describe does.
    expect(lane!.probes).toEqual({
      liveness: 'http-get http://:8080/healthy delay=5s timeout=1s period=10s #success=1 #failure=3',
    });
    expect(lane!.marks.map((m) => (m.kind === 'probe' ? `${m.result}` : m.kind))).toEqual([
      'started',
      'ready',
      'success',
      'failure',
      'failure',
      'timeout',
      'kill',
      'terminated',
      'started',
    ]);
    expect(store.getState().firstTime).toBe(T0);
    store.getState().dispose();
    expect(listeners()).toBe(0);
  });

  it('keeps the lanes of a deleted Pod as history, after the live ones, until the name comes back', () => {
    const { cluster, emit } = fakeCluster();
    const flushes: (() => void)[] = [];
    const store = createProbeTimelineStore(cluster, (f) => flushes.push(f));
    const runAll = () => flushes.splice(0).forEach((f) => f());
    const other: Pod = { ...pod(running(T0)), metadata: { name: 'a-first', namespace: 'default', uid: 'u2' } };
    emit('ADDED', pod(running(T0)));
    emit('ADDED', other);
    runAll();
    expect(store.getState().lanes.map((l) => l.pod)).toEqual(['a-first', 'kuard']);
    emit('DELETED', other);
    runAll();
    expect(store.getState().lanes.map((l) => `${l.pod}${l.gone ? ' (gone)' : ''}`)).toEqual([
      'kuard',
      'a-first (gone)',
    ]);
    emit('ADDED', other);
    runAll();
    expect(store.getState().lanes.map((l) => `${l.pod}${l.gone ? ' (gone)' : ''}`)).toEqual(['a-first', 'kuard']);
  });

  it('leaves lanes that got nothing new untouched', () => {
    const { cluster, emit, probe } = fakeCluster();
    const flushes: (() => void)[] = [];
    const store = createProbeTimelineStore(cluster, (f) => flushes.push(f));
    const runAll = () => flushes.splice(0).forEach((f) => f());
    emit('ADDED', pod(running(T0)));
    probe({ pod: 'other', container: 'web' });
    runAll();
    const kuardLane = store.getState().lanes.find((l) => l.pod === 'kuard');
    probe({ pod: 'other', container: 'web', time: T0 + 10_000 });
    runAll();
    expect(store.getState().lanes.find((l) => l.pod === 'kuard')).toBe(kuardLane);
    expect(store.getState().lanes.find((l) => l.pod === 'other')!.marks).toHaveLength(2);
  });
});
