// A file check on a manifest reads it the way kubectl apply will: as YAML. It compares the parsed
// document's fields, so text that merely contains the right words (spec: indented under metadata:,
// a file that does not parse) does not pass, and when it fails it names the field that is wrong.

import { LineCounter, parseDocument } from 'yaml';

export type FieldValue = string | number | boolean;

/** One expected field: a dotted path with list indexes (`spec.containers[0].image`) and its value. */
export interface FieldExpectation {
  path: string;
  value: FieldValue;
}

type PathPart = string | number;

/** `spec.containers[0].ports[0].containerPort` → ['spec', 'containers', 0, 'ports', 0, 'containerPort']. */
export function parseFieldPath(path: string): PathPart[] | undefined {
  const parts: PathPart[] = [];
  for (const segment of path.split('.')) {
    const m = /^([A-Za-z_$][\w$-]*)((?:\[\d+\])*)$/.exec(segment);
    if (!m) return undefined;
    parts.push(m[1]!);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts;
}

function pathText(parts: readonly PathPart[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueText(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  if (v === null || v === undefined) return 'empty';
  return 'a mapping';
}

/** A value with its YAML type, for the one case where only the type is wrong (`"8080"` for `8080`). */
function describeTyped(v: unknown): string {
  return `${typeof v === 'string' ? 'the text' : typeof v === 'number' ? 'the number' : 'the value'} ${valueText(v)}`;
}

/** Where else in the document a key sits (the usual slip: a block indented one level too far). */
function findKey(node: unknown, key: string, at: PathPart[] = []): PathPart[] | undefined {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const found = findKey(node[i], key, [...at, i]);
      if (found) return found;
    }
  } else if (typeof node === 'object' && node !== null) {
    for (const [k, child] of Object.entries(node as Record<string, unknown>)) {
      if (k === key) return [...at, k];
      const found = findKey(child, key, [...at, k]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Why one field does not hold, or undefined when it does. */
function fieldProblem(doc: unknown, want: FieldExpectation): string | undefined {
  const parts = parseFieldPath(want.path) ?? [want.path];
  let node: unknown = doc;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const here = parts.slice(0, i + 1);
    if (typeof part === 'number') {
      if (!Array.isArray(node)) return `${pathText(parts.slice(0, i))} should be a list`;
      if (part >= node.length) return `${pathText(here)} is missing`;
      node = node[part];
      continue;
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      return i === 0 ? 'the file is not a mapping of fields' : `${pathText(parts.slice(0, i))} should be a mapping`;
    }
    const map = node as Record<string, unknown>;
    if (!(part in map)) {
      const elsewhere = findKey(doc, part);
      const hint = elsewhere ? ` (there is a ${part} at ${pathText(elsewhere)}: check its indentation)` : '';
      return `${pathText(here)} is missing${hint}`;
    }
    node = map[part];
  }
  if (node === want.value) return undefined;
  if (typeof node !== typeof want.value && String(node) === String(want.value)) {
    return `${want.path} is ${describeTyped(node)}, expected ${describeTyped(want.value)}`;
  }
  return `${want.path} is ${valueText(node)}, expected ${valueText(want.value)}`;
}

export type FileFieldsResult = { ok: true } | { ok: false; problem: string };

/** Parses `text` as one YAML document and compares each expected field, stopping at the first problem. */
export function checkFileFields(name: string, text: string, fields: readonly FieldExpectation[]): FileFieldsResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter: lines });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, problem: `${name} is not valid YAML${line ? ` (line ${line})` : ''}: ${message}` };
  }
  const value: unknown = doc.toJS();
  for (const want of fields) {
    const problem = fieldProblem(value, want);
    if (problem) return { ok: false, problem: `${name}: ${problem}` };
  }
  return { ok: true };
}
