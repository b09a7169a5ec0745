// The JSON half of the reference printers, and printObjects as it was before the fast paths:
// tests compare the fast printers with these straightforward ones.

import type { KubeObject } from '../../../sim/api';
import type { PrintObjectsOptions } from '../objects';
import { referenceToYaml } from './reference-printers';

/** Go's json.MarshalIndent(v, "", "    ") plus the newline kubectl adds. */
export function referenceToGoJson(value: unknown): string {
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
  if (value === null || typeof value !== 'object')
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
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

function prepare(obj: KubeObject, showManagedFields: boolean): unknown {
  if (showManagedFields || !obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _hidden, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** printObjects as it was: the document built whole, then printed by the generic printers. */
export function referencePrintObjects(
  objects: KubeObject[],
  format: 'yaml' | 'json',
  opts: PrintObjectsOptions = {},
): string {
  const items = objects.map((o) => prepare(o, Boolean(opts.showManagedFields)));
  const doc =
    !opts.asList && items.length === 1
      ? items[0]
      : { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
  return format === 'yaml' ? referenceToYaml(doc) : referenceToGoJson(doc);
}
