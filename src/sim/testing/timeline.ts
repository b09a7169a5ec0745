// Runs a lifecycle scenario (a Pod manifest plus timed steps) and writes down, with the time of
// each, every change of the Pod a client could see and every event recorded about it. The output is
// the reviewed file src/sim/timelines/NAME.txt: the documentation of when things happen.
// A scenario about several objects (Pods competing for a node, a PersistentVolume and its claim)
// lists them under `objects` instead; each line then names the object it is about.
import type { ContainerStatus, Event, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { Kind, KubeObject } from '../api';
import { createImageCatalog } from '../images';
import { parseDuration, simulate } from './driver';

export interface TimelineStep {
  at: string;
  /** Delete a Pod, or another followed object by kind (with an optional grace period). */
  delete?: string | { name: string; kind?: Kind; gracePeriodSeconds?: number };
  /** Change a followed object with a JSON merge patch (RFC 7386: null removes a field), as `kubectl patch --type=merge`. */
  patch?: { name: string; kind?: Kind; merge: Record<string, unknown> };
  /** Write down fields of a followed object as they are now, e.g. `spec.priority`. */
  show?: { name: string; kind?: Kind; fields: string[] };
  /** Run a command in a container of the scenario's Pod; its output goes into the timeline. */
  exec?: { container?: string; command: string[] };
}

export interface TimelineScenario {
  /** What the scenario shows, one line. */
  title: string;
  /** How long to run, e.g. "90s". */
  until: string;
  /** Run the real images (kuard, nginx, busybox) instead of the fake test programs. */
  realImages?: boolean;
  steps?: TimelineStep[];
  /** The one Pod the scenario follows. */
  manifest?: Record<string, unknown>;
  /** Several objects, created in order at 0 s, each followed by name. */
  objects?: Record<string, unknown>[];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`.padStart(7);
}

function containerLine(c: ContainerStatus, init: boolean): string {
  const s = c.state ?? {};
  const state = s.running
    ? 'Running'
    : s.waiting
      ? `Waiting ${s.waiting.reason}`
      : s.terminated
        ? `Terminated ${s.terminated.reason} ${s.terminated.exitCode}`
        : '-';
  const last = c.lastState?.terminated;
  const flags = [c.ready ? 'ready' : 'not ready', c.started ? 'started' : undefined].filter(Boolean).join(' ');
  const restarts = c.restartCount > 0 ? ` restarts=${c.restartCount}` : '';
  const lastText = last ? ` last=${last.reason} ${last.exitCode}` : '';
  return `${init ? 'init ' : ''}${c.name}: ${state} (${flags})${restarts}${lastText}`;
}

/** The Pod's phase and conditions, then one line per container, each starting at `indent`. */
function podLines(pod: Pod): string[] {
  const st = pod.status ?? {};
  const conditions = (st.conditions ?? [])
    .filter((c) => c.type !== 'PodScheduled' && c.type !== 'PodReadyToStartContainers')
    .map((c) => `${c.type}=${c.status}${c.reason ? `(${c.reason})` : ''}`)
    .join(' ');
  const reason = st.reason ? ` reason=${st.reason}` : '';
  const deleting = pod.metadata?.deletionTimestamp ? ' deleting' : '';
  return [
    `${st.phase}${reason}${deleting} ${conditions}`.trim(),
    ...(st.initContainerStatuses ?? []).map((c) => containerLine(c, true)),
    ...(st.containerStatuses ?? []).map((c) => containerLine(c, false)),
  ];
}

/** A scheduling gate or a PodScheduled condition that says why the Pod is not on a node. */
function unscheduledText(pod: Pod): string {
  if (pod.spec?.nodeName) return ` node=${pod.spec.nodeName}`;
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  return scheduled?.status === 'False' ? ` PodScheduled=False(${scheduled.reason})` : '';
}

function volumeLines(obj: KubeObject): string[] {
  const deleting = obj.metadata?.deletionTimestamp ? ' deleting' : '';
  if (obj.kind === 'PersistentVolume') {
    const claim = obj.spec?.claimRef ? ` claim=${obj.spec.claimRef.namespace}/${obj.spec.claimRef.name}` : '';
    const message = obj.status?.message ? `\n${obj.status.message}` : '';
    return `${obj.status?.phase}${deleting}${claim}${message}`.split('\n');
  }
  const pvc = obj as PersistentVolumeClaim;
  const volume = pvc.spec?.volumeName ? ` volume=${pvc.spec.volumeName}` : '';
  return [`${pvc.status?.phase}${deleting}${volume}`];
}

function eventLine(e: Event): string {
  const field = e.involvedObject.fieldPath ? ` ${e.involvedObject.fieldPath}` : '';
  // An events.k8s.io series (the scheduler's) counts in series.count, a core/v1 event in count.
  const times = e.count ?? e.series?.count ?? 1;
  const count = times > 1 ? ` (x${times})` : '';
  return `${(e.type ?? '').padEnd(7)} ${e.reason}${field}: ${e.message}${count}`;
}

/** `step   exec ls -ld /tmp`, then each line the command printed and its exit code. */
function execLines(sim: ReturnType<typeof simulate>, pod: string, step: NonNullable<TimelineStep['exec']>): string[] {
  let output = '';
  let code: number | undefined;
  const started = sim.cluster.exec(
    'default',
    pod,
    step.command,
    { stdout: (c) => (output += c), stderr: (c) => (output += c), exit: (c) => (code = c) },
    { container: step.container, tty: false, stdin: false },
  );
  const at = seconds(sim.elapsed());
  if (!started.ok) return [`${at}  step   exec ${step.command.join(' ')}: ${started.error.message}`];
  sim.cluster.clock.runUntil(() => code !== undefined, 10_000);
  const indent = ' '.repeat(17);
  return [
    `${at}  step   exec ${step.command.join(' ')}`,
    ...output
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => `${indent}${line}`),
    `${indent}(exit ${code ?? 'none'})`,
  ];
}

/** `show spec.priority=2000000000 …`, or `show: not found`. */
function showFields(sim: ReturnType<typeof simulate>, show: NonNullable<TimelineStep['show']>): string {
  const found = sim.cluster.get(show.kind ?? 'Pod', 'default', show.name);
  if (!found.ok) return `show: ${found.error.message}`;
  const values = show.fields.map((path) => {
    let value: unknown = found.value;
    for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    return `${path}=${value === undefined ? '<none>' : JSON.stringify(value)}`;
  });
  return `show ${values.join(' ')}`;
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

function nameOf(obj: Record<string, unknown>): string {
  return String((obj.metadata as { name?: string } | undefined)?.name);
}

/**
 * Where the lines go. With one Pod, a line is `time  what  text`; with several objects it is
 * `time  what  name  text`, the names padded to one width so the texts line up.
 */
class TimelineWriter {
  readonly lines: string[];
  private readonly last = new Map<string, string>();
  private readonly width: number;

  constructor(
    title: string,
    private readonly sim: ReturnType<typeof simulate>,
    private readonly several: boolean,
    names: string[],
  ) {
    this.lines = [`# ${title}`];
    this.width = Math.max(0, ...names.map((n) => n.length));
  }

  /** Writes `text` (continuation lines indented under it); an object's unchanged text is not repeated. */
  write(what: string, name: string, text: string[], object?: string): void {
    if (object !== undefined) {
      const joined = text.join('\n');
      if (this.last.get(object) === joined) return;
      this.last.set(object, joined);
    }
    const head = `${seconds(this.sim.elapsed())}  ${what.padEnd(5)}  ${this.several ? `${name.padEnd(this.width)}  ` : ''}`;
    // Container lines sit one column right of the text they belong to.
    const indent = ' '.repeat(head.length + 1);
    this.lines.push(head + text.join('\n' + indent));
  }
}

export function runTimeline(scenario: TimelineScenario): string {
  const sim = simulate(scenario.realImages ? { images: createImageCatalog() } : {});
  const objects = scenario.objects ?? (scenario.manifest ? [scenario.manifest] : []);
  const several = scenario.objects !== undefined;
  const followed = new Set(objects.map(nameOf));
  const out = new TimelineWriter(scenario.title, sim, several, [...followed]);
  sim.cluster.watch((w) => {
    const obj = w.object;
    const name = obj.metadata?.name ?? '';
    if (obj.kind === 'Event') {
      const e = obj;
      if (followed.has(e.involvedObject.name ?? '')) out.write('event', e.involvedObject.name ?? '', [eventLine(e)]);
      return;
    }
    if (!followed.has(name)) return;
    const what = { Pod: 'pod', PersistentVolume: 'pv', PersistentVolumeClaim: 'pvc' }[obj.kind as string];
    if (!what) return;
    const key = `${obj.kind}/${name}`;
    if (w.type === 'DELETED') {
      out.write(what, name, ['deleted']);
      return;
    }
    if (obj.kind !== 'Pod') {
      out.write(what, name, volumeLines(obj), key);
      return;
    }
    const lines = podLines(obj);
    // With several Pods, where each one is (or why it is not on a node) is part of the story.
    if (several) lines[0] = `${lines[0]}${unscheduledText(obj)}`;
    out.write(what, name, lines, key);
  });
  for (const obj of objects) {
    const created = sim.cluster.create(obj);
    if (!created.ok) out.write('step', nameOf(obj), [`create refused: ${created.error.message}`]);
  }
  const steps = [...(scenario.steps ?? [])].sort((a, b) => parseDuration(a.at) - parseDuration(b.at));
  const firstPod = objects.length > 0 ? nameOf(objects[0]!) : '';
  for (const s of steps) {
    sim.advanceTo(s.at);
    if (s.patch) {
      out.write('step', s.patch.name, [`patch ${JSON.stringify(s.patch.merge)}`]);
      const found = sim.cluster.get(s.patch.kind ?? 'Pod', 'default', s.patch.name);
      const result = found.ok ? sim.cluster.update(mergePatch(found.value, s.patch.merge)) : found;
      if (!result.ok) out.write('step', s.patch.name, [`patch refused: ${result.error.message}`]);
    }
    if (s.delete !== undefined) {
      const target = typeof s.delete === 'string' ? { name: s.delete } : s.delete;
      const grace = target.gracePeriodSeconds !== undefined ? ` --grace-period=${target.gracePeriodSeconds}` : '';
      out.write('step', target.name, [`delete${grace}`]);
      const result = sim.cluster.delete(target.kind ?? 'Pod', 'default', target.name, {
        gracePeriodSeconds: target.gracePeriodSeconds,
      });
      if (!result.ok) throw new Error(result.error.message);
    }
    if (s.show) out.write('step', s.show.name, [showFields(sim, s.show)]);
    if (s.exec) out.lines.push(...execLines(sim, firstPod, s.exec));
  }
  sim.advanceTo(scenario.until);
  return out.lines.join('\n') + '\n';
}
