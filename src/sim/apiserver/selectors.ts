// Server-side label and field selectors (apimachinery pkg/labels and pkg/fields). Parse errors
// come back worded as the API server words them, so kubectl can show them unchanged.

export type Requirement =
  | { op: 'exists' | 'notexists'; key: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: '=' | '!='; key: string; value: string }
  | { op: '>' | '<'; key: string; value: number };

export type SelectorParse<T> = { ok: true; selector: T } | { ok: false; message: string };

// ---- labels.Parse (k8s.io/apimachinery/pkg/labels/selector.go, v1.32): its lexer and its
// recursive-descent parser, step for step, so every malformed selector fails with the same words.

type Token = 'error' | 'eos' | ')' | ',' | '!' | '==' | '=' | '>' | 'id' | 'in' | '<' | '!=' | 'notin' | '(';

/** string2token: every literal token (identifiers, end of string and errors have none). */
const STRING_TO_TOKEN: Readonly<Record<string, Token>> = {
  ')': ')',
  ',': ',',
  '!': '!',
  '==': '==',
  '=': '=',
  '>': '>',
  in: 'in',
  '<': '<',
  '!=': '!=',
  notin: 'notin',
  '(': '(',
};
const tokenFor = (s: string): Token | undefined =>
  Object.prototype.hasOwnProperty.call(STRING_TO_TOKEN, s) ? STRING_TO_TOKEN[s] : undefined;

const isWhitespace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSpecialSymbol = (ch: string) =>
  ch === '=' || ch === '!' || ch === '(' || ch === ')' || ch === ',' || ch === '>' || ch === '<';
/** The lexer reads bytes and takes 0 for the end; every symbol it knows is ASCII, so UTF-16 units lex alike. */
const NUL = '\0';

class Lexer {
  pos = 0;
  constructor(private readonly s: string) {}
  read(): string {
    if (this.pos < this.s.length) return this.s[this.pos++]!;
    return NUL;
  }
  unread(): void {
    this.pos--;
  }
  scanIDOrKeyword(): [Token, string] {
    let buffer = '';
    for (;;) {
      const ch = this.read();
      if (ch === NUL) break;
      if (isSpecialSymbol(ch) || isWhitespace(ch)) {
        this.unread();
        break;
      }
      buffer += ch;
    }
    return [tokenFor(buffer) ?? 'id', buffer];
  }
  scanSpecialSymbol(): [Token, string] {
    let last: [Token, string] | undefined;
    let buffer = '';
    for (;;) {
      const ch = this.read();
      if (ch === NUL) break;
      if (isSpecialSymbol(ch)) {
        buffer += ch;
        const token = tokenFor(buffer);
        if (token) last = [token, buffer];
        else if (last) {
          this.unread();
          break;
        }
      } else {
        this.unread();
        break;
      }
    }
    return last ?? ['error', `error expected: keyword found '${buffer}'`];
  }
  lex(): [Token, string] {
    let ch = this.read();
    while (isWhitespace(ch)) ch = this.read();
    if (ch === NUL) return ['eos', ''];
    this.unread();
    return isSpecialSymbol(ch) ? this.scanSpecialSymbol() : this.scanIDOrKeyword();
  }
}

class SelectorError extends Error {}
const fail = (message: string): never => {
  throw new SelectorError(message);
};

/** Go's %q: strconv.Quote, printable runes as they are. */
function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === ' ' || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) out += ch;
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\v') out += '\\v';
    else if (code < 0x80) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** Go's len(): UTF-8 bytes. */
function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

// k8s.io/apimachinery/pkg/util/validation: the messages IsQualifiedName and IsValidLabelValue give.
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}
const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const QUALIFIED_NAME = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const LABEL_VALUE_FMT = '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?';
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE = new RegExp(`^${LABEL_VALUE_FMT}$`);
const maxLenError = (n: number) => `must be no more than ${n} characters`;

function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else {
      if (byteLength(prefix) > 253) errs.push(`prefix part ${maxLenError(253)}`);
      if (!DNS1123_SUBDOMAIN.test(prefix))
        errs.push(
          `prefix part ${regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", DNS1123_SUBDOMAIN_FMT, 'example.com')}`,
        );
    }
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (byteLength(name) > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_NAME.test(name))
    errs.push(`name part ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE.test(value)) errs.push(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** field.Invalid(path, value, detail).Error(); the parser's path is nil, which prints as <nil>. */
const invalid = (path: string, value: string, detail: string) => `${path}: Invalid value: ${goQuote(value)}: ${detail}`;

/** strconv.ParseInt(s, 10, 64) succeeds. */
function isInt64(s: string): boolean {
  if (!/^[+-]?[0-9]+$/.test(s)) return false;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n;
}

/** utilerrors.Aggregate's Error(): one message alone, several (each once) in brackets. */
function aggregate(messages: string[]): string {
  const seen = [...new Set(messages)];
  return seen.length === 1 ? seen[0]! : `[${seen.join(', ')}]`;
}

type Operator = 'exists' | '!' | 'in' | 'notin' | '=' | '==' | '!=' | 'gt' | 'lt';

/** NewRequirement: the key was checked already; values are checked as its switch and loop do. */
function newRequirement(key: string, op: Operator, values: string[]): Requirement {
  const errs: string[] = [];
  if (op === 'gt' || op === 'lt') {
    values.forEach((v, i) => {
      if (!isInt64(v)) errs.push(invalid(`values[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer"));
    });
  }
  values.forEach((v, i) => {
    const msgs = isValidLabelValue(v);
    if (msgs.length > 0) errs.push(invalid(`values[${i}][${key}]`, v, msgs.join('; ')));
  });
  if (errs.length > 0) fail(aggregate(errs));
  switch (op) {
    case 'exists':
      return { op: 'exists', key };
    case '!':
      return { op: 'notexists', key };
    case 'in':
    case 'notin':
      return { op, key, values };
    case '=':
    case '==':
      return { op: '=', key, value: values[0]! };
    case '!=':
      return { op: '!=', key, value: values[0]! };
    case 'gt':
    case 'lt':
      return { op: op === 'gt' ? '>' : '<', key, value: Number(values[0]) };
  }
}

class Parser {
  private items: [Token, string][] = [];
  private position = 0;
  constructor(private readonly lexer: Lexer) {}

  private lookahead(values: boolean): [Token, string] {
    const [tok, lit] = this.items[this.position]!;
    return [values && (tok === 'in' || tok === 'notin') ? 'id' : tok, lit];
  }
  private consume(values: boolean): [Token, string] {
    const item = this.lookahead(values);
    this.position++;
    return item;
  }

  parse(): Requirement[] {
    for (;;) {
      const item = this.lexer.lex();
      this.items.push(item);
      if (item[0] === 'eos') break;
    }
    const requirements: Requirement[] = [];
    for (;;) {
      const [tok, lit] = this.lookahead(true);
      if (tok === 'id' || tok === '!') {
        try {
          requirements.push(this.parseRequirement());
        } catch (err) {
          if (err instanceof SelectorError) fail(`unable to parse requirement: ${err.message}`);
          throw err;
        }
        const [t, l] = this.consume(true);
        if (t === 'eos') return requirements;
        if (t !== ',') fail(`found '${l}', expected: ',' or 'end of string'`);
        const [t2, l2] = this.lookahead(true);
        if (t2 !== 'id' && t2 !== '!') fail(`found '${l2}', expected: identifier after ','`);
      } else if (tok === 'eos') return requirements;
      else fail(`found '${lit}', expected: !, identifier, or 'end of string'`);
    }
  }

  private parseRequirement(): Requirement {
    const [key, inferred] = this.parseKeyAndInferOperator();
    if (inferred === 'exists' || inferred === '!') return newRequirement(key, inferred, []);
    const op = this.parseOperator();
    const values = op === 'in' || op === 'notin' ? this.parseValues() : this.parseExactValue();
    // sets.String.List(): each value once, sorted.
    return newRequirement(key, op, [...values].sort());
  }

  private parseKeyAndInferOperator(): [string, Operator | undefined] {
    let op: Operator | undefined;
    let [tok, literal] = this.consume(true);
    if (tok === '!') {
      op = '!';
      [tok, literal] = this.consume(true);
    }
    if (tok !== 'id') fail(`found '${literal}', expected: identifier`);
    const msgs = isQualifiedName(literal);
    if (msgs.length > 0) fail(invalid('<nil>', literal, msgs.join('; ')));
    const [t] = this.lookahead(true);
    if ((t === 'eos' || t === ',') && op !== '!') op = 'exists';
    return [literal, op];
  }

  private parseOperator(): Operator {
    const [tok, lit] = this.consume(false);
    switch (tok) {
      case 'in':
        return 'in';
      case '=':
        return '=';
      case '==':
        return '==';
      case '>':
        return 'gt';
      case '<':
        return 'lt';
      case 'notin':
        return 'notin';
      case '!=':
        return '!=';
      default:
        return fail(`found '${lit}', expected: in, notin, =, ==, !=, gt, lt`);
    }
  }

  private parseValues(): Set<string> {
    const [tok, lit] = this.consume(true);
    if (tok !== '(') fail(`found '${lit}' expected: '('`);
    const [next, nextLit] = this.lookahead(true);
    if (next === 'id' || next === ',') {
      const s = this.parseIdentifiersList();
      if (this.consume(true)[0] !== ')') fail(`found '${nextLit}', expected: ')'`);
      return s;
    }
    if (next === ')') {
      this.consume(true);
      return new Set(['']);
    }
    return fail(`found '${nextLit}', expected: ',', ')' or identifier`);
  }

  private parseIdentifiersList(): Set<string> {
    const s = new Set<string>();
    for (;;) {
      const [tok, lit] = this.consume(true);
      if (tok === 'id') {
        s.add(lit);
        const [tok2, lit2] = this.lookahead(true);
        if (tok2 === ',') continue;
        if (tok2 === ')') return s;
        fail(`found '${lit2}', expected: ',' or ')'`);
      } else if (tok === ',') {
        if (s.size === 0) s.add(''); // "(,"
        const [tok2] = this.lookahead(true);
        if (tok2 === ')') {
          s.add(''); // ",)"
          return s;
        }
        if (tok2 === ',') {
          this.consume(true);
          s.add(''); // ",,"
        }
      } else fail(`found '${lit}', expected: ',', or identifier`);
    }
  }

  private parseExactValue(): Set<string> {
    const [next] = this.lookahead(true);
    if (next === 'eos' || next === ',') return new Set(['']);
    const [tok, lit] = this.consume(true);
    if (tok === 'id') return new Set([lit]);
    return fail(`found '${lit}', expected: identifier`);
  }
}

/** labels.Parse: the requirements, or the error text the API server returns for the selector. */
export function parseLabelSelector(text: string): SelectorParse<Requirement[]> {
  try {
    return { ok: true, selector: new Parser(new Lexer(text)).parse() };
  } catch (err) {
    if (err instanceof SelectorError) return { ok: false, message: err.message };
    throw err;
  }
}

export function matchesLabels(
  reqs: readonly Requirement[],
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  const l = labels ?? {};
  for (const r of reqs) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case 'exists':
        if (!has) return false;
        break;
      case 'notexists':
        if (has) return false;
        break;
      case 'in':
        if (!has || !r.values.includes(v!)) return false;
        break;
      case 'notin':
        if (has && r.values.includes(v!)) return false;
        break;
      case '=':
        if (!has || v !== r.value) return false;
        break;
      case '!=':
        if (has && v === r.value) return false;
        break;
      case '>':
        if (!has || !/^-?\d+$/.test(v!) || Number(v) <= r.value) return false;
        break;
      case '<':
        if (!has || !/^-?\d+$/.test(v!) || Number(v) >= r.value) return false;
        break;
    }
  }
  return true;
}

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Fields each kind lets you select on (each kind's strategy.go in pkg/registry/core, ToSelectableFields). */
export const SELECTABLE_FIELDS: Record<string, readonly string[]> = {
  Pod: [
    'metadata.name',
    'metadata.namespace',
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.podIPs',
    'status.nominatedNodeName',
  ],
  Event: [
    'metadata.name',
    'metadata.namespace',
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  Node: ['metadata.name', 'spec.unschedulable'],
  Namespace: ['metadata.name', 'status.phase'],
  PersistentVolume: ['metadata.name'],
  PersistentVolumeClaim: ['metadata.name', 'metadata.namespace'],
};

export function parseFieldSelector(kind: string, text: string): SelectorParse<FieldRequirement[]> {
  const reqs: FieldRequirement[] = [];
  if (text.trim() === '') return { ok: true, selector: reqs };
  for (const raw of text.split(',')) {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(raw.trim());
    if (!m) return { ok: false, message: `invalid selector: '${text}'; can't understand '${raw}'` };
    const field = m[1]!.trim();
    if (!(SELECTABLE_FIELDS[kind] ?? []).includes(field))
      return { ok: false, message: `field label not supported: ${field}` };
    reqs.push({ field, op: m[2] === '!=' ? '!=' : '=', value: m[3]!.trim() });
  }
  return { ok: true, selector: reqs };
}

function fieldValue(obj: unknown, path: string): string {
  if (path === 'source') return String((obj as { source?: { component?: string } }).source?.component ?? '');
  if (path === 'status.podIPs') return String((obj as { status?: { podIP?: string } }).status?.podIP ?? '');
  let cur: unknown = obj;
  for (const part of path.split('.'))
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur === undefined || cur === null ? '' : String(cur);
}

export function matchesFields(reqs: readonly FieldRequirement[], obj: unknown): boolean {
  for (const r of reqs) {
    const v = fieldValue(obj, r.field);
    if (r.op === '=' ? v !== r.value : v === r.value) return false;
  }
  return true;
}
