// The lexer of Go's text/template (text/template/parse/lex.go in the Go release kubectl v1.32 is
// built with), as kubectl's `-o go-template` meets it: `{{` `}}` delimiters, `{{-`/`-}}` trim
// markers, comments, and its error words ("unclosed action", "bad character U+002D '-'").

export type ItemType =
  | 'error'
  | 'eof'
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'field'
  | 'variable'
  | 'identifier'
  | 'keyword'
  | 'bool'
  | 'nil'
  | 'dot'
  | 'number'
  | 'charConstant'
  | 'string'
  | 'rawString'
  | 'pipe'
  | 'leftParen'
  | 'rightParen'
  | 'assign'
  | 'declare'
  | 'char'
  | 'comment';

export interface Item {
  type: ItemType;
  /** Byte offset of the item in the template (Go counts UTF-8 bytes; we count UTF-16 units). */
  pos: number;
  value: string;
  line: number;
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const SPACE = new Set([' ', '\t', '\r', '\n']);

const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.has(ch);
const isAlphaNumeric = (ch: string | undefined) => ch !== undefined && /^[\p{L}\p{Nd}_]$/u.test(ch);

/** Go's %#U: `U+002D '-'`. */
export function goRuneText(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return /\p{C}/u.test(ch) ? `U+${hex}` : `U+${hex} '${ch}'`;
}

/** Splits a template into items; lexing stops at the first error item, as Go's parser does. */
export function lexTemplate(input: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;

  const emit = (type: ItemType) => {
    items.push({ type, pos: start, value: input.slice(start, pos), line: startLine });
    start = pos;
    startLine = line;
  };
  const ignore = () => {
    line += count(input.slice(start, pos), '\n');
    start = pos;
    startLine = line;
  };
  const fail = (message: string): false => {
    items.push({ type: 'error', pos: start, value: message, line: startLine });
    return false;
  };
  const next = (): string | undefined => {
    if (pos >= input.length) {
      pos++;
      return undefined;
    }
    const ch = input[pos++]!;
    if (ch === '\n') line++;
    return ch;
  };
  const backup = () => {
    pos--;
    if (pos < input.length && input[pos] === '\n') line--;
  };
  const peek = () => input[pos];
  const hasLeftTrim = (at: number) => input[at] === '-' && isSpace(input[at + 1]);
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    if (isSpace(input[pos]) && input[pos + 1] === '-' && input.startsWith('}}', pos + 2))
      return { delim: true, trim: true };
    return { delim: input.startsWith('}}', pos), trim: false };
  };
  const atTerminator = () => {
    const r = peek();
    if (r === undefined || isSpace(r) || '.,|:)('.includes(r)) return true;
    return input.startsWith('}}', pos);
  };
  const skipSpaces = () => {
    while (isSpace(input[pos])) next();
  };

  // Text up to the next {{, trimmed before a {{- marker.
  const lexText = (): boolean => {
    const x = input.indexOf('{{', pos);
    if (x < 0) {
      pos = input.length;
      if (pos > start) {
        line += count(input.slice(start, pos), '\n');
        emit('text');
      }
      items.push({ type: 'eof', pos, value: '', line });
      return false;
    }
    if (x > pos || x > start) {
      pos = x;
      let textEnd = pos;
      if (hasLeftTrim(pos + 2)) while (textEnd > start && isSpace(input[textEnd - 1])) textEnd--;
      const text = input.slice(start, textEnd);
      line += count(input.slice(start, pos), '\n');
      if (text !== '') items.push({ type: 'text', pos: start, value: text, line: startLine });
      start = pos;
      startLine = line;
    }
    return lexLeftDelim();
  };

  const lexLeftDelim = (): boolean => {
    pos += 2;
    const trim = hasLeftTrim(pos);
    const after = trim ? 2 : 0;
    if (input.startsWith('/*', pos + after)) {
      pos += after;
      ignore();
      return lexComment();
    }
    items.push({ type: 'leftDelim', pos: start, value: '{{', line: startLine });
    pos += after;
    ignore();
    parenDepth = 0;
    return lexInsideAction();
  };

  const lexComment = (): boolean => {
    pos += 2;
    const x = input.indexOf('*/', pos);
    if (x < 0) return fail('unclosed comment');
    while (pos < x + 2) next();
    const { delim, trim } = atRightDelim();
    if (!delim) return fail('comment ends before closing delimiter');
    if (trim) pos += 2;
    pos += 2;
    if (trim) skipSpaces();
    ignore();
    return true;
  };

  const lexRightDelim = (trim: boolean): boolean => {
    if (trim) {
      pos += 2;
      ignore();
    }
    pos += 2;
    emit('rightDelim');
    if (trim) {
      skipSpaces();
      ignore();
    }
    return true;
  };

  const lexInsideAction = (): boolean => {
    for (;;) {
      const { delim, trim } = atRightDelim();
      if (delim) {
        if (parenDepth === 0) return lexRightDelim(trim);
        return fail('unclosed left paren');
      }
      const r = next();
      if (r === undefined) return fail('unclosed action');
      if (isSpace(r)) {
        backup();
        let spaces = 0;
        while (isSpace(peek())) {
          next();
          spaces++;
        }
        // A lone space before "-}}" belongs to the trim marker.
        if (input[pos - 1] !== undefined && input[pos] === '-' && input.startsWith('}}', pos + 1)) {
          backup();
          if (spaces === 1) continue;
        }
        emit('space');
      } else if (r === '=') emit('assign');
      else if (r === ':') {
        if (next() !== '=') return fail('expected :=');
        emit('declare');
      } else if (r === '|') emit('pipe');
      else if (r === '"') {
        if (!lexQuote()) return false;
      } else if (r === '`') {
        const x = input.indexOf('`', pos);
        if (x < 0) return fail('unterminated raw quoted string');
        while (pos <= x) next();
        emit('rawString');
      } else if (r === '$') {
        if (!lexFieldOrVariable('variable')) return false;
      } else if (r === "'") {
        if (!lexChar()) return false;
      } else if (r === '.' && pos < input.length && !/[0-9]/.test(input[pos]!)) {
        if (!lexFieldOrVariable('field')) return false;
      } else if (r === '.' || r === '+' || r === '-' || /[0-9]/.test(r)) {
        backup();
        if (!lexNumber()) return false;
      } else if (isAlphaNumeric(r)) {
        backup();
        if (!lexIdentifier()) return false;
      } else if (r === '(') {
        parenDepth++;
        emit('leftParen');
      } else if (r === ')') {
        parenDepth--;
        if (parenDepth < 0) return fail('unexpected right paren');
        emit('rightParen');
      } else if (r.charCodeAt(0) < 0x80 && r.charCodeAt(0) >= 0x20 && r.charCodeAt(0) !== 0x7f) emit('char');
      else return fail(`unrecognized character in action: ${goRuneText(r)}`);
    }
  };

  const lexQuote = (): boolean => {
    for (;;) {
      let r = next();
      if (r === '\\') {
        r = next();
        if (r !== undefined && r !== '\n') continue;
        return fail('unterminated quoted string');
      }
      if (r === undefined || r === '\n') return fail('unterminated quoted string');
      if (r === '"') break;
    }
    emit('string');
    return true;
  };

  const lexChar = (): boolean => {
    for (;;) {
      let r = next();
      if (r === '\\') {
        r = next();
        if (r !== undefined && r !== '\n') continue;
        return fail('unterminated character constant');
      }
      if (r === undefined || r === '\n') return fail('unterminated character constant');
      if (r === "'") break;
    }
    emit('charConstant');
    return true;
  };

  const lexFieldOrVariable = (type: 'field' | 'variable'): boolean => {
    if (atTerminator()) {
      emit(type === 'variable' ? 'variable' : 'dot');
      return true;
    }
    let r: string | undefined;
    for (;;) {
      r = next();
      if (!isAlphaNumeric(r)) {
        backup();
        break;
      }
    }
    if (!atTerminator()) return fail(`bad character ${goRuneText(r ?? '')}`);
    emit(type);
    return true;
  };

  const lexIdentifier = (): boolean => {
    for (;;) {
      const r = next();
      if (isAlphaNumeric(r)) continue;
      backup();
      const word = input.slice(start, pos);
      if (!atTerminator()) return fail(`bad character ${goRuneText(r ?? '')}`);
      if (KEYWORDS.has(word)) emit('keyword');
      else if (word === 'nil') emit('nil');
      else if (word === 'true' || word === 'false') emit('bool');
      else emit('identifier');
      return true;
    }
  };

  const lexNumber = (): boolean => {
    const match =
      /^[+-]?(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]*)?|0[oO][0-7_]*|0[bB][01_]*|[0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]*)?)i?/.exec(
        input.slice(pos),
      );
    const length = match?.[0].length ?? 0;
    for (let i = 0; i < length; i++) next();
    if (isAlphaNumeric(peek())) {
      next();
      return fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
    }
    emit('number');
    return true;
  };

  for (;;) {
    if (!lexText()) break;
    const last = items[items.length - 1];
    if (last?.type === 'error') break;
  }
  return items;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}
