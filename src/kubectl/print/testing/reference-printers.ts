// The printers as they were before the fast emitters (yaml.ts, json.ts) replaced them, kept
// verbatim for the differential tests: the new code must print exactly what this prints, byte
// for byte, on any JSON-like input. This file holds the YAML half; reference-json-printer.ts the
// JSON half. Test-only; nothing in the product imports them.

import { type Json, sortedKeys } from '../yaml-order';
import { type ScalarStyle, chooseStyle, doubleQuoteEscape, goFloat } from '../yaml-scalars';

const BEST_WIDTH = 80;

// Most strings in API objects repeat (field values, condition types, images): remember the
// style go-yaml picks for each, and the rendered text of keys.
const STYLE_CACHE = new Map<string, ScalarStyle>();
const KEY_CACHE = new Map<string, string>();
// Quoted text of strings short enough never to fold, by style.
const SINGLE_CACHE = new Map<string, string>();
const DOUBLE_CACHE = new Map<string, string>();
const CACHE_LIMIT = 20_000;
const INDENTS: string[] = [];

function indentOf(n: number): string {
  return (INDENTS[n] ??= ' '.repeat(n));
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

function styleOf(value: string, simpleKey: boolean): ScalarStyle {
  if (!simpleKey && value.length < 64 && SIMPLE_PLAIN.test(value) && !WORDS_NEEDING_QUOTES.has(value)) return 'plain';
  const cacheKey = simpleKey ? `k\u0000${value}` : value;
  let style = STYLE_CACHE.get(cacheKey);
  if (style === undefined) {
    style = chooseStyle(value, simpleKey);
    if (STYLE_CACHE.size > CACHE_LIMIT) STYLE_CACHE.clear();
    STYLE_CACHE.set(cacheKey, style);
  }
  return style;
}

class YamlWriter {
  // Pieces joined once at the end: far less garbage than growing one string.
  private parts: string[] = [];
  private column = 0;
  // True right after a line break that a literal block wrote (go-yaml's "indention" state):
  // the next line then starts without another break.
  private atLineStart = false;

  text(): string {
    return this.parts.join('');
  }

  private put(s: string): void {
    this.parts.push(s);
    this.column += s.length;
    this.atLineStart = false;
  }

  private lineBreak(): void {
    this.parts.push('\n');
    this.column = 0;
    this.atLineStart = true;
  }

  /** go-yaml's write_indent: start a new line (unless at one already) and pad to `indent`. */
  private newline(indent: number): void {
    if (!this.atLineStart) this.parts.push('\n');
    this.parts.push(indentOf(indent));
    this.column = indent;
    this.atLineStart = false;
  }

  /** A map whose first key is written at the current position and the others at `indent`. */
  writeMap(obj: { [key: string]: Json }, indent: number, first: boolean, keys = sortedKeys(obj)): void {
    let isFirst = first;
    for (const key of keys) {
      if (!isFirst) this.newline(indent);
      isFirst = false;
      let keyText = KEY_CACHE.get(key);
      if (keyText === undefined) {
        // Keys are simple keys: never folded, so their text does not depend on the column.
        const saved = { parts: this.parts, column: this.column, atLineStart: this.atLineStart };
        this.parts = [];
        this.column = 0;
        this.writeScalarString(key, indent + 2, true);
        keyText = `${this.parts.join('')}:`;
        this.parts = saved.parts;
        this.column = saved.column;
        this.atLineStart = saved.atLineStart;
        if (KEY_CACHE.size > CACHE_LIMIT) KEY_CACHE.clear();
        KEY_CACHE.set(key, keyText);
      }
      this.put(keyText);
      this.writeValue(obj[key], indent, true);
    }
  }

  /** A sequence whose first "- " is written at the current position and the others at `indent`. */
  writeList(list: Json[], indent: number, first: boolean): void {
    let isFirst = first;
    for (const item of list) {
      if (!isFirst) this.newline(indent);
      isFirst = false;
      this.put('-');
      this.writeValue(item, indent, false);
    }
  }

  /**
   * Writes a value after "key:" (inMap) or "-" (list item); `indent` is the column of that key
   * or dash.
   */
  private writeValue(value: Json | undefined, indent: number, inMap: boolean): void {
    if (typeof value === 'string') {
      this.put(' ');
      this.writeScalarString(value, indent + 2, false);
      return;
    }
    if (value === undefined) return this.put(' null');
    if (Array.isArray(value)) {
      if (value.length === 0) return this.put(' []');
      if (inMap) {
        this.newline(indent);
        this.writeList(value, indent, true);
      } else {
        this.put(' ');
        this.writeList(value, indent + 2, true);
      }
      return;
    }
    if (value !== null && typeof value === 'object') {
      const keys = sortedKeys(value);
      if (keys.length === 0) return this.put(' {}');
      if (inMap) {
        this.newline(indent + 2);
        this.writeMap(value, indent + 2, true, keys);
      } else {
        this.put(' ');
        this.writeMap(value, indent + 2, true, keys);
      }
      return;
    }
    this.put(' ');
    if (value === null) return this.put('null');
    if (typeof value === 'boolean') return this.put(value ? 'true' : 'false');
    if (typeof value === 'number')
      return this.put(Number.isInteger(value) && Math.abs(value) < 1e21 ? String(value) : goFloat(value));
    this.writeScalarString(value, indent + 2, false);
  }

  private writeScalarString(raw: string, indent: number, simpleKey: boolean): void {
    const value = raw.includes('\u0085') ? foldNextLines(raw) : raw;
    const style = styleOf(value, simpleKey);
    const allowBreaks = !simpleKey;
    switch (style) {
      case 'plain':
        return this.writePlain(value, indent, allowBreaks);
      case 'single': {
        // Text ending by column 81 has no space past column 80, so it cannot fold.
        if (
          value.length + 2 + this.column <= BEST_WIDTH + 1 &&
          !value.includes('\u2028') &&
          !value.includes('\u2029')
        ) {
          let text = SINGLE_CACHE.get(value);
          if (text === undefined) {
            text = `'${value.replace(/'/g, "''")}'`;
            if (SINGLE_CACHE.size > CACHE_LIMIT) SINGLE_CACHE.clear();
            SINGLE_CACHE.set(value, text);
          }
          if (text.length + this.column <= BEST_WIDTH + 1) return this.put(text);
        }
        return this.writeSingle(value, indent, allowBreaks);
      }
      case 'double': {
        if (value.length + 2 + this.column <= BEST_WIDTH + 1) {
          let text = DOUBLE_CACHE.get(value);
          if (text === undefined) {
            text = '"';
            for (const ch of value) text += doubleQuoteEscape(ch) ?? ch;
            text += '"';
            if (DOUBLE_CACHE.size > CACHE_LIMIT) DOUBLE_CACHE.clear();
            DOUBLE_CACHE.set(value, text);
          }
          if (text.length + this.column <= BEST_WIDTH + 1) return this.put(text);
        }
        return this.writeDouble(value, indent, allowBreaks);
      }
      case 'literal':
        return this.writeLiteral(value, indent);
    }
  }

  private writePlain(value: string, indent: number, allowBreaks: boolean): void {
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

  private writeSingle(value: string, indent: number, allowBreaks: boolean): void {
    this.put("'");
    const chars = [...value];
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (ch === '\u2028' || ch === '\u2029') {
        // Unicode line/paragraph separators are written as they are and start a new line.
        this.parts.push(ch);
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

  private writeDouble(value: string, indent: number, allowBreaks: boolean): void {
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

  private writeLiteral(value: string, indent: number): void {
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
        this.parts.push(ch);
        this.column++;
      }
    }
  }
}

// sigs.k8s.io/yaml reads kubectl's JSON back with a YAML parser before printing it. Go's JSON
// encoder leaves U+0085 (NEL) unescaped, and YAML treats it as a line break inside the quoted
// string, folding it (and the blanks around it) into a space, or n breaks into n-1 newlines.
function foldNextLines(text: string): string {
  return text.replace(/[ \t]*((?:\u0085[ \t]*)+)/g, (_, breaks: string) => {
    const count = breaks.split('\u0085').length - 1;
    return count === 1 ? ' ' : '\n'.repeat(count - 1);
  });
}

/** One document, as `kubectl get -o yaml` prints it (ends with a newline). */
export function referenceToYaml(value: unknown): string {
  const json = (value ?? null) as Json;
  const writer = new YamlWriter();
  if (Array.isArray(json)) {
    if (json.length === 0) return '[]\n';
    writer.writeList(json, 0, true);
  } else if (json !== null && typeof json === 'object') {
    const keys = sortedKeys(json);
    if (keys.length === 0) return '{}\n';
    writer.writeMap(json, 0, true, keys);
  } else {
    return `${JSON.stringify(json)}\n`;
  }
  const text = writer.text();
  return text.endsWith('\n') ? text : text + '\n';
}
