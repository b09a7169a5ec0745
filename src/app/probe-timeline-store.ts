// Feeds the probe timeline: every probe result from the simulator's prober (`cluster.onProbe`), and
// the container life around it read from the watch stream (status changes, `Killing` events).
// Lanes belong to a Pod's uid: a Pod deleted and created again under its name starts new lanes.
// Lanes are immutable; a lane that got no new mark keeps its object, so its view is not redrawn.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClusterApi, Pod } from '../sim/api';
import { describeProbe } from '../kubectl/print/describe-container';
import {
  emptyLane,
  eventTime,
  killedContainer,
  laneKey,
  probeMark,
  probeSpec,
  settleMarks,
  statusMarks,
  withMarks,
  type Lane,
  type LaneMark,
  type ProbeResult,
} from './probe-timeline';

export interface ProbeTimelineState {
  /** Every lane, ordered by namespace, Pod and container position; a Pod's lanes are together. */
  lanes: readonly Lane[];
  /** The earliest mark's time (for the scrubber's left end), undefined while empty. */
  firstTime: number | undefined;
  /** Forgets every lane and starts again from the Pods that exist now (a lesson starts). */
  reset(): void;
  dispose(): void;
}

export type ProbeTimelineStore = StoreApi<ProbeTimelineState>;

/** The simulator's prober feed, when the cluster has one (an additive API of src/sim). */
type ProbeFeed = { onProbe?: (listener: (result: ProbeResult) => void) => () => void };

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];
type Container = NonNullable<Pod['spec']>['containers'][number];

const PROBE_KINDS = [
  ['startup', 'startupProbe'],
  ['liveness', 'livenessProbe'],
  ['readiness', 'readinessProbe'],
] as const;

/** What each probe of a container checks: in kubectl describe's words (tooltips) and as row labels. */
function probesOf(container: Container): Pick<Lane, 'probes' | 'probeSpecs'> {
  const probes: NonNullable<Lane['probes']> = {};
  const probeSpecs: NonNullable<Lane['probeSpecs']> = {};
  for (const [kind, field] of PROBE_KINDS) {
    const probe = container[field];
    if (!probe) continue;
    probes[kind] = describeProbe(probe);
    probeSpecs[kind] = probeSpec(kind, probe);
  }
  return { probes, probeSpecs };
}

/** The API server's default terminationGracePeriodSeconds. */
const DEFAULT_GRACE_SECONDS = 30;

export function createProbeTimelineStore(
  cluster: ClusterApi,
  schedule: (flush: () => void) => void = queueMicrotask,
): ProbeTimelineStore {
  const lanes = new Map<string, Lane>();
  const order = new Map<string, number>(); // lane key → container position in its Pod
  const uidByName = new Map<string, string>(); // "namespace/name" → uid of the Pod that has the name now
  const pending = new Map<string, { marks: LaneMark[]; ready?: boolean }>();
  const lastStatuses = new Map<string, Map<string, ContainerStatus>>(); // pod uid → container → status
  let firstTime: number | undefined;
  let queued = false;
  let disposed = false;

  // The prober and events name a Pod; the Pod of that name now is the one they are about.
  const uidOf = (namespace: string, pod: string): string =>
    uidByName.get(`${namespace}/${pod}`) ?? `${namespace}/${pod}`;

  const add = (
    uid: string,
    namespace: string,
    pod: string,
    container: string,
    marks: LaneMark[],
    ready?: boolean,
  ): void => {
    const key = laneKey(uid, container);
    if (!lanes.has(key)) lanes.set(key, emptyLane(uid, namespace, pod, container));
    const entry = pending.get(key) ?? { marks: [] };
    entry.marks.push(...marks);
    if (ready !== undefined) entry.ready = ready;
    pending.set(key, entry);
    for (const m of marks) if (firstTime === undefined || m.time < firstTime) firstTime = m.time;
    if (!queued) {
      queued = true;
      schedule(flush);
    }
  };

  const observePod = (pod: Pod): void => {
    const namespace = pod.metadata?.namespace ?? 'default';
    const name = pod.metadata?.name ?? '';
    const uid = pod.metadata?.uid ?? `${namespace}/${name}`;
    uidByName.set(`${namespace}/${name}`, uid);
    const previous = lastStatuses.get(uid) ?? new Map<string, ContainerStatus>();
    const next = new Map<string, ContainerStatus>();
    const specs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
    specs.forEach((c, i) => order.set(laneKey(uid, c.name), i));
    const graceMs = (pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS) * 1000;
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    for (const status of statuses) {
      next.set(status.name, status);
      const before = previous.get(status.name);
      if (before === status) continue;
      const marks = statusMarks(before, status, cluster.clock.now());
      if (marks.length > 0) add(uid, namespace, name, status.name, marks, status.ready ?? false);
    }
    // A lane appears as soon as the Pod declares its containers, before any status arrives; it
    // knows what each probe checks (the spec can change only by re-creating the Pod).
    for (const c of specs) {
      const key = laneKey(uid, c.name);
      if (!lanes.has(key)) add(uid, namespace, name, c.name, []);
      const lane = lanes.get(key)!;
      if (lane.probes === undefined || lane.graceMs !== graceMs) lanes.set(key, { ...lane, ...probesOf(c), graceMs });
    }
    lastStatuses.set(uid, next);
  };

  /** The Pod is gone: its lanes stay as history, no longer Ready from this moment. */
  const setGone = (pod: Pod): void => {
    const namespace = pod.metadata?.namespace ?? 'default';
    const name = pod.metadata?.name ?? '';
    const uid = pod.metadata?.uid ?? `${namespace}/${name}`;
    if (uidByName.get(`${namespace}/${name}`) === uid) uidByName.delete(`${namespace}/${name}`);
    lastStatuses.delete(uid);
    const prefix = `${uid}/`;
    for (const [key, lane] of lanes) {
      if (!key.startsWith(prefix) || lane.gone) continue;
      lanes.set(key, { ...lane, gone: true });
      add(
        uid,
        lane.namespace,
        lane.pod,
        lane.container,
        lane.ready ? [{ kind: 'ready', time: cluster.clock.now(), ready: false }] : [],
        false,
      );
    }
  };

  const flush = (): void => {
    queued = false;
    if (disposed) return;
    for (const [key, { marks, ready }] of pending) {
      const lane = lanes.get(key)!;
      const updated = withMarks(lane, marks, ready ?? lane.ready);
      // withMarks may have re-sorted; settle from the earliest new mark's place.
      const earliest = Math.min(...marks.map((m) => m.time));
      let from = updated.marks.length - marks.length;
      while (from > 0 && updated.marks[from - 1]!.time > earliest) from--;
      const settled = settleMarks(updated.marks, from);
      lanes.set(key, settled === updated.marks ? updated : { ...updated, marks: settled });
    }
    pending.clear();
    // Live Pods first; deleted ones after them, as history. A Pod's lanes stay together.
    const firstSeen = new Map<string, number>();
    const sorted = [...lanes.values()].sort((a, b) => {
      if ((a.gone ?? false) !== (b.gone ?? false)) return a.gone ? 1 : -1;
      const byPod = `${a.namespace}/${a.pod}`.localeCompare(`${b.namespace}/${b.pod}`);
      if (byPod !== 0) return byPod;
      if (a.uid !== b.uid) return startOf(a, firstSeen) - startOf(b, firstSeen);
      return (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0);
    });
    store.setState({ lanes: sorted, firstTime });
  };

  const observeExisting = (): void => {
    const podList = cluster.list('Pod', undefined);
    if (podList.ok) for (const p of podList.value as Pod[]) observePod(p);
  };
  observeExisting();

  const unwatch = cluster.watch((event) => {
    const obj = event.object;
    if (obj.kind === 'Pod') {
      const pod = obj;
      if (event.type === 'DELETED') setGone(pod);
      else observePod(pod);
    } else if (obj.kind === 'Event' && event.type !== 'DELETED') {
      const ev = obj;
      const container = killedContainer(ev);
      const time = eventTime(ev);
      // A repeated event (count > 1) is the same Event object modified; each arrival is a new kill.
      if (container && time !== undefined && ev.involvedObject?.kind === 'Pod') {
        const namespace = ev.involvedObject.namespace ?? 'default';
        const name = ev.involvedObject.name ?? '';
        const uid = ev.involvedObject.uid || uidOf(namespace, name);
        add(uid, namespace, name, container, [{ kind: 'kill', time, message: ev.message ?? '' }]);
      }
    }
  });
  const unprobe = (cluster as ClusterApi & ProbeFeed).onProbe?.((result) => {
    add(uidOf(result.namespace, result.pod), result.namespace, result.pod, result.container, [probeMark(result)]);
  });

  const store = createStore<ProbeTimelineState>()(() => ({
    lanes: [],
    firstTime: undefined,
    reset() {
      lanes.clear();
      order.clear();
      uidByName.clear();
      pending.clear();
      lastStatuses.clear();
      firstTime = undefined;
      observeExisting();
      queued = false;
      flush();
    },
    dispose() {
      disposed = true;
      unwatch();
      unprobe?.();
    },
  }));
  if (queued) {
    // The initial list queued a flush before the store existed; run it now so the store starts full.
    queued = false;
    flush();
  }
  return store;
}

/** When a Pod's lane began (its first mark), memoised per uid: earlier Pods of one name come first. */
function startOf(lane: Lane, memo: Map<string, number>): number {
  let start = memo.get(lane.uid);
  if (start === undefined) {
    start = lane.marks[0]?.time ?? Number.MAX_SAFE_INTEGER;
    memo.set(lane.uid, start);
  }
  return start;
}
