// "Step to the next event" jumps the simulated clock to the next thing the cluster had scheduled.
// On its own the jump is silent: the time changes and, often, nothing visible does. This runs the
// step while listening to the cluster and says in a sentence what the step ran into: the events
// recorded (as `kubectl get events` would list them), Pods created, changed or removed, and probe checks.

import type { ClusterApi, Event, Pod, WatchEvent } from '../sim/api';
import type { ClockDriver } from './clock-driver';
import type { ProbeResult } from './probe-timeline';

type ProbeFeed = { onProbe?: (listener: (result: ProbeResult) => void) => () => void };

/** "0.5 s", "12 s", "2 min 5 s": how far a step moved the clock. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))} s`;
  const seconds = Math.round(ms / 1000);
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)} min${rest ? ` ${rest} s` : ''}`;
}

/** At most this many happenings are named; the rest are counted. */
const MAX_NAMED = 3;

export interface StepReport {
  /** Whether the clock moved (false when nothing was scheduled). */
  stepped: boolean;
  /** One sentence for the learner. */
  text: string;
}

function describeEvent(event: Event): string {
  const object = `${event.involvedObject?.kind ?? 'object'} ${event.involvedObject?.name ?? ''}`.trim();
  const message = event.message ? `: ${event.message}` : '';
  return `${event.reason ?? 'Event'} (${object})${message}`;
}

function podPhase(pod: Pod): string {
  if (pod.metadata?.deletionTimestamp) return 'Terminating';
  return pod.status?.phase ?? 'Pending';
}

function describeProbe(result: ProbeResult): string {
  const kind = `${result.probe[0]!.toUpperCase()}${result.probe.slice(1)}`;
  const outcome = result.result === 'success' ? 'succeeded' : result.result === 'timeout' ? 'timed out' : 'failed';
  return `${kind} probe of ${result.pod}/${result.container} ${outcome}`;
}

/**
 * Steps `driver` to the next scheduled event and reports what happened. `formatAt` words the new
 * time as the clock shows it (elapsed since the session began).
 */
export function stepAndReport(cluster: ClusterApi, driver: ClockDriver, formatAt: (now: number) => string): StepReport {
  const before = cluster.clock.now();
  // What the learner made comes first: their Pods' changes, then events, then probe checks;
  // kube-system's routine (DNS probes) last.
  const said: { line: string; rank: number }[] = [];
  const say = (line: string, rank: number, namespace?: string) => {
    const text = line.replace(/\.$/, '');
    if (said.some((s) => s.line === text)) return;
    said.push({ line: text, rank: namespace === 'kube-system' ? rank + 10 : rank });
  };
  const podPhases = new Map<string, string>();
  const listed = cluster.list('Pod', undefined);
  if (listed.ok) for (const pod of listed.value as Pod[]) podPhases.set(pod.metadata?.uid ?? '', podPhase(pod));

  const onWatch = (change: WatchEvent) => {
    const object = change.object;
    if (object.kind === 'Event' && change.type !== 'DELETED')
      say(describeEvent(object), 1, object.involvedObject?.namespace);
    if (object.kind !== 'Pod') return;
    const pod = object;
    const name = pod.metadata?.name ?? '';
    const uid = pod.metadata?.uid ?? '';
    const namespace = pod.metadata?.namespace;
    if (change.type === 'DELETED') return say(`Pod ${name} removed`, 0, namespace);
    const phase = podPhase(pod);
    const was = podPhases.get(uid);
    if (was === undefined) say(`Pod ${name} created`, 0, namespace);
    else if (was !== phase) say(`Pod ${name} is ${phase}`, 0, namespace);
    podPhases.set(uid, phase);
  };
  const unwatch = cluster.watch(onWatch);
  const unprobe = (cluster as ClusterApi & ProbeFeed).onProbe?.((result) =>
    say(describeProbe(result), 2, result.namespace),
  );
  const label = driver.getState().peekNext()?.label ?? '';
  let stepped: boolean;
  try {
    stepped = driver.getState().step();
  } finally {
    unwatch();
    unprobe?.();
  }
  if (!stepped) return { stepped, text: 'Nothing is scheduled: the clock stayed where it was.' };

  const after = cluster.clock.now();
  const moved = `Stepped ${formatDuration(after - before)} to ${formatAt(after)}`;
  if (said.length === 0) {
    // Nothing a learner can see changed; the scheduler's own name for the timer is all there is.
    const what = label ? ` (${label})` : '';
    return { stepped, text: `${moved}: an internal timer ran${what}; nothing visible changed.` };
  }
  const lines = [...said].sort((a, b) => a.rank - b.rank).map((s) => s.line);
  const named = lines.slice(0, MAX_NAMED).join('; ');
  const more = said.length > MAX_NAMED ? `; and ${said.length - MAX_NAMED} more` : '';
  return { stepped, text: `${moved}: ${named}${more}.` };
}
