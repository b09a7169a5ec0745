// The functions a kubectl go-template can call: text/template's builtins (funcs.go) and the two
// kubectl adds (cli-runtime printers/template.go: exists, base64decode), with Go's error words.
// Errors become "error calling NAME: …" at the command that called the function.

import {
  concrete,
  type Data,
  formatValue,
  fromUtf8,
  GoNumber,
  goType,
  INVALID,
  isMap,
  type NumberKind,
  numberOf,
  sprint,
  sprintf,
  sprintln,
  utf8Bytes,
  type Val,
} from './values';

export class FunctionCallError extends Error {}

/** How an argument reaches the Go function: a reflect.Value, an interface{}, or a string. */
export type ParamType = 'value' | 'any' | 'string';

export const SIGNATURES: Record<string, { params: ParamType[]; variadic?: ParamType }> = {
  and: { params: ['value'], variadic: 'value' },
  or: { params: ['value'], variadic: 'value' },
  not: { params: ['value'] },
  len: { params: ['value'] },
  index: { params: ['value'], variadic: 'value' },
  slice: { params: ['value'], variadic: 'value' },
  call: { params: ['value'], variadic: 'value' },
  print: { params: [], variadic: 'any' },
  println: { params: [], variadic: 'any' },
  printf: { params: ['string'], variadic: 'any' },
  html: { params: [], variadic: 'any' },
  js: { params: [], variadic: 'any' },
  urlquery: { params: [], variadic: 'any' },
  eq: { params: ['value'], variadic: 'value' },
  ne: { params: ['value', 'value'] },
  lt: { params: ['value', 'value'] },
  le: { params: ['value', 'value'] },
  gt: { params: ['value', 'value'] },
  ge: { params: ['value', 'value'] },
  exists: { params: ['any'], variadic: 'any' },
  base64decode: { params: ['string'] },
};

/** The value inside an interface (reflect's indirectInterface); a nil interface is no value. */
function unwrap(val: Val): Val {
  if (val.invalid || !val.iface) return val;
  return val.v === null ? INVALID : concrete(val.v);
}

/** isTrue in exec.go: the zero of its type is false. */
export function truth(val: Val): boolean {
  if (val.invalid) return false;
  const v = val.v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  const n = numberOf(v);
  if (n) return n.value !== 0;
  return Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0;
}

const utf8Length = (s: string) => utf8Bytes(s).length;

function intIndex(index: Val, length: number): number {
  const idx = unwrap(index);
  if (idx.invalid) throw new FunctionCallError('cannot index slice/array with nil');
  const n = numberOf(idx.v);
  if (!n || n.kind === 'float') throw new FunctionCallError(`cannot index slice/array with type ${goType(idx.v)}`);
  if (n.value < 0 || n.value > length) throw new FunctionCallError(`index out of range: ${n.value}`);
  return n.value;
}

function index(item: Val, indexes: Val[]): Val {
  let current = unwrap(item);
  if (current.invalid) throw new FunctionCallError('index of untyped nil');
  for (const raw of indexes) {
    current = unwrap(current);
    if (current.invalid) throw new FunctionCallError('index of nil pointer');
    const v = current.v;
    if (Array.isArray(v) || typeof v === 'string') {
      const length = Array.isArray(v) ? v.length : utf8Length(v);
      const x = intIndex(raw, length);
      // indexArg lets x == len through; reflect then panics.
      if (x === length)
        throw new FunctionCallError(`reflect: ${Array.isArray(v) ? 'slice' : 'string'} index out of range`);
      current = Array.isArray(v) ? { v: v[x]!, iface: true } : concrete(new GoNumber(utf8Bytes(v)[x]!, 'uint8'));
    } else if (isMap(v)) {
      const key = unwrap(raw);
      if (key.invalid) throw new FunctionCallError('value is nil; should be of type string');
      if (typeof key.v !== 'string') throw new FunctionCallError(`value has type ${goType(key.v)}; should be string`);
      current = { v: Object.prototype.hasOwnProperty.call(v, key.v) ? v[key.v]! : null, iface: true };
    } else {
      throw new FunctionCallError(`can't index item of type ${goType(v)}`);
    }
  }
  return current;
}

function slice(item: Val, indexes: Val[]): Val {
  const current = unwrap(item);
  if (current.invalid) throw new FunctionCallError('slice of untyped nil');
  if (indexes.length > 3) throw new FunctionCallError(`too many slice indexes: ${indexes.length}`);
  const v = current.v;
  if (typeof v === 'string' && indexes.length === 3) throw new FunctionCallError('cannot 3-index slice a string');
  if (!Array.isArray(v) && typeof v !== 'string') throw new FunctionCallError(`can't slice item of type ${goType(v)}`);
  const length = Array.isArray(v) ? v.length : utf8Length(v);
  const bounds = [0, length];
  indexes.slice(0, 2).forEach((x, i) => (bounds[i] = intIndex(x, length)));
  if (bounds[0]! > bounds[1]!) throw new FunctionCallError(`invalid slice index: ${bounds[0]} > ${bounds[1]}`);
  if (Array.isArray(v)) return concrete(v.slice(bounds[0], bounds[1]));
  return concrete(fromUtf8(utf8Bytes(v).slice(bounds[0], bounds[1])));
}

function length(item: Val): Val {
  if (item.invalid) throw new FunctionCallError('reflect: call of reflect.Value.Type on zero Value');
  const v = item.v;
  if (v === null) throw new FunctionCallError('len of nil pointer');
  if (typeof v === 'string') return concrete(new GoNumber(utf8Length(v), 'int'));
  if (Array.isArray(v)) return concrete(new GoNumber(v.length, 'int'));
  if (isMap(v)) return concrete(new GoNumber(Object.keys(v).length, 'int'));
  throw new FunctionCallError(`len of type ${goType(v)}`);
}

type BasicKind = NumberKind | 'bool' | 'string' | 'invalid';

function basicKind(val: Val): BasicKind {
  if (val.invalid) return 'invalid';
  const v = val.v;
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  return numberOf(v)?.kind ?? 'invalid';
}

function scalar(val: Val): number | string | boolean {
  const v = (val as { v: Data }).v;
  return numberOf(v)?.value ?? (v as string | boolean);
}

function eq(first: Val, others: Val[]): boolean {
  const a = unwrap(first);
  if (others.length === 0) throw new FunctionCallError('missing argument for comparison');
  const k1 = basicKind(a);
  for (const other of others) {
    const b = unwrap(other);
    const k2 = basicKind(b);
    let equal = false;
    const ints = new Set([k1, k2]);
    if (k1 !== k2) {
      if (ints.has('int') && ints.has('uint') && ints.size === 2) equal = scalar(a) === scalar(b);
      else if (!a.invalid && !b.invalid) throw new FunctionCallError('incompatible types for comparison');
    } else if (k1 !== 'invalid') {
      equal = scalar(a) === scalar(b);
    } else if (a.invalid || b.invalid || a.v === null || b.v === null) {
      equal = (a.invalid || a.v === null) === (b.invalid || b.v === null);
    } else {
      throw new FunctionCallError(`non-comparable type ${formatValue(b.v)}: ${goType(b.v)}`);
    }
    if (equal) return true;
  }
  return false;
}

function lt(first: Val, second: Val): boolean {
  const a = unwrap(first);
  const b = unwrap(second);
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'invalid' || k2 === 'invalid') throw new FunctionCallError('invalid type for comparison');
  if (k1 !== k2) {
    const kinds = new Set([k1, k2]);
    if (kinds.has('int') && kinds.has('uint')) return (scalar(a) as number) < (scalar(b) as number);
    throw new FunctionCallError('incompatible types for comparison');
  }
  if (k1 === 'bool') throw new FunctionCallError('invalid type for comparison');
  return scalar(a) < scalar(b);
}

/** evalArgs in funcs.go: one string as is, else Sprint with a missing value as "<no value>". */
function argsText(args: Val[]): string {
  if (args.length === 1 && !args[0]!.invalid && typeof args[0]!.v === 'string') return args[0]!.v;
  return sprint(args.map((a) => (a.invalid || a.v === null ? '<no value>' : a.v)));
}

function htmlEscape(s: string): string {
  const map: Record<string, string> = { '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };
  return s.replace(/["'&<>]/g, (c) => map[c]!);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === "'" || ch === '"') out += `\\${ch}`;
    else if (ch === '<') out += '\\u003C';
    else if (ch === '>') out += '\\u003E';
    else if (ch === '&') out += '\\u0026';
    else if (ch === '=') out += '\\u003D';
    else if (code < 0x20) out += `\\u00${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}

function queryEscape(s: string): string {
  let out = '';
  for (const byte of utf8Bytes(s)) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function exists(item: Val, indices: Val[]): boolean {
  let current: Data | undefined = item.invalid ? undefined : item.v;
  for (const raw of indices) {
    if (current === undefined || current === null) return false;
    const key = raw.invalid ? null : raw.v;
    if (Array.isArray(current) || typeof current === 'string') {
      const n = numberOf(key);
      const length = typeof current === 'string' ? utf8Length(current) : current.length;
      if (!n || n.kind === 'float' || n.value < 0 || n.value >= length) return false;
      current = Array.isArray(current) ? current[n.value]! : new GoNumber(0, 'uint8');
    } else if (isMap(current)) {
      if (typeof key !== 'string') return false;
      current = Object.prototype.hasOwnProperty.call(current, key) ? current[key]! : null;
    } else return false;
  }
  return current !== null;
}

function base64Decode(text: string): string {
  const clean = /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0;
  if (!clean) {
    const bad = [...text].findIndex((c, i) => !/[A-Za-z0-9+/=]/.test(c) || (c === '=' && i < text.length - 2));
    const at = bad >= 0 ? bad : text.length - (text.length % 4);
    throw new FunctionCallError(`base64 decode failed: illegal base64 data at input byte ${at}`);
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const ch of text.replace(/=+$/, '')) {
    buffer = (buffer << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return fromUtf8(bytes);
}

const bool = (b: boolean): Val => concrete(b);
const values = (args: Val[]): Data[] => args.map((a) => (a.invalid ? null : a.v));

/** Calls a function with evaluated arguments; a Go error return throws FunctionCallError. */
export function callFunction(name: string, argv: Val[]): Val {
  const [first, ...rest] = argv;
  switch (name) {
    case 'not':
      return bool(!truth(unwrap(first!)));
    case 'len':
      return length(first!.invalid || !first!.iface ? first! : first!.v === null ? first! : concrete(first!.v));
    case 'index':
      return index(first!, rest);
    case 'slice':
      return slice(first!, rest);
    case 'call': {
      const fn = unwrap(first!);
      if (fn.invalid) throw new FunctionCallError('call of nil');
      throw new FunctionCallError(`non-function of type ${goType(fn.v)}`);
    }
    case 'print':
      return concrete(sprint(values(argv)));
    case 'println':
      return concrete(sprintln(values(argv)));
    case 'printf':
      return concrete(sprintf((first as { v: string }).v, values(rest)));
    case 'html':
      return concrete(htmlEscape(argsText(argv)));
    case 'js':
      return concrete(jsEscape(argsText(argv)));
    case 'urlquery':
      return concrete(queryEscape(argsText(argv)));
    case 'eq':
      return bool(eq(first!, rest));
    case 'ne':
      return bool(!eq(first!, rest));
    case 'lt':
      return bool(lt(first!, rest[0]!));
    case 'le':
      return bool(lt(first!, rest[0]!) || eq(first!, rest));
    case 'gt':
      return bool(!(lt(first!, rest[0]!) || eq(first!, rest)));
    case 'ge':
      return bool(!lt(first!, rest[0]!));
    case 'exists':
      return bool(exists(first!, rest));
    case 'base64decode':
      return concrete(base64Decode((first as { v: string }).v));
    default:
      throw new FunctionCallError(`function ${JSON.stringify(name)} not defined`);
  }
}
