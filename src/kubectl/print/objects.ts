// `-o yaml`, `-o json` and `-o name`. kubectl prints what the server returned, decoded into
// generic maps: so keys come out sorted (encoding/json sorts map keys bytewise; go-yaml uses its
// own natural order, see yaml.ts), JSON is indented by 4 spaces, and several objects (or any
// list request) are wrapped in a `kind: List`.

import type { Kind, KubeObject } from '../../sim/api';
import { RESOURCE_NAMES } from './columns';
import { toYaml } from './yaml';

export interface PrintObjectsOptions {
  /** A list request (`get pods`) prints a List even for one item; `get pod kuard` prints the object. */
  asList?: boolean;
  /** kubectl hides metadata.managedFields unless --show-managed-fields. */
  showManagedFields?: boolean;
}


function prepare(obj: KubeObject, showManagedFields: boolean): unknown {
  if (showManagedFields || !obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _hidden, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** The documents kubectl would print: the object itself, or a List wrapping all of them. */
export function printable(objects: KubeObject[], opts: PrintObjectsOptions = {}): unknown {
  const items = objects.map((o) => prepare(o, Boolean(opts.showManagedFields)));
  if (!opts.asList && items.length === 1) return items[0];
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

export function printObjects(objects: KubeObject[], format: 'yaml' | 'json', opts: PrintObjectsOptions = {}): string {
  const doc = printable(objects, opts);
  return format === 'yaml' ? toYaml(doc) : toGoJson(doc);
}

/** `-o name`: `pod/kuard`, one per line. */
export function printNames(kind: Kind, objects: KubeObject[]): string {
  let text = '';
  for (const obj of objects) text += `${RESOURCE_NAMES[kind]}/${obj.metadata?.name ?? ''}\n`;
  return text;
}

/** Go's json.MarshalIndent(v, "", "    ") plus the newline kubectl adds. */
export function toGoJson(value: unknown): string {
  // JSON.stringify indents exactly as MarshalIndent does ("key": value, {} and [] when empty);
  // what differs is key order (Go sorts map keys) and the HTML-safe escapes Go adds.
  const text = JSON.stringify(sortKeysDeep(value ?? null), null, 4) ?? 'null';
  return (HTML_UNSAFE.test(text) ? text.replace(HTML_UNSAFE_GLOBAL, escapeHtmlUnsafe) : text) + '\n';
}

const HTML_UNSAFE = /[<>&\u2028\u2029]/;
const HTML_UNSAFE_GLOBAL = /[<>&\u2028\u2029]/g;
const escapeHtmlUnsafe = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeysDeep(v)));
  if (value === null || typeof value !== 'object') return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let sorted = true;
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) sorted = false;
  if (!sorted) keys.sort(byteOrder);
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = obj[k];
    if (v !== undefined && typeof v !== 'function') out[k] = sortKeysDeep(v);
  }
  return out;
}

// encoding/json sorts map keys by their UTF-8 bytes; for the BMP that is code-point order.
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
