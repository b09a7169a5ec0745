// Go values as a template sees kubectl's objects, and how Go's fmt prints them. kubectl decodes
// the object with k8s.io/apimachinery's util/json, so whole numbers are int64 and the rest float64
// (cli-runtime printers/template.go, GoTemplatePrinter.PrintObj); a template's own constants are
// int or float64. fmt prints maps as map[k:v] with sorted keys, slices as [a b], nil as <nil>.

/** A number whose Go type is not what a JSON number decodes to: a constant, a len, a byte. */
export class GoNumber {
  constructor(
    readonly value: number,
    readonly type: 'int' | 'float64' | 'uint8',
  ) {}
}

export type Data = null | boolean | string | number | GoNumber | Data[] | { [key: string]: Data };

/** A reflect.Value: `invalid` is Go's zero Value (a missing key, printed "<no value>"). */
export type Val = { invalid: true } | { invalid?: false; v: Data; iface: boolean };

export const INVALID: Val = { invalid: true };

export const concrete = (v: Data): Val => ({ v, iface: false });

export function isMap(v: Data): v is { [key: string]: Data } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof GoNumber);
}

export type NumberKind = 'int' | 'uint' | 'float';

export function numberOf(v: Data): { kind: NumberKind; value: number; type: string } | undefined {
  if (v instanceof GoNumber)
    return { kind: v.type === 'float64' ? 'float' : v.type === 'uint8' ? 'uint' : 'int', value: v.value, type: v.type };
  if (typeof v === 'number')
    return Number.isInteger(v)
      ? { kind: 'int', value: v, type: 'int64' }
      : { kind: 'float', value: v, type: 'float64' };
  return undefined;
}

/** The Go type name of a concrete value (reflect's Type.String()). */
export function goType(v: Data): string {
  if (v === null) return 'interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  const n = numberOf(v);
  if (n) return n.type;
  return Array.isArray(v) ? '[]interface {}' : 'map[string]interface {}';
}

/** The static type of a value: what a map lookup or a slice element yields is an interface {}. */
export function valType(val: Val): string {
  if (val.invalid) return '<invalid reflect.Value>';
  return val.iface ? 'interface {}' : goType(val.v);
}

/**
 * fmt's %v of a float64 (strconv 'g' with the shortest digits): the %e form when the exponent is
 * below -4 or at least 6, so 1000000.0 prints as 1e+06 and 123456.0 as 123456.
 */
export function formatFloatV(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mantissa, exponent] = f.toExponential().split('e') as [string, string];
  const exp = Number(exponent);
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(f);
}

/** fmt's %v (and Sprint) of a value. */
export function formatValue(v: Data): string {
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  const n = numberOf(v);
  if (n) return n.kind === 'float' ? formatFloatV(n.value) : String(n.value);
  if (Array.isArray(v)) return `[${v.map(formatValue).join(' ')}]`;
  const map = v as { [key: string]: Data };
  return `map[${sortedKeys(map)
    .map((k) => `${k}:${formatValue(map[k]!)}`)
    .join(' ')}]`;
}

/** Go's fmtsort order for string keys: bytewise. */
export function sortedKeys(map: { [key: string]: Data }): string[] {
  return Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** fmt.Sprint: a space between operands when neither side is a string. */
export function sprint(args: Data[]): string {
  let out = '';
  args.forEach((arg, i) => {
    if (i > 0 && typeof arg !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(arg);
  });
  return out;
}

export function sprintln(args: Data[]): string {
  return `${args.map(formatValue).join(' ')}\n`;
}

/** A string's UTF-8 bytes: Go's len, index and byte offsets count these. */
export function utf8Bytes(s: string): number[] {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

/** Bytes back to a string; invalid sequences become U+FFFD as Go prints them. */
export function fromUtf8(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    const tail = bytes.slice(i + 1, i + 1 + Math.max(need, 0));
    if (need < 0 || tail.length < need || tail.some((t) => t >> 6 !== 2)) {
      out += '\uFFFD';
      i++;
      continue;
    }
    let code = need === 0 ? b : b & (0x3f >> need);
    for (const t of tail) code = (code << 6) | (t & 63);
    out += String.fromCodePoint(code);
    i += need + 1;
  }
  return out;
}

/** strconv.Quote: Go's double-quoted form. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** strconv.QuoteRune, for %q of an integer. */
function quoteRune(code: number): string {
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };
  if (named[code]) return `'${named[code]}'`;
  if (code === 0x27) return "'\\''";
  if (code === 0x5c) return "'\\\\'";
  if (code < 0x20 || code === 0x7f) return `'\\x${code.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCodePoint(code)}'`;
}

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  precision?: number;
  verb: string;
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  if (spec.width === undefined || text.length >= spec.width) return text;
  const fill = spec.width - text.length;
  if (spec.minus) return text + ' '.repeat(fill);
  if (spec.zero && numeric) {
    const sign = /^[+-]/.test(text) ? text[0]! : '';
    return sign + '0'.repeat(fill) + text.slice(sign.length);
  }
  return ' '.repeat(fill) + text;
}

function badVerb(spec: Spec, v: Data): string {
  if (v === null) return `%!${spec.verb}(<nil>)`;
  return `%!${spec.verb}(${goType(v)}=${formatValue(v)})`;
}

function signed(text: string, value: number, spec: Spec): string {
  if (value < 0 || Object.is(value, -0)) return text;
  return spec.plus ? `+${text}` : spec.space ? ` ${text}` : text;
}

function fixedExponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

function formatOne(spec: Spec, v: Data): string {
  const { verb } = spec;
  if (Array.isArray(v) && verb !== 'T')
    return `[${v.map((x) => formatOne({ ...spec, width: undefined }, x)).join(' ')}]`;
  if (isMap(v)) {
    const inner = { ...spec, width: undefined };
    return `map[${sortedKeys(v)
      .map((k) => `${formatOne(inner, k)}:${formatOne(inner, v[k]!)}`)
      .join(' ')}]`;
  }
  if (verb === 'T') return pad(goType(v), spec, false);
  if (v === null) return verb === 'v' ? pad('<nil>', spec, false) : badVerb(spec, v);
  if (typeof v === 'boolean') return verb === 'v' || verb === 't' ? pad(String(v), spec, false) : badVerb(spec, v);
  if (typeof v === 'string') {
    const text = spec.precision !== undefined ? [...v].slice(0, spec.precision).join('') : v;
    if (verb === 'v' || verb === 's') return pad(text, spec, false);
    if (verb === 'q') return pad(goQuote(text), spec, false);
    if (verb === 'x' || verb === 'X') {
      const hex = utf8Bytes(text)
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      return pad(verb === 'X' ? hex.toUpperCase() : hex, spec, false);
    }
    return badVerb(spec, v);
  }
  const n = numberOf(v)!;
  if (n.kind === 'float') {
    const p = spec.precision;
    let text: string;
    if (verb === 'v' || verb === 'g' || verb === 'G')
      text = p === undefined ? formatFloatV(n.value) : fixedExponent(Number(n.value.toPrecision(p || 1)).toString());
    else if (verb === 'f' || verb === 'F') text = n.value.toFixed(p ?? 6);
    else if (verb === 'e' || verb === 'E') text = fixedExponent(n.value.toExponential(p ?? 6));
    else return badVerb(spec, v);
    if (verb === 'E' || verb === 'G') text = text.toUpperCase();
    return pad(signed(text, n.value, spec), spec, true);
  }
  let text: string;
  switch (verb) {
    case 'v':
    case 'd':
      text = String(n.value);
      break;
    case 'x':
      text = n.value.toString(16);
      break;
    case 'X':
      text = n.value.toString(16).toUpperCase();
      break;
    case 'o':
      text = n.value.toString(8);
      break;
    case 'b':
      text = n.value.toString(2);
      break;
    case 'c':
      return pad(String.fromCodePoint(n.value), spec, false);
    case 'q':
      return pad(quoteRune(n.value), spec, false);
    default:
      return badVerb(spec, v);
  }
  if (spec.precision !== undefined)
    text = text.replace(/^(-?)(\d+)$/, (_m, s: string, d: string) => s + d.padStart(spec.precision!, '0'));
  return pad(signed(text, n.value, spec), spec, true);
}

/** fmt.Sprintf with the verbs, flags, width and precision a template uses. */
export function sprintf(format: string, args: Data[]): string {
  let out = '';
  let argIndex = 0;
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch !== '%') {
      out += ch;
      i++;
      continue;
    }
    i++;
    const spec: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false, verb: '' };
    for (; i < format.length && '-+# 0'.includes(format[i]!); i++) {
      const flag = format[i]!;
      if (flag === '-') spec.minus = true;
      else if (flag === '+') spec.plus = true;
      else if (flag === '#') spec.sharp = true;
      else if (flag === ' ') spec.space = true;
      else spec.zero = !spec.minus;
    }
    const width = /^\d+/.exec(format.slice(i));
    if (width) {
      spec.width = Number(width[0]);
      i += width[0].length;
    }
    if (format[i] === '.') {
      i++;
      const precision = /^\d*/.exec(format.slice(i))![0];
      spec.precision = Number(precision || '0');
      i += precision.length;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    spec.verb = String.fromCodePoint(format.codePointAt(i)!);
    i += spec.verb.length;
    if (spec.verb === '%') {
      out += '%';
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${spec.verb}(MISSING)`;
      continue;
    }
    out += formatOne(spec, args[argIndex++]!);
  }
  if (argIndex < args.length) {
    const extra = args.slice(argIndex).map((a) => (a === null ? '<nil>' : `${goType(a)}=${formatValue(a)}`));
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}
