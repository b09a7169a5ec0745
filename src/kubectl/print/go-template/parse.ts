// The parser of Go's text/template (text/template/parse/parse.go): the node tree (nodes.ts) and
// the parse errors in Go's words ("template: output:1: unexpected EOF").

import { SIGNATURES } from './funcs';
import { type Item, lexTemplate } from './lex';
import { parseNumber, unquote } from './literals';
import {
  type ArgNode,
  type CommandNode,
  type ControlBody,
  type ListNode,
  nodeText,
  type PipeNode,
  type TemplateNode,
} from './nodes';

export type { AnyNode, ArgNode, CommandNode, ListNode, PipeNode, RangeNode, TemplateNode } from './nodes';
export { nodeText } from './nodes';

type Closer = { type: 'end'; pos: number } | { type: 'else'; pos: number };

const isCloser = (node: TemplateNode | Closer): node is Closer => node.type === 'end' || node.type === 'else';

export class TemplateParseError extends Error {}

/** The builtin functions plus kubectl's own (cli-runtime printers/template.go: exists, base64decode). */
const FUNCTION_NAMES = new Set(Object.keys(SIGNATURES));

function itemText(item: Item): string {
  if (item.type === 'eof') return 'EOF';
  if (item.type === 'error') return item.value;
  if (item.type === 'keyword') return `<${item.value}>`;
  if (item.value.length > 10) return `${JSON.stringify(item.value.slice(0, 10))}...`;
  return JSON.stringify(item.value);
}

class Parser {
  private index = 0;
  private furthest = 0;
  private vars = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;

  constructor(
    private readonly items: Item[],
    private readonly name: string,
  ) {}

  private at(i: number): Item {
    this.furthest = Math.max(this.furthest, Math.min(i, this.items.length - 1));
    return this.items[Math.min(i, this.items.length - 1)]!;
  }
  private next(): Item {
    return this.at(this.index++);
  }
  private backup(): void {
    this.index--;
  }
  private peek(): Item {
    return this.at(this.index);
  }
  private nextNonSpace(): Item {
    let item = this.next();
    while (item.type === 'space') item = this.next();
    return item;
  }
  private peekNonSpace(): Item {
    const item = this.nextNonSpace();
    this.backup();
    return item;
  }

  fail(message: string): never {
    throw new TemplateParseError(`template: ${this.name}:${this.items[this.furthest]!.line}: ${message}`);
  }

  private unexpected(item: Item, context: string): never {
    if (item.type === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== item.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (item.value.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.fail(`${item.value}${extra}`);
    }
    this.fail(`unexpected ${itemText(item)} in ${context}`);
  }

  private expect(type: Item['type'], context: string): Item {
    const item = this.nextNonSpace();
    if (item.type !== type) this.unexpected(item, context);
    return item;
  }

  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().type !== 'eof') {
      const node = this.textOrAction();
      if (isCloser(node)) return this.fail(`unexpected {{${node.type}}}`);
      root.nodes.push(node);
    }
    return root;
  }

  private textOrAction(): TemplateNode | Closer {
    const item = this.nextNonSpace();
    if (item.type === 'text') return { type: 'text', pos: item.pos, text: item.value };
    if (item.type === 'leftDelim') {
      this.actionLine = item.line;
      try {
        return this.action();
      } finally {
        this.actionLine = 0;
      }
    }
    this.unexpected(item, 'input');
  }

  private action(): TemplateNode | Closer {
    const item = this.nextNonSpace();
    if (item.type === 'keyword') {
      switch (item.value) {
        case 'else':
          return this.elseControl();
        case 'end':
          return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
        case 'if':
        case 'range':
        case 'with':
          return this.control(item.value);
        case 'break':
        case 'continue': {
          const after = this.nextNonSpace();
          if (after.type !== 'rightDelim') this.unexpected(after, `{{${item.value}}}`);
          if (this.rangeDepth === 0) this.fail(`{{${item.value}}} outside {{range}}`);
          return item.value === 'break' ? { type: 'break', pos: item.pos } : { type: 'continue', pos: item.pos };
        }
        default:
          this.fail(`{{${item.value}}} is not supported here`);
      }
    }
    this.backup();
    const pos = this.peek().pos;
    return { type: 'action', pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  private elseControl(): Closer {
    const peek = this.peekNonSpace();
    if (peek.type === 'keyword' && (peek.value === 'if' || peek.value === 'with'))
      return { type: 'else', pos: peek.pos };
    return { type: 'else', pos: this.expect('rightDelim', 'else').pos };
  }

  private control(context: 'if' | 'range' | 'with'): TemplateNode {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const [list, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === 'else') {
        const following = this.peek();
        if (context !== 'range' && following.type === 'keyword' && following.value === context) {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.control(context)] };
        } else {
          const [rest, end] = this.itemList();
          if (end.type !== 'end') this.fail(`expected end; found {{${end.type}}}`);
          elseList = rest;
        }
      }
      const body: ControlBody = { pos: pipe.pos, pipe, list, ...(elseList ? { elseList } : {}) };
      return context === 'if'
        ? { type: 'if', ...body }
        : context === 'range'
          ? { type: 'range', ...body }
          : { type: 'with', ...body };
    } finally {
      this.vars.length = mark;
    }
  }

  private itemList(): [ListNode, Closer] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const node = this.textOrAction();
      if (isCloser(node)) return [list, node];
      list.nodes.push(node);
    }
    this.fail('unexpected EOF');
  }

  private pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const pipe: PipeNode = { type: 'pipe', pos: this.peekNonSpace().pos, isAssign: false, decl: [], cmds: [] };
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      const start = this.index;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: v.value.split('.') });
        this.vars.push(v.value);
      } else if (next.type === 'char' && next.value === ',') {
        this.nextNonSpace();
        pipe.decl.push({ type: 'variable', pos: v.pos, ident: v.value.split('.') });
        this.vars.push(v.value);
        if (context === 'range' && pipe.decl.length < 2) {
          const following = this.peekNonSpace().type;
          if (following === 'variable' || following === 'rightDelim' || following === 'rightParen') continue;
          this.fail('range can only initialize variables');
        }
        this.fail(`too many declarations in ${context}`);
      } else {
        this.index = start;
      }
      break;
    }
    for (;;) {
      const item = this.nextNonSpace();
      if (item.type === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (item.type) {
        case 'bool':
        case 'charConstant':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(item, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.fail(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((cmd, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(cmd.args[0]!.type)) {
        this.fail(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const item = this.next();
      if (item.type === 'space') continue;
      if (item.type === 'rightDelim' || item.type === 'rightParen') this.backup();
      else if (item.type !== 'pipe') this.unexpected(item, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.fail('empty command');
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node || this.peek().type !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().value.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { type: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.fail(`unexpected . after term ${JSON.stringify(nodeText(node))}`);
      // falls through: fail never returns
      default:
        return { type: 'chain', pos, node, field: fields };
    }
  }

  private term(): ArgNode | undefined {
    const item = this.nextNonSpace();
    switch (item.type) {
      case 'identifier':
        if (!FUNCTION_NAMES.has(item.value)) this.fail(`function ${JSON.stringify(item.value)} not defined`);
        return { type: 'identifier', pos: item.pos, ident: item.value };
      case 'dot':
        return { type: 'dot', pos: item.pos };
      case 'nil':
        return { type: 'nil', pos: item.pos };
      case 'variable': {
        const ident = item.value.split('.');
        if (!this.vars.includes(ident[0]!)) this.fail(`undefined variable ${JSON.stringify(ident[0])}`);
        return { type: 'variable', pos: item.pos, ident };
      }
      case 'field':
        return { type: 'field', pos: item.pos, ident: [item.value.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: item.pos, value: item.value === 'true' };
      case 'charConstant':
      case 'number':
        try {
          return parseNumber(item);
        } catch (err) {
          this.fail((err as Error).message);
        }
      // falls through: fail never returns
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString': {
        const text = unquote(item.value);
        if (text === undefined) this.fail('invalid syntax');
        return { type: 'string', pos: item.pos, quoted: item.value, text };
      }
      default:
        this.backup();
        return undefined;
    }
  }
}

/** Parses a template as kubectl's printer names it ("output"); throws TemplateParseError. */
export function parseGoTemplate(text: string, name = 'output'): ListNode {
  return new Parser(lexTemplate(text), name).parse();
}
