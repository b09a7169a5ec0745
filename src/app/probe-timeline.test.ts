import { describe, expect, it } from 'vitest';
import type { ClusterApi, Event, KubeObject, Pod, WatchEvent } from '../sim/api';
import { SimClock } from '../sim/clock';
import { createCluster } from '../sim/index';
import {
  backoffLength,
  describeMark,
  graceSpans,
  initialDelaySpans,
  readyBands,
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
    let lane = emptyLane('u1', 'default', 'kuard', 'kuard');
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
    expect(lane!.key).toBe('u1/kuard');
    expect(lane!.probeSpecs).toEqual({ liveness: { label: 'liveness GET /healthy every 10 s', initialDelayMs: 5000 } });
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

  it('keeps the lanes of a deleted Pod as history, after the live ones; a Pod made again under its name is a new row', () => {
    const { cluster, emit, probe } = fakeCluster();
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
    const rows = () => store.getState().lanes.map((l) => `${l.pod} ${l.uid}${l.gone ? ' (gone)' : ''}`);
    expect(rows()).toEqual(['kuard u1', 'a-first u2 (gone)']);
    // The deleted Pod was Ready until it was deleted, and not a moment after.
    const gone = store.getState().lanes.find((l) => l.uid === 'u2')!;
    expect(readyBands(gone.marks, T0 + 600_000)).toEqual([[T0, T0]]);

    const again: Pod = { ...other, metadata: { name: 'a-first', namespace: 'default', uid: 'u3' } };
    emit('ADDED', again);
    probe({ pod: 'a-first', time: T0 + 5_000 });
    runAll();
    expect(rows()).toEqual(['a-first u3', 'kuard u1', 'a-first u2 (gone)']);
    // The new Pod's checks land on its own row, never on the deleted one's.
    expect(
      store
        .getState()
        .lanes.find((l) => l.uid === 'u3')!
        .marks.some((m) => m.kind === 'probe'),
    ).toBe(true);
    expect(
      store
        .getState()
        .lanes.find((l) => l.uid === 'u2')!
        .marks.some((m) => m.kind === 'probe'),
    ).toBe(false);
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

describe('what the timeline shades and labels', () => {
  it('a back-off box says how long it lasted, or how long the kubelet announced', () => {
    expect(backoffLength({ kind: 'backoff', time: T0, until: T0 + 20_000, message: '' })).toBe('20 s');
    expect(backoffLength({ kind: 'backoff', time: T0, until: T0 + 150_000, message: '' })).toBe('2 min 30 s');
    const message = 'back-off 40s restarting failed container=kuard pod=kuard_default(u1)';
    expect(backoffLength({ kind: 'backoff', time: T0, message })).toBe('40 s');
    expect(backoffLength({ kind: 'backoff', time: T0, message: 'back-off 5m0s restarting' })).toBe('5 min 0 s');
  });

  it('shades the grace period from a kill to the end of the container, and each initial delay after a start', () => {
    const marks: LaneMark[] = [
      { kind: 'started', time: T0, restartCount: 0 },
      { kind: 'kill', time: T0 + 40_000, message: '' },
      { kind: 'terminated', time: T0 + 42_000, reason: 'Error', exitCode: 137 },
      { kind: 'started', time: T0 + 50_000, restartCount: 1 },
      { kind: 'kill', time: T0 + 90_000, message: '' },
    ];
    expect(graceSpans(marks, 30_000)).toEqual([
      [T0 + 40_000, T0 + 42_000],
      [T0 + 90_000, T0 + 120_000],
    ]);
    expect(initialDelaySpans(marks, 5_000)).toEqual([
      [T0, T0 + 5_000],
      [T0 + 50_000, T0 + 55_000],
    ]);
    expect(initialDelaySpans(marks, 0)).toEqual([]);
  });
});

describe('the Ready band against the real simulator', () => {
  it('stays off through a 30 s readiness delay and turns on at the first passed check', () => {
    const cluster = createCluster({ startTime: T0, seed: 3 });
    const flushes: (() => void)[] = [];
    const store = createProbeTimelineStore(cluster, (f) => flushes.push(f));
    const created = cluster.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'slow', namespace: 'default' },
      spec: {
        containers: [
          {
            name: 'kuard',
            image: 'gcr.io/kuar-demo/kuard-amd64:blue',
            readinessProbe: { httpGet: { path: '/ready', port: 8080 }, initialDelaySeconds: 30, periodSeconds: 10 },
          },
        ],
      },
    });
    expect(created.ok).toBe(true);
    cluster.clock.advanceBy(25_000);
    const lane = () => {
      flushes.splice(0).forEach((f) => f());
      return store.getState().lanes.find((l) => l.pod === 'slow')!;
    };
    expect(lane().marks.some((m) => m.kind === 'started')).toBe(true);
    expect(readyBands(lane().marks, cluster.clock.now())).toEqual([]);
    cluster.clock.advanceBy(20_000);
    const [band] = readyBands(lane().marks, cluster.clock.now());
    const started = lane().marks.find((m) => m.kind === 'started')!.time;
    expect(band![0]).toBeGreaterThanOrEqual(started + 30_000);
    expect(lane().probeSpecs?.readiness?.label).toBe('readiness GET /ready every 10 s');
    store.getState().dispose();
  });
});
