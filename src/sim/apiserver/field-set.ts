// Sets of field paths, and the comparison of two objects that says which fields a write added,
// changed or removed: what sigs.k8s.io/structured-merge-diff v4 does for the API server's field
// manager (fieldpath/set.go, typed/compare.go), over the types in openapi/field-schema.json.
//
// A path element is written as FieldsV1 writes it: `f:name` for a struct field or map key,
// `k:{"name":"kuard"}` for an item of a list keyed by its fields, `v:"x"` for an item of a set.
import schemaJson from '../openapi/field-schema.json';
import { stableJson } from './pod-update';

const SCHEMA = schemaJson as Record<string, Record<string, string>>;

/** A node of a path set: `member` when the path itself is in the set. */
export interface FieldSet {
  member: boolean;
  children: Map<string, FieldSet>;
}

export function emptySet(): FieldSet {
  return { member: false, children: new Map() };
}

export function insertPath(set: FieldSet, path: readonly string[]): void {
  let node = set;
  for (const element of path) {
    let next = node.children.get(element);
    if (!next) node.children.set(element, (next = emptySet()));
    node = next;
  }
  node.member = true;
}

export function isEmptySet(set: FieldSet): boolean {
  return !set.member && set.children.size === 0;
}

export function union(a: FieldSet, b: FieldSet): FieldSet {
  const out: FieldSet = { member: a.member || b.member, children: new Map() };
  for (const [key, child] of a.children) {
    const other = b.children.get(key);
    out.children.set(key, other ? union(child, other) : child);
  }
  for (const [key, child] of b.children) if (!a.children.has(key)) out.children.set(key, child);
  return out;
}

/** The paths of `a` that are not paths of `b` (fieldpath.Set.Difference: exact paths only). */
export function difference(a: FieldSet, b: FieldSet): FieldSet {
  const out: FieldSet = { member: a.member && !b.member, children: new Map() };
  for (const [key, child] of a.children) {
    const other = b.children.get(key);
    const rest = other ? difference(child, other) : child;
    if (!isEmptySet(rest)) out.children.set(key, rest);
  }
  return out;
}

export function intersection(a: FieldSet, b: FieldSet): FieldSet {
  const out: FieldSet = { member: a.member && b.member, children: new Map() };
  for (const [key, child] of a.children) {
    const other = b.children.get(key);
    if (!other) continue;
    const both = intersection(child, other);
    if (!isEmptySet(both)) out.children.set(key, both);
  }
  return out;
}

/** `set` without the paths under any of `prefixes`, and without the prefixes themselves. */
export function withoutSubtrees(set: FieldSet, prefixes: readonly (readonly string[])[]): FieldSet {
  let out = set;
  for (const prefix of prefixes) out = dropSubtree(out, prefix, 0);
  return out;
}

function dropSubtree(set: FieldSet, prefix: readonly string[], depth: number): FieldSet {
  const key = prefix[depth]!;
  const child = set.children.get(key);
  if (!child) return set;
  const children = new Map(set.children);
  if (depth === prefix.length - 1) children.delete(key);
  else {
    const rest = dropSubtree(child, prefix, depth + 1);
    if (isEmptySet(rest)) children.delete(key);
    else children.set(key, rest);
  }
  return { member: set.member, children };
}

export type FieldsV1 = { [element: string]: FieldsV1 };

/** FieldsV1 JSON: a member that also has children gets a "." entry. */
export function toFieldsV1(set: FieldSet): FieldsV1 {
  const out: FieldsV1 = {};
  if (set.member && set.children.size > 0) out['.'] = {};
  for (const key of [...set.children.keys()].sort(comparePathElements)) out[key] = toFieldsV1(set.children.get(key)!);
  return out;
}

export function fromFieldsV1(json: unknown): FieldSet {
  const set = emptySet();
  if (!json || typeof json !== 'object') return set;
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (key === '.') set.member = true;
    else {
      const child = fromFieldsV1(value);
      if (child.children.size === 0) child.member = true;
      set.children.set(key, child);
    }
  }
  return set;
}

// fieldpath.PathElement.Compare: field names, then keys, then values.
const ELEMENT_RANK: Record<string, number> = { f: 0, k: 1, v: 2, i: 3 };
function comparePathElements(a: string, b: string): number {
  const rank = (ELEMENT_RANK[a[0]!] ?? 4) - (ELEMENT_RANK[b[0]!] ?? 4);
  if (rank !== 0) return rank;
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Comparison {
  added: FieldSet;
  modified: FieldSet;
  removed: FieldSet;
}

type Json = unknown;

/**
 * Which fields `next` adds, changes and removes relative to `previous`, both objects of `kind`
 * (typed/compare.go). Atomic values and empty ones are single fields; a map, struct or list
 * that appears or disappears is itself a field besides its members.
 */
export function compareObjects(kind: string, previous: Json, next: Json): Comparison {
  const result: Comparison = { added: emptySet(), modified: emptySet(), removed: emptySet() };
  compareValues(result, [], kind, previous, next);
  return result;
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function compareLeaf(result: Comparison, path: string[], previous: Json, next: Json): void {
  if (previous === undefined) insertPath(result.added, path);
  else if (next === undefined) insertPath(result.removed, path);
  else if (previous !== next && stableJson(previous) !== stableJson(next)) insertPath(result.modified, path);
}

function compareValues(result: Comparison, path: string[], type: string, previous: Json, next: Json): void {
  // A member set to undefined is absent, as it is in JSON.
  if (previous === undefined && next === undefined) return;
  if (type === 's') return compareLeaf(result, path, previous, next);
  if (type.startsWith('[')) {
    const bar = type.lastIndexOf('|');
    const element = type.slice(1, bar);
    const keys = type
      .slice(bar + 1, -1)
      .split(',')
      .filter(Boolean);
    const before = Array.isArray(previous) ? previous : [];
    const after = Array.isArray(next) ? next : [];
    if (before.length === 0 && after.length === 0) return compareLeaf(result, path, previous, next);
    const items = new Map<string, [Json, Json]>();
    for (const item of before) items.set(itemElement(item, keys), [item, undefined]);
    for (const item of after) {
      const element = itemElement(item, keys);
      items.set(element, [items.get(element)?.[0], item]);
    }
    for (const [key, [a, b]] of items) compareValues(result, [...path, key], element, a, b);
  } else {
    const fields = type.startsWith('{') ? undefined : SCHEMA[type];
    const element = type.startsWith('{') ? type.slice(1, -1) : 's';
    const before = isObject(previous) ? previous : {};
    const after = isObject(next) ? next : {};
    const beforeKeys = Object.keys(before);
    const afterKeys = Object.keys(after);
    if (beforeKeys.length === 0 && afterKeys.length === 0) return compareLeaf(result, path, previous, next);
    for (const key of new Set([...beforeKeys, ...afterKeys])) {
      // The field manager's own bookkeeping is never a managed field.
      if (type === 'ObjectMeta' && key === 'managedFields') continue;
      compareValues(result, [...path, `f:${key}`], fields ? (fields[key] ?? 's') : element, before[key], after[key]);
    }
  }
  if (path.length === 0) return;
  if (previous === undefined) insertPath(result.added, path);
  else if (next === undefined) insertPath(result.removed, path);
}

function itemElement(item: Json, keys: readonly string[]): string {
  if (keys.length === 0) return `v:${JSON.stringify(item)}`;
  const fields = isObject(item) ? item : {};
  const present = [...keys].sort().filter((k) => fields[k] !== undefined);
  return `k:{${present.map((k) => `${JSON.stringify(k)}:${JSON.stringify(fields[k])}`).join(',')}}`;
}
