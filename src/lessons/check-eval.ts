// Decides whether a check holds now. Pure: reads the cluster through ClusterApi, the learner's
// command records, the workspace and the step's quiz answer; never changes anything.

import type { Event, PersistentVolume, PersistentVolumeClaim, Pod } from '../sim/api';
import type { ClusterApi } from '../sim/api';
import type { CommandRecord, Workspace } from '../kubectl/console-types';
import type { Check, EventCheck, FileCheck, PodCheck, ProbeKind, RanCheck } from './check-types';
import { checkFileFields } from './file-fields';
import { podStatusText } from '../kubectl/print/index';
import { quantityValue } from '../sim/index';

/** What a check may look at. The step-relative fields make "since this step began" mean something. */
export interface CheckContext {
  cluster: ClusterApi;
  workspace: Workspace;
  records: readonly CommandRecord[];
  /** Index into `records` of the first command typed in this step. */
  firstRecord: number;
  /** Events present when the step began: uid → count (a repeated event counts again when its count grows). */
  eventBaseline: ReadonlyMap<string, number>;
  /** The step's quiz was answered correctly. */
  quizAnswered: boolean;
}

export function evaluate(check: Check, ctx: CheckContext): boolean {
  switch (check.kind) {
    case 'all':
      return check.of.every((c) => evaluate(c, ctx));
    case 'any':
      return check.of.some((c) => evaluate(c, ctx));
    case 'not':
      return !evaluate(check.of, ctx);
    case 'pod':
      return podHolds(check, ctx);
    case 'event':
      return eventHolds(check, ctx);
    case 'ran':
      for (let i = ctx.records.length - 1; i >= ctx.firstRecord; i--) if (ranAt(check, i, ctx)) return true;
      return false;
    case 'file':
      return fileProblem(check, ctx) === undefined;
    case 'pvc': {
      const got = ctx.cluster.get('PersistentVolumeClaim', check.namespace, check.name);
      if (check.exists === false) return !got.ok;
      return (
        got.ok && (check.phase === undefined || (got.value as PersistentVolumeClaim).status?.phase === check.phase)
      );
    }
    case 'pv': {
      const got = ctx.cluster.get('PersistentVolume', undefined, check.name);
      if (check.exists === false) return !got.ok;
      return got.ok && (check.phase === undefined || (got.value as PersistentVolume).status?.phase === check.phase);
    }
    case 'quiz':
      return ctx.quizAnswered;
  }
}

/** Why a file check does not hold, in words for the learner; undefined when it holds. */
export function fileProblem(check: FileCheck, ctx: Pick<CheckContext, 'workspace'>): string | undefined {
  const text = ctx.workspace.read(check.name);
  if (check.exists === false) return text === undefined ? undefined : `${check.name} is still in your files`;
  if (text === undefined) return `${check.name} is not in your files yet`;
  const missing = check.contains.find((s) => !text.includes(s));
  if (missing !== undefined) return `${check.name} does not contain "${missing}"`;
  if (check.fields.length === 0) return undefined;
  const result = checkFileFields(check.name, text, check.fields);
  return result.ok ? undefined : result.problem;
}

function probeMatches(
  probe: { httpGet?: unknown; tcpSocket?: unknown; exec?: unknown; grpc?: unknown } | undefined,
  want: ProbeKind,
): boolean {
  if (!probe) return false;
  return want === 'any' ? true : probe[want] !== undefined;
}

function podHolds(check: PodCheck, ctx: CheckContext): boolean {
  const got = ctx.cluster.get('Pod', check.namespace, check.name);
  if (check.exists === false) return !got.ok;
  if (!got.ok) return false;
  const pod = got.value as Pod;
  const spec = pod.spec;
  const status = pod.status ?? {};
  const specs = (spec?.containers ?? []).filter((c) => !check.container || c.name === check.container);
  const statuses = (status.containerStatuses ?? []).filter((c) => !check.container || c.name === check.container);
  if (check.container && specs.length === 0) return false;
  const condition = (type: string) => status.conditions?.find((c) => c.type === type)?.status;

  if (check.phase !== undefined && status.phase !== check.phase) return false;
  if (check.status !== undefined && podStatusText(pod) !== check.status) return false;
  if (check.ready !== undefined && (condition('Ready') === 'True') !== check.ready) return false;
  if (check.restarts !== undefined && statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0) < check.restarts)
    return false;
  if (
    check.lastTerminated !== undefined &&
    !statuses.some((c) => c.lastState?.terminated?.reason === check.lastTerminated)
  )
    return false;
  if (check.terminating !== undefined && Boolean(pod.metadata?.deletionTimestamp) !== check.terminating) return false;
  if (check.scheduled !== undefined && (condition('PodScheduled') === 'True') !== check.scheduled) return false;
  if (check.node !== undefined && (check.node === 'any' ? !spec?.nodeName : spec?.nodeName !== check.node))
    return false;
  if (check.qosClass !== undefined && status.qosClass !== check.qosClass) return false;
  if (check.image !== undefined && !specs.some((c) => c.image === check.image)) return false;
  if (check.livenessProbe !== undefined && !specs.some((c) => probeMatches(c.livenessProbe, check.livenessProbe!)))
    return false;
  if (check.readinessProbe !== undefined && !specs.some((c) => probeMatches(c.readinessProbe, check.readinessProbe!)))
    return false;
  if (check.containers !== undefined && (spec?.containers ?? []).length < check.containers) return false;
  for (const [kind, want] of [
    ['requests', check.requests],
    ['limits', check.limits],
  ] as const) {
    if (!want) continue;
    const ok = specs.some((c) =>
      Object.entries(want).every(([res, qty]) => sameQuantity(c.resources?.[kind]?.[res], qty)),
    );
    if (!ok) return false;
  }
  for (const v of check.volumes ?? []) {
    const vol = spec?.volumes?.find((x) => x.name === v.name) as Record<string, unknown> | undefined;
    if (!vol || (v.type !== undefined && vol[v.type] === undefined)) return false;
  }
  return true;
}

/**
 * The API server stores quantities in canonical form (`cpu: 1000m` reads back as `1`, apimachinery's
 * resource.Quantity), so a check compares values, not spellings; unparsable text must match exactly.
 */
function sameQuantity(stored: unknown, wanted: string): boolean {
  const a = quantityValue(stored);
  const b = quantityValue(wanted);
  if (a === undefined || b === undefined) return stored === wanted;
  return Math.round(a * 1e9) === Math.round(b * 1e9);
}

function eventHolds(check: EventCheck, ctx: CheckContext): boolean {
  const listed = ctx.cluster.list('Event', check.namespace);
  if (!listed.ok) return false;
  return (listed.value as Event[]).some((e) => {
    if (e.reason !== check.reason) return false;
    if (check.object !== undefined && e.involvedObject.name !== check.object) return false;
    if (check.messageContains !== undefined && !(e.message ?? '').includes(check.messageContains)) return false;
    const before = ctx.eventBaseline.get(e.metadata.uid ?? e.metadata.name ?? '');
    return before === undefined || (e.count ?? 1) > before;
  });
}

/** Every event's identity and count now: taken when a step begins. */
export function eventBaseline(cluster: ClusterApi): Map<string, number> {
  const listed = cluster.list('Event', undefined);
  const out = new Map<string, number>();
  if (listed.ok)
    for (const e of listed.value as Event[]) out.set(e.metadata.uid ?? e.metadata.name ?? '', e.count ?? 1);
  return out;
}

function hasFlag(words: readonly string[], alternatives: readonly string[]): boolean {
  return words.some((w) =>
    alternatives.some((alt) => {
      if (w === alt || w.startsWith(`${alt}=`)) return w !== `${alt}=false`;
      // Short flags may be bundled ("-it") or glued to a value ("-p" alone only): match single letters in a bundle.
      return /^-[a-zA-Z]$/.test(alt) && /^-[a-zA-Z]+$/.test(w) && w.includes(alt[1]!);
    }),
  );
}

function lastRestartAt(ctx: CheckContext, podName: string): number | undefined {
  const got = ctx.cluster.get('Pod', 'default', podName);
  if (!got.ok) return undefined;
  const times = ((got.value as Pod).status?.containerStatuses ?? [])
    .map((c) => c.lastState?.terminated?.finishedAt)
    .filter((t): t is string => Boolean(t))
    .map((t) => Date.parse(t));
  return times.length ? Math.max(...times) : undefined;
}

/**
 * kubectl takes its global flags anywhere, also before the verb (`kubectl -n default get pods`):
 * drop the namespace flag and its value where it precedes the verb, so the verb lines up.
 */
function withoutGlobalFlags(argv: readonly string[]): string[] {
  const out = [argv[0] ?? ''];
  let i = 1;
  while (i < argv.length && argv[i]!.startsWith('-')) {
    const flag = argv[i]!;
    i += flag === '-n' || flag === '--namespace' ? 2 : 1;
  }
  return [...out, ...argv.slice(i)];
}

function commandMatches(check: RanCheck, record: CommandRecord, ctx: CheckContext): boolean {
  if (check.exitCode !== null && record.exitCode !== check.exitCode) return false;
  if (check.outputContains !== undefined && !record.output.includes(check.outputContains)) return false;
  const words = withoutGlobalFlags(record.argv[0] ?? []);
  if (check.command.some((w, i) => words[i] !== w)) return false;
  const rest = words.slice(check.command.length);
  if (!check.args.every((a) => rest.includes(a))) return false;
  if (!check.flags.every((alts) => hasFlag(rest, alts))) return false;
  if (check.afterRestartOf !== undefined) {
    const restart = lastRestartAt(ctx, check.afterRestartOf);
    if (restart === undefined || record.startedAt < restart) return false;
  }
  return true;
}

/**
 * Record `i` matches the ran condition, with its ordering: some earlier record of the step matches
 * `after` (recursively), and no record between them matches a `without` pattern. The latest such
 * earlier record is the one to take: it leaves the shortest gap for `without` to look at, and any
 * record that satisfies `after` satisfies it as well as another.
 */
function ranAt(check: RanCheck, i: number, ctx: CheckContext): boolean {
  if (!commandMatches(check, ctx.records[i]!, ctx)) return false;
  let from = ctx.firstRecord;
  if (check.after) {
    let j = i - 1;
    while (j >= ctx.firstRecord && !ranAt(check.after, j, ctx)) j--;
    if (j < ctx.firstRecord) return false;
    from = j + 1;
  }
  for (let k = from; k < i; k++) if (check.without?.some((w) => ranAt(w, k, ctx))) return false;
  return true;
}
