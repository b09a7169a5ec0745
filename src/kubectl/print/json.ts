// `kubectl -o json`: Go's json.MarshalIndent(v, "", "    ") of the decoded object, plus the
// newline kubectl adds. Map keys come out sorted (encoding/json sorts them bytewise, which for
// the BMP is code-unit order), and Go escapes <, >, &, U+2028 and U+2029 as \u00XX.
//
// Written directly rather than by sorting a deep copy for JSON.stringify: each shape's key
// order and "\n<indent>"key": " pieces are worked out once (key-shapes.ts), each distinct
// string is quoted once. The output is what the earlier JSON.stringify-based printer gave,
// including its quirks: keys that are array indices ("0", "42") come first in numeric order
// (the order a JavaScript object enumerates them), and a "__proto__" key is dropped.

import { ShapeTrie, positionsOf, spaces } from './key-shapes';
import { MEMO_MAX_ITEMS, recall, remember } from './memo';

const HTML_UNSAFE = /[<>&\u2028\u2029]/;
const HTML_UNSAFE_GLOBAL = /[<>&\u2028\u2029]/g;
const escapeHtmlUnsafe = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A string as Go's encoder writes it. */
function quote(s: string): string {
  const text = JSON.stringify(s);
  return HTML_UNSAFE.test(text) ? text.replace(HTML_UNSAFE_GLOBAL, escapeHtmlUnsafe) : text;
}

const QUOTED = new Map<string, string>();
const QUOTED_LIMIT = 20_000;

function quoted(s: string): string {
  let text = QUOTED.get(s);
  if (text === undefined) {
    text = quote(s);
    if (QUOTED.size > QUOTED_LIMIT) QUOTED.clear();
    QUOTED.set(s, text);
  }
  return text;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A shape's keys in print order, and the text before each member's value, per depth. */
class JsonShape {
  private pieces: (string[] | undefined)[] = [];
  readonly order: number[];

  constructor(private readonly keys: readonly string[]) {
    let sorted = [...keys].sort(byCodeUnits);
    // An object built in sorted order enumerates array-index keys first, ascending: ask one.
    if (sorted.some((k) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57)) {
      const probe: Record<string, true> = {};
      for (const k of sorted) probe[k] = true;
      sorted = Object.keys(probe);
    }
    this.order = positionsOf(keys, sorted);
  }

  at(depth: number): string[] {
    let pieces = this.pieces[depth];
    if (pieces === undefined) {
      const pad = spaces(4 * (depth + 1));
      pieces = this.order.map((pos, i) => `${i === 0 ? '\n' : ',\n'}${pad}${quote(this.keys[pos]!)}: `);
      this.pieces[depth] = pieces;
    }
    return pieces;
  }
}

const SHAPES = new ShapeTrie<JsonShape>();
const hasOwn = Object.prototype.hasOwnProperty;
const CLOSE_MAP: string[] = [];
const CLOSE_LIST: string[] = [];
const ITEM_SEPARATORS: string[] = [];

// Members' values for the objects being written, in insertion order (nested objects above their parent's).
const VALUES: unknown[] = [];
let top = 0;

/** Members JSON prints: not undefined, functions or symbols, and not "__proto__" (see above). */
function printable(k: string, v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol' && k !== '__proto__';
}

function shapeFor(obj: Record<string, unknown>): JsonShape {
  const keys: string[] = [];
  for (const k in obj) if (hasOwn.call(obj, k) && printable(k, obj[k])) keys.push(k);
  return new JsonShape(keys);
}

class JsonWriter {
  out = '';

  constructor() {
    top = 0; // one document at a time; a write that threw left nothing worth keeping
  }

  value(value: unknown, depth: number): void {
    switch (typeof value) {
      case 'string':
        this.out += quoted(value);
        return;
      case 'number':
        this.out += Number.isFinite(value) ? String(value) : 'null';
        return;
      case 'boolean':
        this.out += value ? 'true' : 'false';
        return;
      case 'bigint':
        throw new TypeError('Do not know how to serialize a BigInt');
      case 'object':
        if (value === null) this.out += 'null';
        else if (Array.isArray(value)) this.list(value, depth);
        else this.map(value as Record<string, unknown>, depth);
        return;
      default:
        // undefined, functions and symbols: JSON's null (they never reach here as members).
        this.out += 'null';
    }
  }

  private list(list: readonly unknown[], depth: number): void {
    if (list.length === 0) {
      this.out += '[]';
      return;
    }
    const separator = (ITEM_SEPARATORS[depth] ??= `,\n${spaces(4 * (depth + 1))}`);
    this.out += `[${separator.slice(1)}`;
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.out += separator;
      this.value(list[i], depth + 1);
    }
    this.out += CLOSE_LIST[depth] ??= `\n${spaces(4 * depth)}]`;
  }

  private map(obj: Record<string, unknown>, depth: number): void {
    const base = top;
    let node = SHAPES.root;
    let n = base;
    for (const k in obj) {
      if (!hasOwn.call(obj, k)) continue;
      const v = obj[k];
      if (!printable(k, v)) continue;
      VALUES[n++] = v;
      node = node.child(k);
    }
    if (n === base) {
      this.out += '{}';
      return;
    }
    top = n;
    const shape = (node.data ??= shapeFor(obj));
    const pieces = shape.at(depth);
    const order = shape.order;
    this.out += '{';
    for (let i = 0; i < order.length; i++) {
      this.out += pieces[i]!;
      this.value(VALUES[base + order[i]!], depth + 1);
    }
    this.out += CLOSE_MAP[depth] ??= `\n${spaces(4 * depth)}}`;
    top = base;
  }

  /** An object at `depth`, reused from the memo while unchanged. */
  item(item: unknown, depth: number, context: string, memo: boolean): void {
    if (!memo || item === null || typeof item !== 'object' || Array.isArray(item)) return this.value(item, depth);
    const known = recall(context, item);
    if (known !== undefined) {
      this.out += known.text;
      return;
    }
    const saved = this.out;
    this.out = '';
    this.value(item, depth);
    const text = this.out;
    this.out = saved + text;
    remember(context, item, { text, column: 0, atLineStart: false });
  }

  finish(): string {
    VALUES.length = top = 0; // let go of the printed objects
    return `${this.out}\n`;
  }
}

/** Go's json.MarshalIndent(v, "", "    ") plus the newline kubectl adds. */
export function toGoJson(value: unknown): string {
  const writer = new JsonWriter();
  writer.value(value ?? null, 0);
  return writer.finish();
}

/** One object as its own document (`kubectl get pod kuard -o json`). */
export function jsonDocument(obj: unknown): string {
  const writer = new JsonWriter();
  writer.item(obj, 0, 'json-doc', true);
  return writer.finish();
}

/** The List kubectl prints for a list request: the same text as toGoJson(printable(...)). */
export function jsonList(items: readonly unknown[]): string {
  if (items.length === 0)
    return '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n';
  const memo = items.length <= MEMO_MAX_ITEMS;
  const writer = new JsonWriter();
  writer.out = '{\n    "apiVersion": "v1",\n    "items": [\n        ';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) writer.out += ',\n        ';
    writer.item(items[i], 2, 'json-item', memo);
  }
  writer.out += '\n    ],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}';
  return writer.finish();
}

/**
 * A typed Go object as encoding/json writes it: fields in the struct's order (the order the
 * object was built in), not sorted, as kubectl prints an object it made itself (`create
 * namespace --dry-run=client -o json`, `run --dry-run=client -o json`).
 */
export function toGoJsonInFieldOrder(value: unknown, indent = '    '): string {
  const text = JSON.stringify(value ?? null, null, indent) ?? 'null';
  return `${HTML_UNSAFE.test(text) ? text.replace(HTML_UNSAFE_GLOBAL, escapeHtmlUnsafe) : text}\n`;
}
