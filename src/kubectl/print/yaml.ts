// `kubectl -o yaml`: kubectl marshals objects to JSON and converts the JSON to YAML with
// sigs.k8s.io/yaml, i.e. go-yaml v2's encoder. What that means for the text: keys in go-yaml's
// natural order, 2-space indentation, sequences not indented under their key, `{}`/`[]` for
// empty collections, scalar styles from yaml-scalars.ts, and long plain/quoted strings folded
// at the first space past column 80 (go-yaml's best_width).
//
// Speed (1,000 Pods in a few milliseconds) comes from doing per shape and per string
// what would otherwise be done per object and per line: an object's sorted keys, and each key's
// "\n<indent>key:" text, come from its shape (key-shapes.ts); each distinct string's rendered
// text and the columns at which it can be written as it is come from a cache. Only text that
// may fold at column 80 goes through the character-by-character writers (yaml-fold.ts).

import { ShapeTrie, positionsOf, spaces } from './key-shapes';
import { MEMO_MAX_ITEMS, type Rendered, recall, remember } from './memo';
import { type Json, sortedKeys } from './yaml-order';
import { type ScalarInfo, YamlOut, foldNextLines, keyText, scalarInfo, writeFolded } from './yaml-fold';
import { goFloat } from './yaml-scalars';

/** A shape's keys in go-yaml's order, and the text that starts each key's line, per indent. */
class YamlShape {
  private lines: (KeyLines | undefined)[] = [];

  constructor(
    /** Insertion positions, in the order the keys are printed. */
    readonly order: readonly number[],
    private readonly sorted: readonly string[],
  ) {}

  at(indent: number): KeyLines {
    return (this.lines[indent] ??= new KeyLines(this.sorted, indent));
  }
}

class KeyLines {
  /** "key:" and "key: " (the first key is written where the writer stands). */
  readonly bare: string[];
  readonly spaced: string[];
  /** "\n<indent>key:" and "\n<indent>key: " for the keys after the first. */
  readonly lineBare: string[];
  readonly lineSpaced: string[];

  constructor(keys: readonly string[], indent: number) {
    // A key's text depends on its indent only when it holds U+2028/U+2029 (a line break inside
    // a single-quoted key): work it out per indent, like everything here.
    this.bare = keys.map((k) => keyText(k, indent + 2));
    this.spaced = this.bare.map((t) => `${t} `);
    const pad = `\n${spaces(indent)}`;
    this.lineBare = this.bare.map((t) => pad + t);
    this.lineSpaced = this.spaced.map((t) => pad + t);
  }
}

const SHAPES = new ShapeTrie<YamlShape>();
const hasOwn = Object.prototype.hasOwnProperty;

function shapeFor(obj: { [key: string]: unknown }): YamlShape {
  const keys: string[] = [];
  for (const k in obj) {
    if (!hasOwn.call(obj, k)) continue;
    const v = obj[k];
    if (v !== undefined && typeof v !== 'function') keys.push(k);
  }
  const sorted = sortedKeys(obj as { [key: string]: Json });
  return new YamlShape(positionsOf(keys, sorted), sorted);
}

// Members' values, in insertion order, for the maps being written (a stack: a nested map's
// values sit above its parent's).
const VALUES: unknown[] = [];
let top = 0;

// Each distinct string's style and text, looked up instead of analysed again: API objects repeat
// most of theirs (field values, images, timestamps).
const SCALARS = new Map<string, ScalarInfo>();
const SCALAR_LIMIT = 20_000;

const DASH_LINES: string[] = [];
const dashLine = (indent: number): string => (DASH_LINES[indent] ??= `\n${spaces(indent)}-`);

class YamlWriter extends YamlOut {
  constructor() {
    super();
    top = 0; // one document at a time; a write that threw left nothing worth keeping
  }

  /**
   * Pushes obj's printable members onto VALUES and returns its shape, or undefined (pushing
   * nothing) when it has none. The caller pops them (top = base) when done.
   */
  private collect(obj: { [key: string]: unknown }): YamlShape | undefined {
    let node = SHAPES.root;
    let n = top;
    for (const k in obj) {
      if (!hasOwn.call(obj, k)) continue;
      const v = obj[k];
      if (v === undefined || typeof v === 'function') continue;
      VALUES[n++] = v;
      node = node.child(k);
    }
    if (n === top) return undefined;
    top = n;
    return (node.data ??= shapeFor(obj));
  }

  /** A map with members: the first key at the current position, the others at `indent`. */
  private writeMembers(shape: YamlShape, base: number, indent: number): void {
    const lines = shape.at(indent);
    const order = shape.order;
    for (let i = 0; i < order.length; i++) {
      const value = VALUES[base + order[i]!];
      const isString = typeof value === 'string';
      let piece =
        i === 0 ? (isString ? lines.spaced[0]! : lines.bare[0]!) : isString ? lines.lineSpaced[i]! : lines.lineBare[i]!;
      if (i === 0) this.column += piece.length;
      else {
        // After a literal block the writer already stands at a line start (go-yaml's indention).
        if (this.atLineStart) piece = piece.slice(1);
        this.column = indent + (isString ? lines.spaced[i]! : lines.bare[i]!).length;
      }
      this.out += piece;
      this.atLineStart = false;
      if (isString) this.writeString(value, indent + 2);
      else this.writeValue(value, indent, true);
    }
  }

  /** A sequence whose first "-" is written at the current position and the others at `indent`. */
  writeList(list: readonly unknown[], indent: number): void {
    for (let i = 0; i < list.length; i++) {
      if (i === 0) {
        this.out += '-';
        this.column += 1;
      } else {
        this.out += this.atLineStart ? dashLine(indent).slice(1) : dashLine(indent);
        this.column = indent + 1;
      }
      this.atLineStart = false;
      this.writeValue(list[i], indent, false);
    }
  }

  /** Writes a map (first key where the writer stands); false, writing nothing, when it is empty. */
  writeMap(obj: { [key: string]: unknown }, indent: number): boolean {
    const base = top;
    const shape = this.collect(obj);
    if (shape === undefined) return false;
    this.writeMembers(shape, base, indent);
    top = base;
    return true;
  }

  /**
   * Writes a value after "key:" (inMap) or "-" (list item); `indent` is the column of that key
   * or dash.
   */
  writeValue(value: unknown, indent: number, inMap: boolean): void {
    if (typeof value === 'string') {
      this.put(' ');
      return this.writeString(value, indent + 2);
    }
    if (value === undefined) return this.put(' null');
    if (Array.isArray(value)) {
      if (value.length === 0) return this.put(' []');
      if (inMap) {
        this.newline(indent);
        this.writeList(value, indent);
      } else {
        this.put(' ');
        this.writeList(value, indent + 2);
      }
      return;
    }
    if (value !== null && typeof value === 'object') {
      const base = top;
      const shape = this.collect(value as { [key: string]: unknown });
      if (shape === undefined) return this.put(' {}');
      if (inMap) this.newline(indent + 2);
      else this.put(' ');
      this.writeMembers(shape, base, indent + 2);
      top = base;
      return;
    }
    if (value === null) return this.put(' null');
    if (typeof value === 'boolean') return this.put(value ? ' true' : ' false');
    if (typeof value === 'number')
      return this.put(` ${Number.isInteger(value) && Math.abs(value) < 1e21 ? String(value) : goFloat(value)}`);
    this.put(' ');
    this.writeString(value as string, indent + 2);
  }

  /** A string value: as it is when it fits where the writer stands, else folded or as a block. */
  private writeString(value: string, indent: number): void {
    let info = SCALARS.get(value);
    if (info === undefined) {
      info = scalarInfo(value.includes('\u0085') ? foldNextLines(value) : value);
      if (SCALARS.size > SCALAR_LIMIT) SCALARS.clear();
      SCALARS.set(value, info);
    }
    if (this.column <= info.limit) {
      this.out += info.text;
      this.column += info.text.length;
      this.atLineStart = false;
    } else {
      writeFolded(this, info, indent);
    }
  }

  /** An object or list item of a List, reused while the item is unchanged (memo.ts). */
  writeItem(item: unknown, memo: boolean): void {
    if (!memo || item === null || typeof item !== 'object' || Array.isArray(item))
      return this.writeValue(item, 0, false);
    const known = recall('yaml-item', item);
    if (known !== undefined) return this.replay(known);
    const saved = this.out;
    this.out = '';
    this.writeValue(item, 0, false);
    const rendered: Rendered = { text: this.out, column: this.column, atLineStart: this.atLineStart };
    this.out = saved + rendered.text;
    remember('yaml-item', item, rendered);
  }

  replay(known: Rendered): void {
    this.out += known.text;
    this.column = known.column;
    this.atLineStart = known.atLineStart;
  }

  /** The document's text, ending with a newline. */
  finish(): string {
    VALUES.length = top = 0; // let go of the printed objects
    return this.atLineStart ? this.out : `${this.out}\n`;
  }
}

/** One document, as `kubectl get -o yaml` prints it (ends with a newline). */
export function toYaml(value: unknown): string {
  const json = value ?? null;
  if (Array.isArray(json)) {
    if (json.length === 0) return '[]\n';
    const writer = new YamlWriter();
    writer.writeList(json, 0);
    return writer.finish();
  }
  if (json !== null && typeof json === 'object') {
    const writer = new YamlWriter();
    if (!writer.writeMap(json as { [key: string]: unknown }, 0)) return '{}\n';
    return writer.finish();
  }
  return `${JSON.stringify(json)}\n`;
}

/** One object as its own document (`kubectl get pod kuard -o yaml`), reused while unchanged. */
export function yamlDocument(obj: object): string {
  const known = recall('yaml-doc', obj);
  if (known !== undefined) return known.text;
  const text = toYaml(obj);
  remember('yaml-doc', obj, { text, column: 0, atLineStart: true });
  return text;
}

/** The List kubectl prints for a list request: the same text as toYaml(printable(...)). */
export function yamlList(items: readonly unknown[]): string {
  if (items.length === 0) return 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n';
  const memo = items.length <= MEMO_MAX_ITEMS;
  const writer = new YamlWriter();
  writer.put('apiVersion: v1\nitems:');
  for (let i = 0; i < items.length; i++) {
    writer.newline(0);
    writer.put('-');
    writer.writeItem(items[i], memo);
  }
  writer.newline(0);
  writer.put('kind: List\nmetadata:\n  resourceVersion: ""');
  return writer.finish();
}
