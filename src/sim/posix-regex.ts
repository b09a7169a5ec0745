// POSIX regular expressions (GNU grep's BRE and ERE dialects) matched by RE2, whose time is linear in
// the input: a learner's `(a+)+$` must not freeze the tab the way a backtracking matcher does.
// The translation keeps POSIX meaning where RE2's syntax differs: backslash is literal inside a
// bracket expression, `{,n}` means `{0,n}`, stacked repetitions like `a**` are allowed, and in a BRE
// `^`, `$` and `*` are literal where POSIX says so. RE2 has no back-references, so a pattern that
// uses one is refused with that reason rather than matched wrongly.

import { RE2JS } from 're2js';

/** Why a pattern was refused, in the words of glibc's regerror (GNU grep prints these). */
export type PosixRegexProblem =
  | 'Unmatched ( or \\('
  | 'Unmatched ) or \\)'
  | 'Unmatched [, [^, [:, [., or [='
  | 'Unmatched \\{'
  | 'Invalid content of \\{\\}'
  | 'Invalid range end'
  | 'Invalid character class name'
  | 'Trailing backslash'
  | 'Regular expression too big'
  | 'Invalid regular expression'
  | 'back-references are not supported';

export interface PosixRegexOptions {
  extended?: boolean;
  ignoreCase?: boolean;
  /** -F: the pattern is a literal string. */
  fixed?: boolean;
  /** -w: the match must be a whole word. */
  word?: boolean;
}

export interface PosixMatcher {
  /** Whether the pattern matches somewhere in the line. */
  test(line: string): boolean;
}

export type PosixRegexResult = { ok: true; matcher: PosixMatcher } | { ok: false; problem: PosixRegexProblem };

class RegexProblem extends Error {
  constructor(readonly problem: PosixRegexProblem) {
    super(problem);
  }
}

const CLASS_NAMES = new Set([
  'alnum',
  'alpha',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'xdigit',
]);

/** Reads a bracket expression starting at `start` (the `[`); returns its RE2 form and the index after `]`. */
function bracket(pattern: string, start: number): { source: string; end: number } {
  let i = start + 1;
  let out = '[';
  if (pattern[i] === '^') {
    out += '^';
    i++;
  }
  let first = true;
  for (;;) {
    const c = pattern[i];
    if (c === undefined) throw new RegexProblem('Unmatched [, [^, [:, [., or [=');
    if (c === ']' && !first) return { source: out + ']', end: i + 1 };
    first = false;
    if (c === '[' && (pattern[i + 1] === ':' || pattern[i + 1] === '.' || pattern[i + 1] === '=')) {
      const kind = pattern[i + 1]!;
      const close = pattern.indexOf(`${kind}]`, i + 2);
      if (close < 0) throw new RegexProblem('Unmatched [, [^, [:, [., or [=');
      const name = pattern.slice(i + 2, close);
      if (kind === ':') {
        if (!CLASS_NAMES.has(name)) throw new RegexProblem('Invalid character class name');
        out += `[:${name}:]`;
      } else {
        // A collating symbol or equivalence class names one character in the C locale.
        if ([...name].length !== 1) throw new RegexProblem('Invalid regular expression');
        out += inClass(name);
      }
      i = close + 2;
      continue;
    }
    // Inside brackets POSIX has no escapes; RE2 does, so its special characters are quoted.
    out += c === '-' ? '-' : inClass(c);
    i++;
  }
}

/** Reads `{m}`, `{m,}`, `{,n}` or `{m,n}` (body only, without braces); undefined when it is not an interval. */
function interval(body: string): string | undefined {
  const match = /^(\d*)(,(\d*))?$/.exec(body);
  if (!match || (match[1] === '' && match[2] === undefined)) return undefined;
  const min = match[1] === '' ? 0 : Number(match[1]);
  const max = match[3] === undefined || match[3] === '' ? undefined : Number(match[3]);
  if (max !== undefined && max < min) throw new RegexProblem('Invalid content of \\{\\}');
  if (min > 32767 || (max ?? 0) > 32767) throw new RegexProblem('Regular expression too big');
  return match[2] === undefined ? `{${min}}` : `{${min},${max ?? ''}}`;
}

/** Translates a GNU BRE or ERE to RE2 syntax. */
export function posixToRe2(pattern: string, extended: boolean): string {
  let out = '';
  // Where the last atom starts in `out`, so that a repetition can wrap it (RE2 refuses `a**`).
  let atomStart = -1;
  let lastWasRepeat = false;
  let depth = 0;
  const groupStarts: number[] = [];
  // At the start of the pattern, a group or an alternative: where BRE's `*` and `^` change meaning.
  let atExpressionStart = true;

  const atom = (source: string) => {
    atomStart = out.length;
    out += source;
    lastWasRepeat = false;
    atExpressionStart = false;
  };
  const repeat = (operator: string) => {
    if (atomStart < 0) {
      // glibc skips a repetition with nothing before it in an ERE, and reads it literally in a BRE.
      if (!extended) atom(`\\${operator}`);
      return;
    }
    if (lastWasRepeat) out = `${out.slice(0, atomStart)}(?:${out.slice(atomStart)})`;
    out += operator;
    lastWasRepeat = true;
    atExpressionStart = false;
  };
  const boundary = (source: string) => {
    out += source;
    atomStart = -1;
    lastWasRepeat = false;
  };

  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const special = (name: string) => (extended ? c === name : c === '\\' && pattern[i + 1] === name);
    const consumed = extended ? 0 : 1;

    if (special('(')) {
      i += consumed;
      groupStarts.push(out.length);
      depth++;
      out += '(?:';
      atomStart = -1;
      lastWasRepeat = false;
      atExpressionStart = true;
    } else if (special(')')) {
      if (depth === 0) {
        if (!extended) throw new RegexProblem('Unmatched ) or \\)');
        atom('\\)');
        continue;
      }
      i += consumed;
      depth--;
      out += ')';
      atomStart = groupStarts.pop()!;
      lastWasRepeat = false;
      atExpressionStart = false;
    } else if (special('|')) {
      i += consumed;
      boundary('|');
      atExpressionStart = true;
    } else if (special('{')) {
      const close = pattern.indexOf(extended ? '}' : '\\}', i + 1 + consumed);
      const body = close < 0 ? undefined : pattern.slice(i + 1 + consumed, close);
      const bounds = body === undefined ? undefined : interval(body);
      if (bounds === undefined) {
        if (!extended) throw new RegexProblem(close < 0 ? 'Unmatched \\{' : 'Invalid content of \\{\\}');
        atom('\\{');
        continue;
      }
      if (atomStart >= 0) repeat(bounds);
      else if (!extended) atom(`\\{${body}\\}`);
      i = close + (extended ? 0 : 1);
    } else if (c === '*') {
      if (!extended && atExpressionStart) atom('\\*');
      else repeat('*');
    } else if (special('+') || special('?')) {
      i += consumed;
      if (!extended && atExpressionStart) atom(`\\${pattern[i]!}`);
      else repeat(pattern[i]!);
    } else if (c === '^') {
      if (extended || atExpressionStart) {
        boundary('^');
        atExpressionStart = !extended;
      } else atom('\\^');
    } else if (c === '$') {
      const rest = pattern.slice(i + 1);
      if (extended || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|')) boundary('$');
      else atom('\\$');
    } else if (c === '[') {
      const { source, end } = bracket(pattern, i);
      atom(source);
      i = end - 1;
    } else if (c === '.') {
      atom('.');
    } else if (c === '\\') {
      const next = pattern[++i];
      if (next === undefined) throw new RegexProblem('Trailing backslash');
      if (next >= '1' && next <= '9') throw new RegexProblem('back-references are not supported');
      if ('wWsS'.includes(next)) atom(`\\${next}`);
      else if (next === 'b' || next === 'B') boundary(`\\${next}`);
      else if (next === '<' || next === '>') boundary('\\b');
      else if (next === '`') boundary('\\A');
      else if (next === "'") boundary('\\z');
      else atom(quoteChar(next));
    } else atom(quoteChar(c));
  }
  if (depth > 0) throw new RegexProblem('Unmatched ( or \\(');
  return out;
}

/** One character as an RE2 literal: ASCII punctuation is escaped, everything else stands for itself. */
function quoteChar(c: string): string {
  return /[!-/:-@[-`{-~]/.test(c) ? `\\${c}` : c;
}

function inClass(text: string): string {
  return text.replace(/[\\\][^]/g, '\\$&');
}

/** The problem RE2 reports for a translated pattern, in glibc's words. */
function re2Problem(error: unknown): PosixRegexProblem {
  const message = error instanceof Error ? error.message : '';
  if (message.includes('character class range')) return 'Invalid range end';
  if (/repeat|repetition|too large/.test(message)) return 'Regular expression too big';
  return 'Invalid regular expression';
}

/** Compiles a grep pattern for linear-time matching, or says why grep would refuse it. */
export function compilePosixRegex(pattern: string, options: PosixRegexOptions = {}): PosixRegexResult {
  let source: string;
  try {
    source = options.fixed ? RE2JS.quote(pattern) : posixToRe2(pattern, options.extended === true);
  } catch (error) {
    if (error instanceof RegexProblem) return { ok: false, problem: error.problem };
    throw error;
  }
  if (options.word) source = `\\b(?:${source})\\b`;
  try {
    const re = RE2JS.compile(source, options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
    return { ok: true, matcher: { test: (line) => re.test(line) } };
  } catch (error) {
    return { ok: false, problem: re2Problem(error) };
  }
}

/** A shell glob (`*`, `?`, `[...]`, `[!...]`) as a whole-string RE2 matcher. */
/** A `[` opens a set only when a `]` follows after at least one member; otherwise it is itself. */
function opensSet(pattern: string, at: number): boolean {
  return pattern.indexOf(']', at + 2) > 0;
}

/** True when the text has `*`, `?` or a set: a glob that could match something other than itself. */
export function hasGlobSyntax(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '*' || c === '?' || (c === '[' && opensSet(text, i))) return true;
  }
  return false;
}

export function globMatcher(pattern: string): PosixMatcher {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else if (c === '[' && opensSet(pattern, i)) {
      const end = pattern.indexOf(']', i + 2);
      let set = pattern.slice(i + 1, end);
      const negate = set.startsWith('!') || set.startsWith('^');
      if (negate) set = set.slice(1);
      source += `[${negate ? '^' : ''}${inClass(set)}]`;
      i = end;
    } else source += quoteChar(c);
  }
  try {
    const re = RE2JS.compile(source, RE2JS.DOTALL);
    return { test: (text) => re.testExact(text) };
  } catch {
    // A set RE2 cannot read (a reversed range): the glob matches only itself, as the shell does.
    return { test: (text) => text === pattern };
  }
}
