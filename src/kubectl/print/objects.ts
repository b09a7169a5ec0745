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
  return encode(value, '') + '\n';
}

function encode(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goJsonString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const inner = indent + '    ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + encode(v, inner)).join(',\n')}\n${indent}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort(byteOrder);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${inner}${goJsonString(k)}: ${encode(obj[k], inner)}`).join(',\n')}\n${indent}}`;
}

// encoding/json sorts map keys by their UTF-8 bytes; for the BMP that is code-point order.
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// encoding/json escapes <, > and & (HTML-safe by default) and U+2028/U+2029 besides the usual.
function goJsonString(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f"\\<>&\u2028\u2029]/.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    switch (ch) {
      case '"':
        out += '\\"';
        break;
      case '\\':
        out += '\\\\';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      case '<':
      case '>':
      case '&':
      case '\u2028':
      case '\u2029':
        out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
        break;
      default: {
        const code = ch.charCodeAt(0);
        out += code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
      }
    }
  }
  return out + '"';
}

