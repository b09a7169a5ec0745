// The YAML writer's text buffer, and the rare paths of scalar output: strings that fold at the
// first space past column 80 (go-yaml's best_width), literal blocks, and keys. The logic is
// go-yaml v2's emitter (write_plain_scalar, write_single_quoted_scalar,
// write_double_quoted_scalar, write_literal_scalar), character by character.

import { type ScalarStyle, chooseStyle, doubleQuoteEscape } from './yaml-scalars';
import { spaces } from './key-shapes';

const BEST_WIDTH = 80;

/** Text plus the two facts folding depends on: the column, and whether a line has just begun. */
export class YamlOut {
  // One growing string: V8 appends to it without copying and flattens it once when it is read.
  out = '';
  column = 0;
  // True right after a line break that a literal block wrote (go-yaml's "indention" state):
  // the next line then starts without another break.
  atLineStart = false;

  put(s: string): void {
    this.out += s;
    this.column += s.length;
    this.atLineStart = false;
  }

  private lineBreak(): void {
    this.out += '\n';
    this.column = 0;
    this.atLineStart = true;
  }

  /** go-yaml's write_indent: start a new line (unless at one already) and pad to `indent`. */
  newline(indent: number): void {
    this.out += this.atLineStart ? spaces(indent) : `\n${spaces(indent)}`;
    this.column = indent;
    this.atLineStart = false;
  }

  writePlain(value: string, indent: number, allowBreaks: boolean): void {
    if (!allowBreaks || value.length + this.column <= BEST_WIDTH + 1 || !value.includes(' ')) {
      return this.put(value);
    }
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (ch === ' ') {
        if (!spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ') this.newline(indent);
        else this.put(ch);
        spaces = true;
      } else {
        this.put(ch);
        spaces = false;
      }
    }
  }

  writeSingle(value: string, indent: number, allowBreaks: boolean): void {
    this.put("'");
    const chars = [...value];
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (ch === '\u2028' || ch === '\u2029') {
        // Unicode line/paragraph separators are written as they are and start a new line.
        this.out += ch;
        this.column = 0;
        this.atLineStart = true;
        breaks = true;
        continue;
      }
      if (breaks) {
        this.newline(indent);
        breaks = false;
      }
      if (ch === ' ') {
        if (
          allowBreaks &&
          !spaces &&
          this.column > BEST_WIDTH &&
          i !== 0 &&
          i !== chars.length - 1 &&
          chars[i + 1] !== ' '
        ) {
          this.newline(indent);
        } else {
          this.put(ch);
        }
        spaces = true;
      } else {
        this.put(ch === "'" ? "''" : ch);
        spaces = false;
      }
    }
    this.put("'");
  }

  writeDouble(value: string, indent: number, allowBreaks: boolean): void {
    this.put('"');
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      const escaped = doubleQuoteEscape(ch);
      if (escaped !== undefined) {
        this.put(escaped);
        spaces = false;
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
          this.newline(indent);
          if (chars[i + 1] === ' ') this.put('\\');
        } else {
          this.put(ch);
        }
        spaces = true;
      } else {
        this.put(ch);
        spaces = false;
      }
    }
    this.put('"');
  }

  writeLiteral(value: string, indent: number): void {
    let hints = '';
    if (value.startsWith(' ') || value.startsWith('\n')) hints += '2';
    if (!value.endsWith('\n')) hints += '-';
    else if (value.length === 1 || value.endsWith('\n\n')) hints += '+';
    this.put(`|${hints}`);
    this.lineBreak();
    let lineStart = true;
    for (const ch of value) {
      if (ch === '\n') {
        this.lineBreak();
        lineStart = true;
      } else {
        if (lineStart) this.newline(indent);
        lineStart = false;
        this.out += ch;
        this.column++;
      }
    }
  }
}

/** A string value's style, its text when written unfolded, and the last column that text may start at. */
export interface ScalarInfo {
  readonly style: ScalarStyle;
  /** The string as printed (after U+0085 folding). */
  readonly value: string;
  readonly text: string;
  /** Starting past this column the text might fold (or, for literal blocks, always: -Infinity). */
  readonly limit: number;
}

// A string that starts with a letter and has only these characters is always plain (unless it
// is one of YAML 1.1's words for booleans and null, which all consist of letters).
const SIMPLE_PLAIN = /^[A-Za-z][A-Za-z0-9_./-]*$/;
const WORDS_NEEDING_QUOTES = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'on',
  'On',
  'ON',
  'true',
  'True',
  'TRUE',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'off',
  'Off',
  'OFF',
  'false',
  'False',
  'FALSE',
  'null',
  'Null',
  'NULL',
]);

const singleQuoted = (value: string): string => `'${value.replace(/'/g, "''")}'`;

function doubleQuoted(value: string): string {
  let text = '"';
  for (const ch of value) text += doubleQuoteEscape(ch) ?? ch;
  return `${text}"`;
}

const hasLineSeparator = (value: string): boolean => value.includes('\u2028') || value.includes('\u2029');

/**
 * How a (NEL-folded) string value is written. Unfolded text never folds while it ends by column
 * 81: a fold needs a space past column 80 with more text after it.
 */
export function scalarInfo(value: string): ScalarInfo {
  const style: ScalarStyle =
    value.length < 64 && SIMPLE_PLAIN.test(value) && !WORDS_NEEDING_QUOTES.has(value)
      ? 'plain'
      : chooseStyle(value, false);
  switch (style) {
    case 'plain':
      return { style, value, text: value, limit: value.includes(' ') ? BEST_WIDTH + 1 - value.length : Infinity };
    case 'single': {
      const text = singleQuoted(value);
      return { style, value, text, limit: hasLineSeparator(value) ? -Infinity : BEST_WIDTH + 1 - text.length };
    }
    case 'double': {
      const text = doubleQuoted(value);
      return { style, value, text, limit: BEST_WIDTH + 1 - text.length };
    }
    case 'literal':
      return { style, value, text: '', limit: -Infinity };
  }
}

/** Writes a string value that may not fit unfolded where the writer stands. */
export function writeFolded(w: YamlOut, info: ScalarInfo, indent: number): void {
  switch (info.style) {
    case 'plain':
      return w.writePlain(info.value, indent, true);
    case 'single':
      return w.writeSingle(info.value, indent, true);
    case 'double':
      return w.writeDouble(info.value, indent, true);
    case 'literal':
      return w.writeLiteral(info.value, indent);
  }
}

/** "key:" for a map key whose value is written at `indent` (keys are simple keys: never folded). */
export function keyText(key: string, indent: number): string {
  const value = key.includes('\u0085') ? foldNextLines(key) : key;
  const w = new YamlOut();
  switch (chooseStyle(value, true)) {
    case 'plain':
      w.writePlain(value, indent, false);
      break;
    case 'single': {
      const text = value.length + 2 <= BEST_WIDTH + 1 && !hasLineSeparator(value) ? singleQuoted(value) : '';
      if (text !== '' && text.length <= BEST_WIDTH + 1) w.put(text);
      else w.writeSingle(value, indent, false);
      break;
    }
    case 'double': {
      const text = value.length + 2 <= BEST_WIDTH + 1 ? doubleQuoted(value) : '';
      if (text !== '' && text.length <= BEST_WIDTH + 1) w.put(text);
      else w.writeDouble(value, indent, false);
      break;
    }
    case 'literal':
      w.writeLiteral(value, indent);
      break;
  }
  return `${w.out}:`;
}

// sigs.k8s.io/yaml reads kubectl's JSON back with a YAML parser before printing it. Go's JSON
// encoder leaves U+0085 (NEL) unescaped, and YAML treats it as a line break inside the quoted
// string, folding it (and the blanks around it) into a space, or n breaks into n-1 newlines.
export function foldNextLines(text: string): string {
  return text.replace(/[ \t]*((?:\u0085[ \t]*)+)/g, (_, breaks: string) => {
    const count = breaks.split('\u0085').length - 1;
    return count === 1 ? ' ' : '\n'.repeat(count - 1);
  });
}
