// Feeds the probe timeline: every probe result from the simulator's prober (`cluster.onProbe`), and
// the container life around it read from the watch stream (status changes, `Killing` events).
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
  settleMarks,
  statusMarks,
  withMarks,
  type Lane,
  type LaneMark,
  type ProbeResult,
} from './probe-timeline';

export interface ProbeTimelineState {
  /** Every lane, ordered by namespace, Pod and container position. */
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

function probesOf(container: Container): Lane['probes'] {
  const out: NonNullable<Lane['probes']> = {};
  if (container.livenessProbe) out.liveness = describeProbe(container.livenessProbe);
  if (container.readinessProbe) out.readiness = describeProbe(container.readinessProbe);
  if (container.startupProbe) out.startup = describeProbe(container.startupProbe);
  return out;
}

export function createProbeTimelineStore(
  cluster: ClusterApi,
  schedule: (flush: () => void) => void = queueMicrotask,
): ProbeTimelineStore {
  const lanes = new Map<string, Lane>();
  const order = new Map<string, number>(); // lane key → container position in its Pod
  const pending = new Map<string, { marks: LaneMark[]; ready?: boolean }>();
  const lastStatuses = new Map<string, Map<string, ContainerStatus>>(); // pod uid → container → status
  let firstTime: number | undefined;
  let queued = false;
  let disposed = false;

  const add = (namespace: string, pod: string, container: string, marks: LaneMark[], ready?: boolean): void => {
    const key = laneKey(namespace, pod, container);
    if (!lanes.has(key)) lanes.set(key, emptyLane(namespace, pod, container));
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
    const previous = lastStatuses.get(uid) ?? new Map<string, ContainerStatus>();
    const next = new Map<string, ContainerStatus>();
    const specs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
    specs.forEach((c, i) => order.set(laneKey(namespace, name, c.name), i));
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    for (const status of statuses) {
      next.set(status.name, status);
      const before = previous.get(status.name);
      if (before === status) continue;
      const marks = statusMarks(before, status, cluster.clock.now());
      if (marks.length > 0) add(namespace, name, status.name, marks, status.ready ?? false);
    }
    // A lane appears as soon as the Pod declares its containers, before any status arrives; it
    // knows what each probe checks (the spec can change only by re-creating the Pod).
    for (const c of specs) {
      const key = laneKey(namespace, name, c.name);
      if (!lanes.has(key)) add(namespace, name, c.name, []);
      const probes = probesOf(c);
      const lane = lanes.get(key)!;
      if (JSON.stringify(lane.probes ?? {}) !== JSON.stringify(probes)) lanes.set(key, { ...lane, probes });
    }
    lastStatuses.set(uid, next);
  };

  const setGone = (pod: Pod, gone: boolean): void => {
    const prefix = `${pod.metadata?.namespace ?? 'default'}/${pod.metadata?.name ?? ''}/`;
    let changed = false;
    for (const [key, lane] of lanes) {
      if (!key.startsWith(prefix) || (lane.gone ?? false) === gone) continue;
      lanes.set(key, { ...lane, gone });
      changed = true;
    }
    if (changed && !queued) {
      queued = true;
      schedule(flush);
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
    // Live Pods first; deleted ones after them, as history.
    const sorted = [...lanes.values()].sort((a, b) => {
      if ((a.gone ?? false) !== (b.gone ?? false)) return a.gone ? 1 : -1;
      const byPod = `${a.namespace}/${a.pod}`.localeCompare(`${b.namespace}/${b.pod}`);
      return byPod !== 0 ? byPod : (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0);
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
      if (event.type === 'DELETED') {
        lastStatuses.delete(pod.metadata?.uid ?? '');
        setGone(pod, true);
      } else {
        setGone(pod, false);
        observePod(pod);
      }
    } else if (obj.kind === 'Event' && event.type !== 'DELETED') {
      const ev = obj;
      const container = killedContainer(ev);
      const time = eventTime(ev);
      // A repeated event (count > 1) is the same Event object modified; each arrival is a new kill.
      if (container && time !== undefined && ev.involvedObject?.kind === 'Pod') {
        add(ev.involvedObject.namespace ?? 'default', ev.involvedObject.name ?? '', container, [
          { kind: 'kill', time, message: ev.message ?? '' },
        ]);
      }
    }
  });
  const unprobe = (cluster as ClusterApi & ProbeFeed).onProbe?.((result) => {
    add(result.namespace, result.pod, result.container, [probeMark(result)]);
  });

  const store = createStore<ProbeTimelineState>()(() => ({
    lanes: [],
    firstTime: undefined,
    reset() {
      lanes.clear();
      order.clear();
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
