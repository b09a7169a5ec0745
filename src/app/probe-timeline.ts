// The probe timeline's model: one lane per container of one Pod (keyed by the Pod's uid, so a Pod
// re-created under the same name is a new row), holding every probe check as a tick and the
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

/** What one probe of a container checks, for the label of its row and its initial delay. */
export interface ProbeSpec {
  /** "liveness GET /healthy every 10 s". */
  label: string;
  initialDelayMs: number;
}

export interface Lane {
  /** "<Pod uid>/<container>". */
  key: string;
  /** The Pod's uid: one Pod, one group of lanes, even when another Pod later takes its name. */
  uid: string;
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
  /** Each probe's row label and initial delay, from the Pod's spec. */
  probeSpecs?: Partial<Record<ProbeResult['probe'], ProbeSpec>>;
  /** terminationGracePeriodSeconds, in ms: how long a killed container is given to stop. */
  graceMs?: number;
}

type Probe = NonNullable<NonNullable<Pod['spec']>['containers'][number]['livenessProbe']>;

/** "GET /healthy", "TCP :8080", "exec cat /tmp/healthy": what a probe does, in a few words. */
function probeAction(probe: Probe): string {
  if (probe.httpGet) return `GET ${probe.httpGet.path || '/'}`;
  if (probe.tcpSocket) return `TCP :${probe.tcpSocket.port}`;
  if (probe.grpc) return `gRPC :${probe.grpc.port}`;
  if (probe.exec) return `exec ${(probe.exec.command ?? []).join(' ')}`.trimEnd();
  return 'check';
}

/** A probe's row: "liveness GET /healthy every 10 s" (the API's default period is 10 s), and its initial delay. */
export function probeSpec(kind: ProbeResult['probe'], probe: Probe): ProbeSpec {
  return {
    label: `${kind} ${probeAction(probe)} every ${probe.periodSeconds ?? 10} s`,
    initialDelayMs: (probe.initialDelaySeconds ?? 0) * 1000,
  };
}

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/** Marks kept per lane; older ones drop off (an hour of 1 s probes fits). */
export const MAX_MARKS_PER_LANE = 4_000;

export const laneKey = (uid: string, container: string): string => `${uid}/${container}`;

function parseTimeMs(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function emptyLane(uid: string, namespace: string, pod: string, container: string): Lane {
  return { key: laneKey(uid, container), uid, namespace, pod, container, marks: [], ready: false };
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
    case 'backoff': {
      const length = backoffLength(mark);
      return `CrashLoopBackOff${length ? ` for ${length}` : ''}: ${mark.message}`;
    }
    case 'ready':
      return mark.ready ? 'Ready: True' : 'Ready: False';
  }
}

/**
 * How long a back-off lasts, as its box says: "10 s" once the container started again, else the
 * kubelet's announced wait from its message ("back-off 20s restarting failed container=…").
 */
export function backoffLength(mark: Extract<LaneMark, { kind: 'backoff' }>): string | undefined {
  if (mark.until !== undefined) {
    const seconds = Math.round((mark.until - mark.time) / 1000);
    return seconds >= 60
      ? `${Math.floor(seconds / 60)} min${seconds % 60 ? ` ${seconds % 60} s` : ''}`
      : `${seconds} s`;
  }
  const announced = /back-off (\d+m)?(\d+s)?/.exec(mark.message);
  if (!announced || (!announced[1] && !announced[2])) return undefined;
  const minutes = announced[1] ? `${announced[1].slice(0, -1)} min` : '';
  const seconds = announced[2] ? `${announced[2].slice(0, -1)} s` : '';
  return [minutes, seconds].filter(Boolean).join(' ');
}

/** Time spans where a boolean carried by some marks was true; an open span runs to `openEnd`. */
export function bands(
  marks: readonly LaneMark[],
  openEnd: number,
  value: (m: LaneMark) => boolean | undefined,
): [number, number][] {
  const out: [number, number][] = [];
  let since: number | undefined;
  for (const m of marks) {
    const v = value(m);
    if (v === undefined) continue;
    if (v && since === undefined) since = m.time;
    if (!v && since !== undefined) {
      out.push([since, m.time]);
      since = undefined;
    }
  }
  if (since !== undefined) out.push([since, Math.max(since, openEnd)]);
  return out;
}

/** When the container was Ready: from each Ready: True to the next Ready: False (or `openEnd`). */
export const readyBands = (marks: readonly LaneMark[], openEnd: number): [number, number][] =>
  bands(marks, openEnd, (m) => (m.kind === 'ready' ? m.ready : undefined));

/**
 * The grace periods: from each kill to the end of that container (its termination), or, while it
 * has not stopped yet, for the grace it was given.
 */
export function graceSpans(marks: readonly LaneMark[], graceMs: number): [number, number][] {
  const out: [number, number][] = [];
  marks.forEach((m, i) => {
    if (m.kind !== 'kill') return;
    const end = marks.slice(i + 1).find((n) => n.kind === 'terminated' || n.kind === 'started');
    out.push([m.time, end ? end.time : m.time + graceMs]);
  });
  return out;
}

/** The initial delay of a probe after each start of its container: no check runs in it. */
export function initialDelaySpans(marks: readonly LaneMark[], initialDelayMs: number): [number, number][] {
  if (initialDelayMs <= 0) return [];
  return marks.filter((m) => m.kind === 'started').map((m) => [m.time, m.time + initialDelayMs]);
}
