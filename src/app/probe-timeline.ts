// The probe timeline's model: one lane per container, holding every probe check as a tick and the
// container's life around them (started, killed, terminated, back-off, Ready on and off), each at
// the simulated time it happened. Pure: the store in probe-timeline-store.ts feeds it.

import type { Event, Pod } from '../sim/api';

/** One probe check as the kubelet's prober reports it (the simulator's `onProbe`). */
export interface ProbeResult {
  time: number;
  namespace: string;
  pod: string;
  container: string;
  probe: 'liveness' | 'readiness' | 'startup';
  result: 'success' | 'failure' | 'timeout';
  message: string;
  consecutiveFailures: number;
  failureThreshold: number;
}

export type LaneMark =
  | ({ kind: 'probe' } & Pick<
      ProbeResult,
      'time' | 'probe' | 'result' | 'message' | 'consecutiveFailures' | 'failureThreshold'
    >)
  /** The container (re)started running. */
  | { kind: 'started'; time: number; restartCount: number }
  /** The kubelet decided to kill it (a `Killing` event: failed liveness or startup probe, or deletion). */
  | { kind: 'kill'; time: number; message: string }
  /** The container process ended. */
  | { kind: 'terminated'; time: number; reason: string; exitCode: number }
  /** Waiting out the crash back-off; `until` is set when it started again. */
  | { kind: 'backoff'; time: number; until?: number; message: string }
  | { kind: 'ready'; time: number; ready: boolean };

export interface Lane {
  /** "namespace/pod/container". */
  key: string;
  namespace: string;
  pod: string;
  container: string;
  marks: readonly LaneMark[];
  /** Whether the container is ready now (the lane's last word on it). */
  ready: boolean;
  /** The Pod was deleted; the lane stays as history until a Pod of that name comes back. */
  gone?: boolean;
  /** What each probe checks, as kubectl describe words it ("http-get http://:8080/healthy delay=5s …"). */
  probes?: Partial<Record<ProbeResult['probe'], string>>;
}

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/** Marks kept per lane; older ones drop off (an hour of 1 s probes fits). */
export const MAX_MARKS_PER_LANE = 4_000;

export const laneKey = (namespace: string, pod: string, container: string): string =>
  `${namespace}/${pod}/${container}`;

function parseTimeMs(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function emptyLane(namespace: string, pod: string, container: string): Lane {
  return { key: laneKey(namespace, pod, container), namespace, pod, container, marks: [], ready: false };
}

/** A new lane with marks appended (kept in time order; the lane object changes, so views re-render). */
export function withMarks(lane: Lane, added: readonly LaneMark[], ready = lane.ready): Lane {
  if (added.length === 0 && ready === lane.ready) return lane;
  let marks = [...lane.marks, ...added];
  // Marks usually arrive in order; a status replayed late (a finishedAt in the past) is put in place.
  for (let i = Math.max(1, lane.marks.length); i < marks.length; i++) {
    if (marks[i]!.time < marks[i - 1]!.time) {
      marks.sort((a, b) => a.time - b.time);
      break;
    }
  }
  if (marks.length > MAX_MARKS_PER_LANE) marks = marks.slice(marks.length - MAX_MARKS_PER_LANE);
  return { ...lane, marks, ready };
}

export function probeMark(result: ProbeResult): LaneMark {
  const { time, probe, result: outcome, message, consecutiveFailures, failureThreshold } = result;
  return { kind: 'probe', time, probe, result: outcome, message, consecutiveFailures, failureThreshold };
}

/**
 * What changed in one container between two versions of its status, as marks. `now` stamps the
 * changes that carry no time of their own in the status (Ready flips, entering back-off).
 */
export function statusMarks(before: ContainerStatus | undefined, after: ContainerStatus, now: number): LaneMark[] {
  const marks: LaneMark[] = [];
  const restarted = (after.restartCount ?? 0) > (before?.restartCount ?? 0);
  // The previous instance ended: it is in lastState after a restart, or in state when it just stopped.
  const endedNow = after.state?.terminated && !before?.state?.terminated ? after.state.terminated : undefined;
  const ended = endedNow ?? (restarted ? after.lastState?.terminated : undefined);
  const alreadySeenEnd = before?.state?.terminated && restarted; // reported when it stopped
  if (ended && !alreadySeenEnd) {
    marks.push({
      kind: 'terminated',
      time: parseTimeMs(ended.finishedAt) ?? now,
      reason: ended.reason || (ended.exitCode === 0 ? 'Completed' : 'Error'),
      exitCode: ended.exitCode,
    });
  }
  const backoff = after.state?.waiting?.reason === 'CrashLoopBackOff';
  if (backoff && before?.state?.waiting?.reason !== 'CrashLoopBackOff') {
    marks.push({ kind: 'backoff', time: now, message: after.state?.waiting?.message ?? '' });
  }
  const startedAt = parseTimeMs(after.state?.running?.startedAt);
  if (startedAt !== undefined && startedAt !== parseTimeMs(before?.state?.running?.startedAt)) {
    marks.push({ kind: 'started', time: startedAt, restartCount: after.restartCount ?? 0 });
  }
  if ((after.ready ?? false) !== (before?.ready ?? false))
    marks.push({ kind: 'ready', time: now, ready: after.ready ?? false });
  return marks;
}

/**
 * Closes each back-off at the next start of the container, for the marks from `fromIndex` on (the
 * ones just added; a batch may hold several back-off/start pairs after a long skip). Also drops a
 * termination reported twice (once as the state, once as lastState after the restart).
 * Returns a new array when something changed, else the same one.
 */
export function settleMarks(marks: readonly LaneMark[], fromIndex: number): readonly LaneMark[] {
  let out: LaneMark[] | undefined;
  const write = (i: number, m: LaneMark | undefined) => {
    out ??= [...marks];
    out[i] = m as LaneMark;
  };
  // The back-off still open when the batch starts, if any.
  let open: number | undefined;
  for (let i = Math.min(fromIndex, marks.length) - 1; i >= 0; i--) {
    const m = marks[i]!;
    if (m.kind === 'started') break;
    if (m.kind === 'backoff') {
      if (m.until === undefined) open = i;
      break;
    }
  }
  let lastTerminated: number | undefined;
  for (let i = Math.max(0, fromIndex - 4); i < marks.length; i++) {
    const m = marks[i]!;
    if (m.kind === 'terminated') {
      if (i >= fromIndex && lastTerminated === m.time) write(i, undefined);
      lastTerminated = m.time;
    }
    if (i < fromIndex) continue;
    if (m.kind === 'backoff' && m.until === undefined) open = i;
    if (m.kind === 'started' && open !== undefined) {
      const b = (out ?? marks)[open] as Extract<LaneMark, { kind: 'backoff' }>;
      write(open, { ...b, until: m.time });
      open = undefined;
    }
  }
  return out ? out.filter((m) => m !== undefined) : marks;
}

/** The container a `Killing` event is about, from its fieldPath "spec.containers{kuard}". */
export function killedContainer(event: Event): string | undefined {
  if (event.reason !== 'Killing') return undefined;
  return /^spec\.(?:initContainers|containers)\{(.+)\}$/.exec(event.involvedObject?.fieldPath ?? '')?.[1];
}

/** When an event happened (eventTime for new-style events, else lastTimestamp / firstTimestamp). */
export function eventTime(event: Event): number | undefined {
  return parseTimeMs(event.lastTimestamp) ?? parseTimeMs(event.eventTime) ?? parseTimeMs(event.firstTimestamp);
}

/** Index of the first mark at or after `time` (marks are in time order): for drawing only a window. */
export function firstMarkAtOrAfter(marks: readonly LaneMark[], time: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence for the tooltip of a mark: what was checked (when known) and what answered. */
export function describeMark(mark: LaneMark, lane?: Pick<Lane, 'probes'>): string {
  switch (mark.kind) {
    case 'probe': {
      const name = `${mark.probe[0]!.toUpperCase()}${mark.probe.slice(1)} probe`;
      const checked = lane?.probes?.[mark.probe] ? `\nChecked: ${lane.probes[mark.probe]}` : '';
      if (mark.result === 'success') return `${name} succeeded${mark.message ? `: ${mark.message}` : ''}${checked}`;
      const what = mark.result === 'timeout' ? 'timed out' : 'failed';
      return `${name} ${what} (${mark.consecutiveFailures}/${mark.failureThreshold})${mark.message ? `: ${mark.message}` : ''}${checked}`;
    }
    case 'started':
      return mark.restartCount === 0 ? 'Container started' : `Container restarted (restart ${mark.restartCount})`;
    case 'kill':
      return `Killing: ${mark.message}`;
    case 'terminated':
      return `Container terminated: ${mark.reason}, exit code ${mark.exitCode}`;
    case 'backoff':
      return `CrashLoopBackOff: ${mark.message}`;
    case 'ready':
      return mark.ready ? 'Ready: True' : 'Ready: False';
  }
}
