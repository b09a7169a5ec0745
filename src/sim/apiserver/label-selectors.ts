// Server-side label selectors (apimachinery pkg/labels). Parse errors come back worded as the API
// server words them, so kubectl can show them unchanged. Field selectors: field-selectors.ts.

import { aggregate, invalid, isInt64, isQualifiedName, isValidLabelValue } from './label-validation';

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
