// Turns a ```check block's YAML into a typed Check, rejecting unknown keys and wrong types with
// the line they sit on, so a typo in a lesson fails the build instead of a step that never passes.

import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Check, PodCheck, ProbeKind, RanCheck } from './check-types';
import { parseFieldPath, type FieldExpectation, type FieldValue } from './file-fields';
import { LessonError } from './types';

interface Ctx {
  file: string;
  /** Line in the lesson file of the block's first YAML line. */
  base: number;
  lines: LineCounter;
}

const PROBE_KINDS: ProbeKind[] = ['httpGet', 'tcpSocket', 'exec', 'grpc', 'any'];

function lineOf(ctx: Ctx, node: Node | Pair | null | undefined): number {
  const range =
    node && 'range' in node ? node.range : node && 'key' in node ? (node.key as Node | null)?.range : undefined;
  if (!range) return ctx.base;
  return ctx.base + ctx.lines.linePos(range[0]).line - 1;
}

function fail(ctx: Ctx, node: Node | Pair | null | undefined, message: string): never {
  throw new LessonError(ctx.file, lineOf(ctx, node), message);
}

/** A map's entries as key → value node, refusing non-string keys. */
function entries(ctx: Ctx, node: Node): Map<string, { key: Node; value: Node | null }> {
  if (!isMap(node)) fail(ctx, node, 'check: expected a mapping such as "pod: kuard"');
  const out = new Map<string, { key: Node; value: Node | null }>();
  for (const pair of node.items) {
    const key = pair.key as Node;
    if (!isScalar(key) || typeof key.value !== 'string') fail(ctx, key, 'check: keys must be plain words');
    out.set(key.value, { key, value: (pair.value as Node | null) ?? null });
  }
  return out;
}

function str(ctx: Ctx, node: Node | null, field: string): string {
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
    fail(ctx, node ?? undefined, `check: ${field} must be a string`);
  }
  return String(node.value);
}

function bool(ctx: Ctx, node: Node | null, field: string): boolean {
  if (!isScalar(node) || typeof node.value !== 'boolean')
    fail(ctx, node ?? undefined, `check: ${field} must be true or false`);
  return node.value;
}

function int(ctx: Ctx, node: Node | null, field: string): number {
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < 0) {
    fail(ctx, node ?? undefined, `check: ${field} must be a whole number ≥ 0`);
  }
  return node.value;
}

function strList(ctx: Ctx, node: Node | null, field: string): string[] {
  if (isScalar(node)) return [str(ctx, node, field)];
  if (!isSeq(node)) fail(ctx, node ?? undefined, `check: ${field} must be a string or a list of strings`);
  return node.items.map((item) => str(ctx, item as Node, field));
}

function strMap(ctx: Ctx, node: Node | null, field: string): Record<string, string> {
  if (!node) fail(ctx, undefined, `check: ${field} needs a mapping`);
  const out: Record<string, string> = {};
  for (const [k, v] of entries(ctx, node)) out[k] = str(ctx, v.value, `${field}.${k}`);
  return out;
}

function probe(ctx: Ctx, node: Node | null, field: string): ProbeKind {
  const value = str(ctx, node, field);
  if (!(PROBE_KINDS as string[]).includes(value))
    fail(ctx, node, `check: ${field} must be one of ${PROBE_KINDS.join(', ')}`);
  return value as ProbeKind;
}

function rejectUnknown(ctx: Ctx, map: Map<string, { key: Node }>, kind: string, known: readonly string[]): void {
  for (const [k, { key }] of map) {
    if (!known.includes(k)) fail(ctx, key, `check: unknown field "${k}" for ${kind} (known: ${known.join(', ')})`);
  }
}

const POD_FIELDS = [
  'pod',
  'namespace',
  'exists',
  'phase',
  'status',
  'ready',
  'restarts',
  'lastTerminated',
  'terminating',
  'scheduled',
  'node',
  'qosClass',
  'container',
  'image',
  'livenessProbe',
  'readinessProbe',
  'volumes',
  'requests',
  'limits',
  'containers',
] as const;

function podCheck(ctx: Ctx, node: Node, map: Map<string, { key: Node; value: Node | null }>): PodCheck {
  rejectUnknown(ctx, map, 'pod', POD_FIELDS);
  const v = (k: string) => map.get(k)?.value ?? null;
  const check: PodCheck = {
    kind: 'pod',
    line: lineOf(ctx, node),
    name: str(ctx, v('pod'), 'pod'),
    namespace: map.has('namespace') ? str(ctx, v('namespace'), 'namespace') : 'default',
  };
  if (map.has('exists')) check.exists = bool(ctx, v('exists'), 'exists');
  if (map.has('phase')) check.phase = str(ctx, v('phase'), 'phase');
  if (map.has('status')) check.status = str(ctx, v('status'), 'status');
  if (map.has('ready')) check.ready = bool(ctx, v('ready'), 'ready');
  if (map.has('restarts')) check.restarts = int(ctx, v('restarts'), 'restarts');
  if (map.has('lastTerminated')) check.lastTerminated = str(ctx, v('lastTerminated'), 'lastTerminated');
  if (map.has('terminating')) check.terminating = bool(ctx, v('terminating'), 'terminating');
  if (map.has('scheduled')) check.scheduled = bool(ctx, v('scheduled'), 'scheduled');
  if (map.has('node')) check.node = str(ctx, v('node'), 'node');
  if (map.has('qosClass')) check.qosClass = str(ctx, v('qosClass'), 'qosClass');
  if (map.has('container')) check.container = str(ctx, v('container'), 'container');
  if (map.has('image')) check.image = str(ctx, v('image'), 'image');
  if (map.has('livenessProbe')) check.livenessProbe = probe(ctx, v('livenessProbe'), 'livenessProbe');
  if (map.has('readinessProbe')) check.readinessProbe = probe(ctx, v('readinessProbe'), 'readinessProbe');
  if (map.has('requests')) check.requests = strMap(ctx, v('requests'), 'requests');
  if (map.has('limits')) check.limits = strMap(ctx, v('limits'), 'limits');
  if (map.has('containers')) check.containers = int(ctx, v('containers'), 'containers');
  if (map.has('volumes')) {
    const list = v('volumes');
    if (!isSeq(list)) fail(ctx, list ?? node, 'check: volumes must be a list of {name, type}');
    check.volumes = list.items.map((item) => {
      const m = entries(ctx, item as Node);
      rejectUnknown(ctx, m, 'volumes entry', ['name', 'type']);
      const type = m.get('type')?.value;
      return {
        name: str(ctx, m.get('name')?.value ?? null, 'volumes.name'),
        ...(type ? { type: str(ctx, type, 'volumes.type') } : {}),
      };
    });
  }
  if (check.exists === false && map.size > 2 + (map.has('namespace') ? 1 : 0)) {
    fail(ctx, node, 'check: "exists: false" cannot be combined with other pod conditions');
  }
  return check;
}

function flagAlternatives(ctx: Ctx, node: Node | null): string[][] {
  return strList(ctx, node, 'flags').map((entry) => {
    const alts = entry.split('|').map((s) => s.trim());
    if (alts.some((a) => !a.startsWith('-'))) fail(ctx, node, `check: flag "${entry}" must start with "-"`);
    return alts;
  });
}

const RAN_FIELDS = [
  'ran',
  'args',
  'flags',
  'exitCode',
  'outputContains',
  'afterRestartOf',
  'after',
  'without',
] as const;

/** A ran condition given as the value of `after:` or `without:`: a mapping that starts with `ran:`. */
function nestedRan(ctx: Ctx, node: Node | null, field: string): RanCheck {
  if (!isMap(node))
    fail(
      ctx,
      node ?? undefined,
      `check: ${field} needs a ran condition such as "{ran: kubectl apply, args: [kuard-pod.yaml]}"`,
    );
  const map = entries(ctx, node);
  if (!map.has('ran')) fail(ctx, node, `check: ${field} takes ran conditions (a mapping that starts with "ran:")`);
  return ranCheck(ctx, node, map);
}

function ranCheck(ctx: Ctx, node: Node, map: Map<string, { key: Node; value: Node | null }>): RanCheck {
  rejectUnknown(ctx, map, 'ran', RAN_FIELDS);
  const v = (k: string) => map.get(k)?.value ?? null;
  const command = str(ctx, v('ran'), 'ran').trim().split(/\s+/);
  const exit = v('exitCode');
  let without: RanCheck[] | undefined;
  if (map.has('without')) {
    const list = v('without');
    const items = isSeq(list) ? (list.items as Node[]) : [list];
    if (items.length === 0) fail(ctx, list ?? node, 'check: without needs at least one ran condition');
    without = items.map((item) => nestedRan(ctx, item, 'without'));
  }
  return {
    kind: 'ran',
    line: lineOf(ctx, node),
    command,
    args: map.has('args') ? strList(ctx, v('args'), 'args') : [],
    flags: map.has('flags') ? flagAlternatives(ctx, v('flags')) : [],
    exitCode: !map.has('exitCode') ? 0 : isScalar(exit) && exit.value === 'any' ? null : int(ctx, exit, 'exitCode'),
    ...(map.has('outputContains') ? { outputContains: str(ctx, v('outputContains'), 'outputContains') } : {}),
    ...(map.has('afterRestartOf') ? { afterRestartOf: str(ctx, v('afterRestartOf'), 'afterRestartOf') } : {}),
    ...(map.has('after') ? { after: nestedRan(ctx, v('after'), 'after') } : {}),
    ...(without ? { without } : {}),
  };
}

/** `fields:` of a file check: `path.to[0].field: value`, each path well formed, each value a plain scalar. */
function fieldList(ctx: Ctx, node: Node | null): FieldExpectation[] {
  if (!node) fail(ctx, undefined, 'check: fields needs a mapping such as "kind: Pod"');
  return [...entries(ctx, node)].map(([path, { key, value }]) => {
    if (!parseFieldPath(path)) fail(ctx, key, `check: "${path}" is not a field path such as spec.containers[0].image`);
    if (!isScalar(value) || !['string', 'number', 'boolean'].includes(typeof value.value))
      fail(ctx, value ?? key, `check: fields.${path} must be a string, a number or true/false`);
    return { path, value: value.value as FieldValue };
  });
}

/** Takes the `goal:` words off a condition's mapping, so the rest parses as before. */
function withoutGoal(ctx: Ctx, node: Node): { node: Node; goal?: string } {
  if (!isMap(node)) return { node };
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === 'goal');
  if (!pair) return { node };
  const goal = str(ctx, (pair.value as Node | null) ?? null, 'goal');
  const copy = node.clone() as typeof node;
  copy.items = copy.items.filter((p) => !(isScalar(p.key) && p.key.value === 'goal'));
  return { node: copy, goal };
}

function toCheck(ctx: Ctx, raw: Node | null): Check {
  if (!raw) fail(ctx, undefined, 'check: empty condition');
  const { node, goal } = withoutGoal(ctx, raw);
  const check = toBareCheck(ctx, node);
  return goal === undefined ? check : { ...check, goal };
}

function toBareCheck(ctx: Ctx, node: Node | null): Check {
  if (!node) fail(ctx, undefined, 'check: empty condition');
  if (isSeq(node)) {
    if (node.items.length === 0) fail(ctx, node, 'check: an empty list never tells anything');
    return { kind: 'all', of: node.items.map((item) => toCheck(ctx, item as Node)), line: lineOf(ctx, node) };
  }
  const map = entries(ctx, node);
  const v = (k: string) => map.get(k)?.value ?? null;
  const line = lineOf(ctx, node);
  if (map.has('all') || map.has('any')) {
    const key = map.has('all') ? 'all' : 'any';
    rejectUnknown(ctx, map, key, [key]);
    const list = v(key);
    if (!isSeq(list) || list.items.length === 0) fail(ctx, list ?? node, `check: ${key} needs a non-empty list`);
    return { kind: key, of: list.items.map((item) => toCheck(ctx, item as Node)), line };
  }
  if (map.has('not')) {
    rejectUnknown(ctx, map, 'not', ['not']);
    return { kind: 'not', of: toCheck(ctx, v('not')), line };
  }
  if (map.has('pod')) return podCheck(ctx, node, map);
  if (map.has('event')) {
    rejectUnknown(ctx, map, 'event', ['event', 'object', 'namespace', 'messageContains']);
    return {
      kind: 'event',
      line,
      reason: str(ctx, v('event'), 'event'),
      namespace: map.has('namespace') ? str(ctx, v('namespace'), 'namespace') : 'default',
      ...(map.has('object') ? { object: str(ctx, v('object'), 'object') } : {}),
      ...(map.has('messageContains') ? { messageContains: str(ctx, v('messageContains'), 'messageContains') } : {}),
    };
  }
  if (map.has('ran')) return ranCheck(ctx, node, map);
  if (map.has('file')) {
    rejectUnknown(ctx, map, 'file', ['file', 'exists', 'contains', 'fields']);
    return {
      kind: 'file',
      line,
      name: str(ctx, v('file'), 'file'),
      ...(map.has('exists') ? { exists: bool(ctx, v('exists'), 'exists') } : {}),
      contains: map.has('contains') ? strList(ctx, v('contains'), 'contains') : [],
      fields: map.has('fields') ? fieldList(ctx, v('fields')) : [],
    };
  }
  if (map.has('pvc')) {
    rejectUnknown(ctx, map, 'pvc', ['pvc', 'namespace', 'exists', 'phase']);
    return {
      kind: 'pvc',
      line,
      name: str(ctx, v('pvc'), 'pvc'),
      namespace: map.has('namespace') ? str(ctx, v('namespace'), 'namespace') : 'default',
      ...(map.has('exists') ? { exists: bool(ctx, v('exists'), 'exists') } : {}),
      ...(map.has('phase') ? { phase: str(ctx, v('phase'), 'phase') } : {}),
    };
  }
  if (map.has('pv')) {
    rejectUnknown(ctx, map, 'pv', ['pv', 'exists', 'phase']);
    return {
      kind: 'pv',
      line,
      name: str(ctx, v('pv'), 'pv'),
      ...(map.has('exists') ? { exists: bool(ctx, v('exists'), 'exists') } : {}),
      ...(map.has('phase') ? { phase: str(ctx, v('phase'), 'phase') } : {}),
    };
  }
  if (map.has('quiz')) {
    rejectUnknown(ctx, map, 'quiz', ['quiz']);
    if (str(ctx, v('quiz'), 'quiz') !== 'answered') fail(ctx, v('quiz'), 'check: quiz takes the value "answered"');
    return { kind: 'quiz', line };
  }
  const first = [...map.values()][0];
  fail(
    ctx,
    first?.key ?? node,
    `check: a condition starts with one of pod, event, ran, file, pvc, pv, quiz, all, any, not`,
  );
}

/** Parses a check block. `firstLine` is the file line of the block's first content line. */
export function parseCheck(text: string, file: string, firstLine: number): Check {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const ctx: Ctx = { file, base: firstLine, lines };
  const err = doc.errors[0];
  if (err)
    throw new LessonError(file, firstLine + (err.linePos?.[0]?.line ?? 1) - 1, `check: ${err.message.split('\n')[0]}`);
  return toCheck(ctx, doc.contents);
}
