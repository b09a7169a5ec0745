// Word expansion (POSIX §2.6): parameters, command substitution, arithmetic, then field splitting
// of unquoted results and pathname expansion (globbing) of unquoted patterns.

import type { Word, WordPart } from './ast';
import type { Resume, Wait } from '../process';
import type { ContainerFs } from '../../fs';
import { resolvePath } from '../../fs';
import { globMatcher, hasGlobSyntax, type PosixMatcher } from '../../posix-regex';

export interface ExpansionScope {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  positional(): readonly string[];
  /** Runs `$(…)`, returning its standard output. */
  substitute(body: import('./ast').ListNode): Generator<Wait, string, Resume>;
  readonly fs: ContainerFs;
  readonly cwd: string;
}

export class ExpansionError extends Error {}

/** One character of an expanded word, remembering whether it may be split or globbed. */
interface Piece {
  text: string;
  literal: boolean; // quoted or from the source text: never split
  pattern: boolean; // unquoted source text: may glob
}

export function* expandWords(words: readonly Word[], scope: ExpansionScope): Generator<Wait, string[], Resume> {
  const fields: string[] = [];
  for (const word of words) fields.push(...(yield* expandWord(word, scope)));
  return fields;
}

/** Expands without splitting or globbing (assignments, redirect targets, `case` words). */
export function* expandToString(word: Word, scope: ExpansionScope): Generator<Wait, string, Resume> {
  let out = '';
  for (const part of word.parts) {
    const value = yield* expandPart(part, scope);
    out += typeof value === 'string' ? value : value.join(' ');
  }
  return out;
}

function* expandWord(word: Word, scope: ExpansionScope): Generator<Wait, string[], Resume> {
  // "$@" inside double quotes becomes one field per positional parameter.
  if (
    word.parts.length === 1 &&
    word.parts[0]!.kind === 'param' &&
    word.parts[0]!.name === '@' &&
    word.parts[0]!.quoted
  ) {
    return [...scope.positional()];
  }
  const pieces: Piece[] = [];
  let sawQuoted = false;
  for (const part of word.parts) {
    const value = yield* expandPart(part, scope);
    const text = typeof value === 'string' ? value : value.join(' ');
    if (part.quoted) sawQuoted = true;
    if (part.kind === 'text') pieces.push({ text, literal: true, pattern: !part.quoted });
    else pieces.push({ text, literal: part.quoted, pattern: false });
  }
  const fields = splitFields(pieces, scope.getVar('IFS') ?? ' \t\n');
  if (fields.length === 0) return sawQuoted ? [''] : [];
  const out: string[] = [];
  for (const field of fields) out.push(...glob(field, scope));
  return out;
}

function splitFields(pieces: Piece[], ifs: string): Piece[][] {
  // The common case: nothing was expanded unquoted, so the word is one field as it stands.
  if (pieces.every((piece) => piece.literal)) return pieces.length > 0 ? [pieces] : [];
  const fields: Piece[][] = [];
  let current: Piece[] = [];
  let started = false;
  for (const piece of pieces) {
    if (piece.literal) {
      current.push(piece);
      started = true;
      continue;
    }
    let chunk = '';
    for (const ch of piece.text) {
      if (!ifs.includes(ch)) {
        chunk += ch;
        continue;
      }
      if (chunk) current.push({ text: chunk, literal: false, pattern: false });
      chunk = '';
      if (started || current.length > 0) fields.push(current);
      current = [];
      started = false;
    }
    if (chunk) {
      current.push({ text: chunk, literal: false, pattern: false });
      started = true;
    }
  }
  if (started) fields.push(current);
  return fields;
}

/** Pathname expansion of one field: only unquoted `*`, `?` and `[…]` are special. */
function glob(field: Piece[], scope: ExpansionScope): string[] {
  const text = field.map((p) => p.text).join('');
  // `[` alone (the test command) has no set in it, so it can only ever match itself.
  const hasPattern = field.some((p) => p.pattern && /[*?[]/.test(p.text)) && hasGlobSyntax(text);
  if (!hasPattern) return [text];
  const absolute = text.startsWith('/');
  const segments = text.split('/').filter((s, i) => s !== '' || i === 0);
  let matches = [absolute ? '/' : ''];
  for (const segment of segments) {
    if (segment === '') continue;
    const next: string[] = [];
    for (const base of matches) {
      if (!/[*?[]/.test(segment)) {
        next.push(join(base, segment));
        continue;
      }
      const dir = resolvePath(scope.cwd, base || '.');
      let names: string[];
      try {
        names = scope.fs.readDir(dir);
      } catch {
        names = [];
      }
      const regex = patternToRegex(segment);
      for (const name of names) {
        if (name.startsWith('.') && !segment.startsWith('.')) continue;
        if (regex.test(name)) next.push(join(base, name));
      }
    }
    matches = next.filter((path) => scope.fs.exists(resolvePath(scope.cwd, path || '.')));
  }
  return matches.length > 0 ? matches.sort() : [text];
}

function join(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

/** A glob as a whole-string matcher; RE2 keeps `*a*a*a*b` linear on long text. */
export function patternToRegex(pattern: string): PosixMatcher {
  return globMatcher(pattern);
}

function* expandPart(part: WordPart, scope: ExpansionScope): Generator<Wait, string | string[], Resume> {
  switch (part.kind) {
    case 'text':
      return part.value;
    case 'command': {
      const output = yield* scope.substitute(part.body);
      return output.replace(/\n+$/, '');
    }
    case 'arith':
      return String(evaluateArithmetic(part.expr, scope));
    case 'param':
      return yield* expandParam(part, scope);
  }
}

function* expandParam(
  part: Extract<WordPart, { kind: 'param' }>,
  scope: ExpansionScope,
): Generator<Wait, string, Resume> {
  const value = part.name === '@' || part.name === '*' ? scope.positional().join(' ') : scope.getVar(part.name);
  switch (part.op) {
    case undefined:
      return value ?? '';
    case 'length':
      return String((value ?? '').length);
    case '#':
    case '##':
    case '%':
    case '%%':
      return stripPattern(value ?? '', part.op, yield* expandToString(part.arg!, scope));
    case ':-':
      return value ? value : yield* expandToString(part.arg!, scope);
    case '-':
      return value !== undefined ? value : yield* expandToString(part.arg!, scope);
    case ':=': {
      if (value) return value;
      const fallback = yield* expandToString(part.arg!, scope);
      scope.setVar(part.name, fallback);
      return fallback;
    }
    case ':+':
      return value ? yield* expandToString(part.arg!, scope) : '';
  }
}

/** Tokens of each arithmetic expression seen: a loop evaluates the same few texts again and again. */
const arithmeticTokens = new Map<string, readonly string[]>();
const ARITHMETIC_CACHE_LIMIT = 1000;

function tokenizeArithmetic(expr: string): readonly string[] {
  const cached = arithmeticTokens.get(expr);
  if (cached) return cached;
  const tokens =
    expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\$[A-Za-z_][A-Za-z0-9_]*|<=|>=|==|!=|&&|\|\||[-+*/%()<>!]/g) ?? [];
  const rest = expr.replace(/\d+|[A-Za-z_$][A-Za-z0-9_]*|<=|>=|==|!=|&&|\|\||[-+*/%()<>!\s]/g, '');
  if (rest) throw new ExpansionError(`arithmetic syntax error`);
  if (arithmeticTokens.size >= ARITHMETIC_CACHE_LIMIT) arithmeticTokens.clear();
  arithmeticTokens.set(expr, tokens);
  return tokens;
}

/** Binary operators from loosest to tightest binding. */
const PRECEDENCE: readonly (readonly string[])[] = [
  ['||'],
  ['&&'],
  ['==', '!='],
  ['<', '>', '<=', '>='],
  ['+', '-'],
  ['*', '/', '%'],
];

/** Evaluates while it parses, as ash does: `1/0 +` reports the division before the missing operand. */
class ArithmeticEvaluator {
  private i = 0;

  constructor(
    private readonly tokens: readonly string[],
    private readonly scope: Pick<ExpansionScope, 'getVar'>,
  ) {}

  run(): number {
    if (this.tokens.length === 0) return 0;
    const result = this.binary(0);
    if (this.i < this.tokens.length) throw new ExpansionError('arithmetic syntax error');
    return result;
  }

  private binary(level: number): number {
    if (level === PRECEDENCE.length) return this.primary();
    const ops = PRECEDENCE[level]!;
    let left = this.binary(level + 1);
    while (ops.includes(this.tokens[this.i] ?? '')) {
      const op = this.tokens[this.i++]!;
      left = apply(op, left, this.binary(level + 1));
    }
    return left;
  }

  private primary(): number {
    const token = this.tokens[this.i++];
    if (token === undefined) throw new ExpansionError('arithmetic syntax error');
    if (token === '(') {
      const value = this.binary(0);
      if (this.tokens[this.i++] !== ')') throw new ExpansionError('arithmetic syntax error');
      return value;
    }
    if (token === '-') return -this.primary();
    if (token === '+') return this.primary();
    if (token === '!') return this.primary() === 0 ? 1 : 0;
    if (/^\d+$/.test(token)) return Number(token);
    const name = token.startsWith('$') ? token.slice(1) : token;
    if (!/^[A-Za-z_]/.test(name)) throw new ExpansionError('arithmetic syntax error');
    const value = Number(this.scope.getVar(name) ?? 0);
    return Number.isFinite(value) ? Math.trunc(value) : 0;
  }
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '*':
      return a * b;
    case '/':
    case '%':
      if (b === 0) throw new ExpansionError('divide by zero');
      return op === '/' ? Math.trunc(a / b) : a % b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '<':
      return Number(a < b);
    case '>':
      return Number(a > b);
    case '<=':
      return Number(a <= b);
    case '>=':
      return Number(a >= b);
    case '==':
      return Number(a === b);
    case '!=':
      return Number(a !== b);
    case '&&':
      return Number(a !== 0 && b !== 0);
    default:
      return Number(a !== 0 || b !== 0);
  }
}

/** `$(( … ))`: integer arithmetic with the C operators shell scripts use. */
export function evaluateArithmetic(expr: string, scope: Pick<ExpansionScope, 'getVar'>): number {
  return new ArithmeticEvaluator(tokenizeArithmetic(expr), scope).run();
}

/** `${x#p}` / `${x##p}` remove the shortest / longest matching prefix; `%` / `%%` a suffix. */
function stripPattern(value: string, op: '#' | '##' | '%' | '%%', pattern: string): string {
  const regex = patternToRegex(pattern);
  const lengths = [...Array(value.length + 1).keys()];
  if (op === '##' || op === '%%') lengths.reverse();
  for (const n of lengths) {
    if (op.startsWith('#') && regex.test(value.slice(0, n))) return value.slice(n);
    if (op.startsWith('%') && regex.test(value.slice(value.length - n))) return value.slice(0, value.length - n);
  }
  return value;
}
