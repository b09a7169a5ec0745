// Runs a lifecycle scenario (a Pod manifest plus timed steps) and writes down, with the time of
// each, every change of the Pod a client could see and every event recorded about it. The output is
// the reviewed file src/sim/timelines/NAME.txt: the documentation of when things happen.
import type { ContainerStatus, Event, Pod } from 'kubernetes-types/core/v1';
import { createImageCatalog } from '../images';
import { parseDuration, simulate } from './driver';

export interface TimelineStep {
  at: string;
  /** Delete the Pod (with an optional grace period). */
  delete?: string | { name: string; gracePeriodSeconds?: number };
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
  manifest: Record<string, unknown>;
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

export function podLine(pod: Pod): string {
  const st = pod.status ?? {};
  const conditions = (st.conditions ?? [])
    .filter((c) => c.type !== 'PodScheduled' && c.type !== 'PodReadyToStartContainers')
    .map((c) => `${c.type}=${c.status}${c.reason ? `(${c.reason})` : ''}`)
    .join(' ');
  const reason = st.reason ? ` reason=${st.reason}` : '';
  const deleting = pod.metadata?.deletionTimestamp ? ' deleting' : '';
  const containers = [
    ...(st.initContainerStatuses ?? []).map((c) => containerLine(c, true)),
    ...(st.containerStatuses ?? []).map((c) => containerLine(c, false)),
  ];
  return [`${st.phase}${reason}${deleting} ${conditions}`.trim(), ...containers].join('\n' + ' '.repeat(17));
}

function eventLine(e: Event): string {
  const field = e.involvedObject.fieldPath ? ` ${e.involvedObject.fieldPath}` : '';
  const count = (e.count ?? 1) > 1 ? ` (x${e.count})` : '';
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

export function runTimeline(scenario: TimelineScenario): string {
  const sim = simulate(scenario.realImages ? { images: createImageCatalog() } : {});
  const name = String((scenario.manifest.metadata as { name?: string }).name);
  const lines: string[] = [`# ${scenario.title}`];
  let lastPod = '';
  sim.cluster.watch((w) => {
    const at = seconds(sim.elapsed());
    if (w.object.kind === 'Pod') {
      if (w.object.metadata?.name !== name) return;
      if (w.type === 'DELETED') {
        lines.push(`${at}  pod    deleted`);
        return;
      }
      const text = podLine(w.object);
      if (text === lastPod) return;
      lastPod = text;
      lines.push(`${at}  pod    ${text}`);
    } else if (w.object.kind === 'Event') {
      const e = w.object;
      if (e.involvedObject.name !== name) return;
      lines.push(`${at}  event  ${eventLine(e)}`);
    }
  });
  sim.apply(scenario.manifest);
  const steps = [...(scenario.steps ?? [])].sort((a, b) => parseDuration(a.at) - parseDuration(b.at));
  for (const s of steps) {
    sim.advanceTo(s.at);
    if (s.delete !== undefined) {
      const target = typeof s.delete === 'string' ? { name: s.delete } : s.delete;
      lines.push(
        `${seconds(sim.elapsed())}  step   delete${target.gracePeriodSeconds !== undefined ? ` --grace-period=${target.gracePeriodSeconds}` : ''}`,
      );
      sim.delete(target.name, { gracePeriodSeconds: target.gracePeriodSeconds });
    }
    if (s.exec) lines.push(...execLines(sim, name, s.exec));
  }
  sim.advanceTo(scenario.until);
  return lines.join('\n') + '\n';
}
