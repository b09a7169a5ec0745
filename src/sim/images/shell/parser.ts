// Recursive-descent parser for the shell grammar (POSIX §2.10, the subset busybox ash scripts in
// Pod manifests use). Syntax errors carry busybox's wording: `syntax error: unexpected "fi"`,
// `syntax error: unexpected end of file (expecting "done")`.

import type { AndOr, CommandNode, ListNode, Pipeline, Redirect, SimpleCommand, Word } from './ast';
import { Lexer, ShellSyntaxError, type Token } from './lexer';

const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  'for',
  'case',
  'esac',
  'in',
  '{',
  '}',
  '!',
]);
const LIST_TERMINATORS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

export function parseScript(source: string): ListNode {
  const parser = new Parser(source);
  const list = parser.list(undefined);
  parser.expectEnd();
  return list;
}

class Parser {
  private readonly lexer: Lexer;

  constructor(source: string) {
    this.lexer = new Lexer(source, (inner) => parseScript(inner));
  }

  expectEnd(): void {
    const token = this.lexer.peek();
    if (token.kind !== 'eof') throw this.unexpected(token, undefined);
  }

  /** A list up to a closing keyword (`expecting`) or `)` or the end of input. */
  list(expecting: string | undefined, closer?: string): ListNode {
    const items: AndOr[] = [];
    for (;;) {
      this.skipNewlines();
      const token = this.lexer.peek();
      if (token.kind === 'eof') break;
      if (token.kind === 'word' && token.plain && LIST_TERMINATORS.has(token.raw)) break;
      if (token.kind === 'op' && token.op === ')' && closer === ')') break;
      const item = this.andOr(expecting);
      items.push(item);
      const sep = this.lexer.peek();
      if (sep.kind === 'op' && (sep.op === ';' || sep.op === '&')) {
        this.lexer.next();
        item.background = sep.op === '&';
      } else if (sep.kind === 'newline') {
        this.lexer.next();
      } else {
        break;
      }
    }
    return { items };
  }

  private andOr(expecting: string | undefined): AndOr {
    const first = this.pipeline(expecting);
    const rest: AndOr['rest'] = [];
    for (;;) {
      const token = this.lexer.peek();
      if (token.kind !== 'op' || (token.op !== '&&' && token.op !== '||')) break;
      this.lexer.next();
      this.skipNewlines();
      rest.push({ op: token.op, pipeline: this.pipeline(expecting) });
    }
    return { first, rest, background: false };
  }

  private pipeline(expecting: string | undefined): Pipeline {
    let negated = false;
    const bang = this.lexer.peek();
    if (bang.kind === 'word' && bang.plain && bang.raw === '!') {
      this.lexer.next();
      negated = true;
    }
    const commands = [this.command(expecting)];
    for (;;) {
      const token = this.lexer.peek();
      if (token.kind !== 'op' || token.op !== '|') break;
      this.lexer.next();
      this.skipNewlines();
      commands.push(this.command(expecting));
    }
    return { negated, commands };
  }

  private command(expecting: string | undefined): CommandNode {
    const token = this.lexer.peek();
    if (token.kind === 'word' && token.plain) {
      switch (token.raw) {
        case 'if':
          return this.withRedirects(this.ifCommand());
        case 'while':
        case 'until':
          return this.withRedirects(this.loop(token.raw));
        case 'for':
          return this.withRedirects(this.forCommand());
        case 'case':
          return this.withRedirects(this.caseCommand());
        case '{': {
          this.lexer.next();
          const body = this.list('}');
          this.keyword('}');
          return this.withRedirects({ kind: 'group', body, redirects: [] });
        }
      }
      if (RESERVED.has(token.raw)) throw this.unexpected(token, expecting);
    }
    if (token.kind === 'op' && token.op === '(') {
      this.lexer.next();
      const body = this.list(')', ')');
      const close = this.lexer.next();
      if (close.kind !== 'op' || close.op !== ')') throw this.unexpected(close, ')');
      return this.withRedirects({ kind: 'subshell', body, redirects: [] });
    }
    return this.simple(expecting);
  }

  /** `name() compound-command`, the POSIX function definition. */
  private functionDefinition(name: string, expecting: string | undefined): CommandNode {
    this.lexer.next();
    const close = this.lexer.next();
    if (close.kind !== 'op' || close.op !== ')') throw this.unexpected(close, ')');
    this.skipNewlines();
    const body = this.command(expecting);
    return { kind: 'function', name, body, redirects: [] };
  }

  private simple(expecting: string | undefined): CommandNode {
    const cmd: SimpleCommand = { kind: 'simple', assignments: [], words: [], redirects: [] };
    for (;;) {
      const token = this.lexer.peek();
      if (token.kind === 'word') {
        this.lexer.next();
        if (
          cmd.words.length === 0 &&
          cmd.assignments.length === 0 &&
          token.plain &&
          /^[A-Za-z_][A-Za-z0-9_]*$/.test(token.raw)
        ) {
          const paren = this.lexer.peek();
          if (paren.kind === 'op' && paren.op === '(') return this.functionDefinition(token.raw, expecting);
        }
        const assignment = cmd.words.length === 0 ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(token.raw) : null;
        if (assignment)
          cmd.assignments.push({ name: assignment[1]!, value: dropPrefix(token.word, assignment[0].length) });
        else cmd.words.push(token.word);
      } else if (token.kind === 'op' && isRedirectOp(token.op)) {
        cmd.redirects.push(this.redirect());
      } else {
        break;
      }
    }
    if (cmd.words.length === 0 && cmd.assignments.length === 0 && cmd.redirects.length === 0) {
      throw this.unexpected(this.lexer.peek(), expecting);
    }
    return cmd;
  }

  private redirect(): Redirect {
    const token = this.lexer.next() as Extract<Token, { kind: 'op' }>;
    const target = this.lexer.next();
    if (target.kind !== 'word') throw this.unexpected(target, undefined);
    if (token.op === '<<' || token.op === '<<-') {
      return { fd: token.fd ?? 0, op: '<<', target: this.lexer.queueHeredoc(target, token.op === '<<-') };
    }
    const op = token.op === '>|' ? '>' : (token.op as Redirect['op']);
    const fd = token.fd ?? (op === '<' || op === '<&' ? 0 : 1);
    return { fd, op, target: target.word };
  }

  private withRedirects<T extends CommandNode>(node: T): T {
    for (;;) {
      const token = this.lexer.peek();
      if (token.kind !== 'op' || !isRedirectOp(token.op)) return node;
      node.redirects.push(this.redirect());
    }
  }

  private ifCommand(): CommandNode {
    this.lexer.next();
    const branches = [{ condition: this.list('then'), body: (this.keyword('then'), this.list('fi')) }];
    let otherwise: ListNode | undefined;
    for (;;) {
      const token = this.lexer.next();
      if (token.kind === 'word' && token.plain && token.raw === 'elif') {
        const condition = this.list('then');
        this.keyword('then');
        branches.push({ condition, body: this.list('fi') });
      } else if (token.kind === 'word' && token.plain && token.raw === 'else') {
        otherwise = this.list('fi');
        this.keyword('fi');
        break;
      } else if (token.kind === 'word' && token.plain && token.raw === 'fi') {
        break;
      } else {
        throw this.unexpected(token, 'fi');
      }
    }
    return { kind: 'if', branches, otherwise, redirects: [] };
  }

  private loop(kind: 'while' | 'until'): CommandNode {
    this.lexer.next();
    const condition = this.list('do');
    this.keyword('do');
    const body = this.list('done');
    this.keyword('done');
    return { kind, condition, body, redirects: [] };
  }

  private forCommand(): CommandNode {
    this.lexer.next();
    const name = this.lexer.next();
    if (name.kind !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name.raw)) {
      throw new ShellSyntaxError(`syntax error: bad for loop variable`, false);
    }
    let items: Word[] | undefined;
    this.skipNewlines();
    const maybeIn = this.lexer.peek();
    if (maybeIn.kind === 'word' && maybeIn.plain && maybeIn.raw === 'in') {
      this.lexer.next();
      items = [];
      for (;;) {
        const token = this.lexer.peek();
        if (token.kind !== 'word') break;
        this.lexer.next();
        items.push(token.word);
      }
    }
    const sep = this.lexer.peek();
    if (sep.kind === 'op' && sep.op === ';') this.lexer.next();
    this.skipNewlines();
    this.keyword('do');
    const body = this.list('done');
    this.keyword('done');
    return { kind: 'for', variable: name.raw, items, body, redirects: [] };
  }

  /** case WORD in [(]PATTERN[|PATTERN]…) LIST ;; … esac */
  private caseCommand(): CommandNode {
    this.lexer.next();
    const subject = this.lexer.next();
    if (subject.kind !== 'word') throw this.unexpected(subject, 'in');
    this.keyword('in');
    const items: { patterns: Word[]; body: ListNode }[] = [];
    for (;;) {
      this.skipNewlines();
      const token = this.lexer.peek();
      if (token.kind === 'word' && token.plain && token.raw === 'esac') {
        this.lexer.next();
        break;
      }
      if (token.kind === 'op' && token.op === '(') this.lexer.next();
      const patterns: Word[] = [];
      for (;;) {
        const pattern = this.lexer.next();
        if (pattern.kind !== 'word') throw this.unexpected(pattern, ')');
        patterns.push(pattern.word);
        const sep = this.lexer.next();
        if (sep.kind === 'op' && sep.op === ')') break;
        if (sep.kind !== 'op' || sep.op !== '|') throw this.unexpected(sep, ')');
      }
      const body = this.list('esac');
      items.push({ patterns, body });
      const end = this.lexer.peek();
      if (end.kind === 'op' && end.op === ';;') this.lexer.next();
      else if (!(end.kind === 'word' && end.plain && end.raw === 'esac')) throw this.unexpected(end, 'esac');
    }
    return { kind: 'case', subject: subject.word, items, redirects: [] };
  }

  private keyword(word: string): void {
    this.skipNewlines();
    const token = this.lexer.next();
    if (token.kind !== 'word' || !token.plain || token.raw !== word) throw this.unexpected(token, word);
  }

  private skipNewlines(): void {
    while (this.lexer.peek().kind === 'newline') this.lexer.next();
  }

  private unexpected(token: Token, expecting: string | undefined): ShellSyntaxError {
    if (token.kind === 'eof') {
      const suffix = expecting ? ` (expecting "${expecting}")` : '';
      return new ShellSyntaxError(`syntax error: unexpected end of file${suffix}`, true);
    }
    if (token.kind === 'newline') return new ShellSyntaxError('syntax error: unexpected newline', false);
    const text = token.kind === 'op' ? token.op : token.raw;
    return new ShellSyntaxError(`syntax error: unexpected "${text}"`, false);
  }
}

function isRedirectOp(op: string): boolean {
  return (
    op === '>' || op === '>>' || op === '<' || op === '>&' || op === '<&' || op === '>|' || op === '<<' || op === '<<-'
  );
}

/** Removes the leading `NAME=` characters from a word's first literal part. */
function dropPrefix(word: Word, length: number): Word {
  const parts = [...word.parts];
  const first = parts[0];
  if (first && first.kind === 'text') {
    const rest = first.value.slice(length);
    if (rest) parts[0] = { ...first, value: rest };
    else parts.shift();
  }
  return { parts };
}
