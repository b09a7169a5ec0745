// The first syntax error Go's encoding/json finds in a JSON manifest, worded as kubectl prints it.
// kubectl reads a file that starts with "{" as a stream of JSON values (json.Decoder under
// apimachinery's YAMLOrJSONDecoder): a bad byte is a SyntaxError that the decoder reports as
// "json: offset N: invalid character ..." (N counts the bytes up to and including the bad one),
// and a value cut short by the end of the file is io.ErrUnexpectedEOF, "unexpected EOF".
// The states mirror encoding/json/scanner.go (stateBeginValue, stateBeginStringOrEmpty, ...).

class SyntaxFailure {
  constructor(readonly message: string) {}
}

const SPACE = new Set([' ', '\t', '\r', '\n']);

/** encoding/json quoteChar: the character as Go's %q would show it, in single quotes. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const quoted = JSON.stringify(c).slice(1, -1);
  return `'${quoted}'`;
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  private fail(context: string): never {
    const char = this.text[this.pos]!;
    throw new SyntaxFailure(`json: offset ${this.pos + 1}: invalid character ${quoteChar(char)} ${context}`);
  }

  private peek(): string {
    if (this.pos >= this.text.length) throw new SyntaxFailure('unexpected EOF');
    return this.text[this.pos]!;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && SPACE.has(this.text[this.pos]!)) this.pos++;
  }

  /** True when only white space is left (the stream ends cleanly between values). */
  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  value(): void {
    this.skipSpace();
    const c = this.peek();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const literal of ['true', 'false', 'null']) {
      if (c === literal[0]) return this.literal(literal);
    }
    this.fail('looking for beginning of value');
  }

  private object(): void {
    this.pos++;
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek() !== '"') this.fail('looking for beginning of object key string');
      this.string();
      this.skipSpace();
      if (this.peek() !== ':') this.fail('after object key');
      this.pos++;
      this.value();
      this.skipSpace();
      const c = this.peek();
      this.pos++;
      if (c === '}') return;
      if (c !== ',') {
        this.pos--;
        this.fail('after object key:value pair');
      }
    }
  }

  private array(): void {
    this.pos++;
    this.skipSpace();
    if (this.peek() === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.value();
      this.skipSpace();
      const c = this.peek();
      this.pos++;
      if (c === ']') return;
      if (c !== ',') {
        this.pos--;
        this.fail('after array element');
      }
    }
  }

  private string(): void {
    this.pos++;
    for (;;) {
      const c = this.peek();
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        this.pos++;
        const e = this.peek();
        if (e === 'u') {
          for (let i = 0; i < 4; i++) {
            this.pos++;
            if (!/[0-9a-fA-F]/.test(this.peek())) this.fail('in \\u hexadecimal character escape');
          }
        } else if (!'bfnrt\\/"'.includes(e)) {
          this.fail('in string escape code');
        }
      } else if (c < ' ') {
        this.fail('in string literal');
      }
      this.pos++;
    }
  }

  private digits(): void {
    while (this.pos < this.text.length && /[0-9]/.test(this.text[this.pos]!)) this.pos++;
  }

  private number(): void {
    if (this.peek() === '-') {
      this.pos++;
      if (!/[0-9]/.test(this.peek())) this.fail('in numeric literal');
    }
    if (this.peek() === '0') this.pos++;
    else this.digits();
    if (this.pos < this.text.length && this.text[this.pos] === '.') {
      this.pos++;
      if (!/[0-9]/.test(this.peek())) this.fail('after decimal point in numeric literal');
      this.digits();
    }
    if (this.pos < this.text.length && /[eE]/.test(this.text[this.pos]!)) {
      this.pos++;
      if (/[+-]/.test(this.peek())) this.pos++;
      if (!/[0-9]/.test(this.peek())) this.fail('in exponent of numeric literal');
      this.digits();
    }
  }

  private literal(word: string): void {
    this.pos++;
    for (const expected of word.slice(1)) {
      if (this.peek() !== expected) this.fail(`in literal ${word} (expecting '${expected}')`);
      this.pos++;
    }
  }
}

/**
 * The values of a JSON stream, or the message kubectl gives after "error parsing FILE: " for the
 * first syntax error (values before it are still returned, as the decoder has read them).
 */
export function readJsonStream(text: string): { values: unknown[]; error?: string } {
  const scanner = new Scanner(text);
  const values: unknown[] = [];
  try {
    do {
      const start = scanner.pos;
      scanner.value();
      values.push(JSON.parse(text.slice(start, scanner.pos)));
    } while (!scanner.atEnd());
    return { values };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { values, error: e.message };
    throw e;
  }
}
