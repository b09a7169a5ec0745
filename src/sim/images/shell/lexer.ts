// Splits shell source into words and operators (POSIX §2.3 token recognition). Quotes, escapes,
// `$VAR`, `${VAR:-x}`, `$(…)`, backquotes and `$((…))` are resolved into word parts here, so the
// parser only sees whole words and operators.

import type { ListNode, ParamOp, Word, WordPart } from './ast';

export class ShellSyntaxError extends Error {
  /** True when more input could complete the text (an interactive shell then prompts with "> "). */
  constructor(
    message: string,
    readonly incomplete: boolean,
  ) {
    super(message);
  }
}

export type Token =
  | { kind: 'word'; word: Word; raw: string; plain: boolean }
  | { kind: 'op'; op: string; fd?: number }
  | { kind: 'newline' }
  | { kind: 'eof' };

const OPERATORS = ['&&', '||', ';;', '<<-', '<<', '>>', '>&', '<&', '>|', ';', '&', '|', '(', ')', '<', '>'];
const SPECIAL_PARAMS = '?$#@*!-0123456789';

/** Parses a full list; supplied by the parser to break the module cycle for `$(…)`. */
export type ListParser = (source: string) => ListNode;

export class Lexer {
  private pos = 0;
  private peeked: Token | undefined;

  constructor(
    private readonly src: string,
    private readonly parseList: ListParser,
  ) {}

  peek(): Token {
    this.peeked ??= this.read();
    return this.peeked;
  }

  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  private read(): Token {
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      else break;
    }
    if (this.pos >= src.length) {
      this.readHeredocBodies();
      return { kind: 'eof' };
    }
    if (src[this.pos] === '\n') {
      this.pos++;
      this.readHeredocBodies();
      return { kind: 'newline' };
    }
    // An all-digit word directly followed by < or > is a file-descriptor number (`2>&1`).
    const fdMatch = /^(\d)(?=[<>])/.exec(src.slice(this.pos, this.pos + 2));
    if (fdMatch) {
      this.pos += 1;
      const op = this.readOperator()!;
      return { kind: 'op', op, fd: Number(fdMatch[1]) };
    }
    const op = this.readOperator();
    if (op) return { kind: 'op', op };
    return this.readWord();
  }

  private readonly pendingHeredocs: { delimiter: string; quoted: boolean; stripTabs: boolean; word: Word }[] = [];

  /**
   * `<<WORD`: the body starts on the line after the command. The parser registers it here and
   * gets a word that is filled in when the lexer reaches that newline. A quoted delimiter
   * (`<<'EOF'`) keeps the body literal; `<<-` strips leading tabs.
   */
  queueHeredoc(delimiterToken: Extract<Token, { kind: 'word' }>, stripTabs: boolean): Word {
    const word: Word = { parts: [] };
    const quoted = !delimiterToken.plain;
    const delimiter = delimiterToken.word.parts.map((p) => (p.kind === 'text' ? p.value : '')).join('');
    this.pendingHeredocs.push({ delimiter, quoted, stripTabs, word });
    return word;
  }

  private readHeredocBodies(): void {
    while (this.pendingHeredocs.length > 0) {
      const doc = this.pendingHeredocs.shift()!;
      let body = '';
      let terminated = false;
      while (this.pos < this.src.length) {
        const end = this.src.indexOf('\n', this.pos);
        let line = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
        this.pos = end < 0 ? this.src.length : end + 1;
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter) {
          terminated = true;
          break;
        }
        body += `${line}\n`;
      }
      // Without its delimiter line the document is unfinished: an interactive shell asks for more.
      if (!terminated)
        throw new ShellSyntaxError(`syntax error: unexpected end of file (expecting "${doc.delimiter}")`, true);
      doc.word.parts = doc.quoted
        ? [{ kind: 'text', value: body, quoted: true }]
        : new Lexer(body, this.parseList).readHeredocParts();
    }
  }

  /** A heredoc body: `$` expansions and backslash escapes of `$`, `` ` `` and `\\`; quotes are plain text. */
  readHeredocParts(): WordPart[] {
    const parts: WordPart[] = [];
    let text = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\' && '$`\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (c === '$' || c === '`') {
        const part = this.readDollar(true);
        if (part) {
          if (text) parts.push({ kind: 'text', value: text, quoted: true });
          text = '';
          parts.push(part);
          continue;
        }
      }
      text += c;
      this.pos++;
    }
    if (text || parts.length === 0) parts.push({ kind: 'text', value: text, quoted: true });
    return parts;
  }

  private readOperator(): string | undefined {
    for (const op of OPERATORS) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return op;
      }
    }
    return undefined;
  }

  private readWord(): Token {
    const src = this.src;
    const start = this.pos;
    const parts: WordPart[] = [];
    let plain = true;
    let text = '';
    const flush = (): void => {
      if (text) parts.push({ kind: 'text', value: text, quoted: false });
      text = '';
    };
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if (' \t\r\n;&|()<>'.includes(c)) break;
      plain = plain && !'\'"\\$`'.includes(c);
      if (c === '\\') {
        flush();
        const escaped = src[this.pos + 1];
        this.pos += 2;
        if (escaped !== undefined && escaped !== '\n') parts.push({ kind: 'text', value: escaped, quoted: true });
      } else if (c === "'") {
        flush();
        const end = src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError('syntax error: unterminated quoted string', true);
        parts.push({ kind: 'text', value: src.slice(this.pos + 1, end), quoted: true });
        this.pos = end + 1;
      } else if (c === '"') {
        flush();
        this.pos++;
        parts.push(...this.readDoubleQuoted());
      } else if (c === '$' || c === '`') {
        const part = this.readDollar(false);
        if (part) {
          flush();
          parts.push(part);
        } else {
          text += c;
          this.pos++;
        }
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return { kind: 'word', word: { parts }, raw: src.slice(start, this.pos), plain };
  }

  private readDoubleQuoted(): WordPart[] {
    const src = this.src;
    const parts: WordPart[] = [];
    let text = '';
    for (;;) {
      if (this.pos >= src.length) throw new ShellSyntaxError('syntax error: unterminated quoted string', true);
      const c = src[this.pos]!;
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === '\\' && '$`"\\\n'.includes(src[this.pos + 1] ?? '')) {
        if (src[this.pos + 1] !== '\n') text += src[this.pos + 1];
        this.pos += 2;
      } else if (c === '$' || c === '`') {
        const part = this.readDollar(true);
        if (part) {
          if (text) parts.push({ kind: 'text', value: text, quoted: true });
          text = '';
          parts.push(part);
        } else {
          text += c;
          this.pos++;
        }
      } else {
        text += c;
        this.pos++;
      }
    }
    // An empty "" still yields one (empty) field.
    if (text || parts.length === 0) parts.push({ kind: 'text', value: text, quoted: true });
    return parts;
  }

  /** Reads `$name`, `${…}`, `$(…)`, `$((…))` or a backquoted command; undefined for a lone `$`. */
  private readDollar(quoted: boolean): WordPart | undefined {
    const src = this.src;
    if (src[this.pos] === '`') {
      let end = this.pos + 1;
      while (end < src.length && src[end] !== '`') end += src[end] === '\\' ? 2 : 1;
      if (end >= src.length) throw new ShellSyntaxError('syntax error: unterminated quoted string', true);
      const body = this.parseList(src.slice(this.pos + 1, end).replace(/\\([$`\\])/g, '$1'));
      this.pos = end + 1;
      return { kind: 'command', body, quoted };
    }
    const next = src[this.pos + 1] ?? '';
    if (src.startsWith('$((', this.pos)) {
      const end = this.matchingParen(this.pos + 2);
      if (src[end + 1] !== ')') throw new ShellSyntaxError('syntax error: missing ))', true);
      const expr = src.slice(this.pos + 3, end);
      this.pos = end + 2;
      return { kind: 'arith', expr, quoted };
    }
    if (next === '(') {
      const end = this.matchingParen(this.pos + 1);
      const body = this.parseList(src.slice(this.pos + 2, end));
      this.pos = end + 1;
      return { kind: 'command', body, quoted };
    }
    if (next === '{') {
      const end = src.indexOf('}', this.pos + 2);
      if (end < 0) throw new ShellSyntaxError('syntax error: missing }', true);
      const inner = src.slice(this.pos + 2, end);
      this.pos = end + 1;
      return this.braceParam(inner, quoted);
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(this.pos + 1));
    if (name) {
      this.pos += 1 + name[0].length;
      return { kind: 'param', name: name[0], quoted };
    }
    if (next && SPECIAL_PARAMS.includes(next)) {
      this.pos += 2;
      return { kind: 'param', name: next, quoted };
    }
    return undefined;
  }

  private braceParam(inner: string, quoted: boolean): WordPart {
    if (/^#[A-Za-z_0-9?@*]/.test(inner)) return { kind: 'param', name: inner.slice(1), quoted, op: 'length' };
    const match = /^([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])(:-|-|:=|:\+|##|#|%%|%)?(.*)$/s.exec(inner);
    if (!match || (!match[2] && match[3])) throw new ShellSyntaxError(`syntax error: bad substitution`, false);
    const part: WordPart = { kind: 'param', name: match[1]!, quoted };
    if (match[2]) {
      part.op = match[2] as ParamOp;
      const argLexer = new Lexer(match[3]!, this.parseList);
      part.arg = { parts: match[3] ? argLexer.readWordParts() : [] };
    }
    return part;
  }

  /** Lexes the whole source as one word's parts (for `${x:-default words}`). */
  readWordParts(): WordPart[] {
    const parts: WordPart[] = [];
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '$' || c === '`') {
        const part = this.readDollar(false);
        if (part) {
          parts.push(part);
          continue;
        }
      }
      if (c === '"') {
        this.pos++;
        parts.push(...this.readDoubleQuoted());
        continue;
      }
      parts.push({ kind: 'text', value: c, quoted: true });
      this.pos++;
    }
    return parts;
  }

  /** Index of the `)` closing the `(` at `open`, skipping quotes and nested parentheses. */
  private matchingParen(open: number): number {
    const src = this.src;
    let depth = 0;
    for (let i = open; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) break;
        i = end;
      } else if (c === '"') {
        i++;
        while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
    }
    throw new ShellSyntaxError('syntax error: unterminated $(...)', true);
  }
}
