// The JSONPath template language of kubectl (k8s.io/client-go/util/jsonpath): text with
// {actions}. Actions chain fields (.a.b, escaped dots as \.), array slices ([0], [*], [-1:],
// [1:3]), filters ([?(@.name=="x")]), recursive descent (..), string literals ({"\n"}) and
// {range …}{end} blocks. This file parses; jsonpath.ts evaluates.

export type Step =
  | { type: 'field'; name: string }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'slice'; start?: number; end?: number; step?: number; single: boolean }
  | { type: 'union'; branches: Step[][] }
  | { type: 'filter'; left: Step[]; op?: string; right?: Operand }
  | { type: 'literal'; value: unknown };

export type Operand = { kind: 'path'; steps: Step[] } | { kind: 'value'; value: unknown };

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'path'; steps: Step[] }
  | { type: 'range'; steps: Step[]; body: TemplateNode[]; closed: boolean }
  | { type: 'strayEnd' };

export class JsonPathError extends Error {}

const TERMINATORS = new Set([' ', '\t', '\r', '\n', '.', ',', '[', ']', '$', '@', '{', '}']);
const SLICE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;

/** Parses a whole template into text, path and range nodes. */
export function parseTemplate(template: string): TemplateNode[] {
  const flat: (TemplateNode | { type: 'end' } | { type: 'rangeStart'; steps: Step[] })[] = [];
  let pos = 0;
  while (pos < template.length) {
    const open = template.indexOf('{', pos);
    if (open < 0) {
      flat.push({ type: 'text', text: template.slice(pos) });
      break;
    }
    if (open > pos) flat.push({ type: 'text', text: template.slice(pos, open) });
    const { node, next } = parseAction(template, open + 1);
    flat.push(node);
    pos = next;
  }
  // Nest {range}…{end} blocks.
  const root: TemplateNode[] = [];
  const stack: TemplateNode[][] = [root];
  const ranges: { closed: boolean }[] = [];
  for (const node of flat) {
    if (node.type === 'rangeStart') {
      const range = { type: 'range' as const, steps: node.steps, body: [] as TemplateNode[], closed: false };
      stack[stack.length - 1]!.push(range);
      stack.push(range.body);
      ranges.push(range);
    } else if (node.type === 'end') {
      // An {end} outside any range parses, and fails only when the template runs.
      if (stack.length === 1) {
        root.push({ type: 'strayEnd' });
        continue;
      }
      stack.pop();
      ranges.pop()!.closed = true;
    } else {
      stack[stack.length - 1]!.push(node);
    }
  }
  return root;
}

type ActionNode = TemplateNode | { type: 'end' } | { type: 'rangeStart'; steps: Step[] };

/** Parses one {action} starting just after "{"; returns the node and the position after "}". */
function parseAction(input: string, start: number): { node: ActionNode; next: number } {
  const steps: Step[] = [];
  let pos = start;
  let keyword: 'range' | 'end' | undefined;
  for (;;) {
    if (pos >= input.length || input[pos] === '\n' || input[pos] === '\r') throw new JsonPathError('unclosed action');
    const rest = input.slice(pos);
    if (rest.startsWith('}')) {
      pos++;
      break;
    }
    if (rest.startsWith('[?(')) {
      const { step, next } = parseFilter(input, pos);
      steps.push(step);
      pos = next;
      continue;
    }
    if (rest.startsWith('..')) {
      steps.push({ type: 'recursive' });
      pos += 1; // the second dot starts a field
      continue;
    }
    const ch = input[pos]!;
    if (ch === ' ' || ch === '@' || ch === '$') {
      pos++;
    } else if (ch === '[') {
      const { step, next } = parseArray(input, pos);
      steps.push(step);
      pos = next;
    } else if (ch === '"' || ch === "'") {
      const { value, next } = parseQuote(input, pos);
      steps.push({ type: 'literal', value });
      pos = next;
    } else if (ch === '.') {
      let end = pos + 1;
      while (end < input.length && !TERMINATORS.has(input[end]!)) end += input[end] === '\\' ? 2 : 1;
      const name = input.slice(pos + 1, end);
      steps.push(name === '*' ? { type: 'wildcard' } : { type: 'field', name: name.replace(/\\/g, '') });
      pos = end;
    } else if (/[-+0-9]/.test(ch)) {
      let end = pos + 1;
      while (end < input.length && /[0-9.eE+-]/.test(input[end]!)) end++;
      const text = input.slice(pos, end);
      const num = Number(text);
      if (Number.isNaN(num)) throw new JsonPathError(`cannot parse number ${text}`);
      steps.push({ type: 'literal', value: num });
      pos = end;
    } else if (/[\p{L}\p{N}_]/u.test(ch)) {
      let end = pos;
      while (end < input.length && /[\p{L}\p{N}_]/u.test(input[end]!)) end++;
      const word = input.slice(pos, end);
      if (word === 'range') keyword = 'range';
      else if (word === 'end') keyword = 'end';
      else if (word === 'true' || word === 'false') steps.push({ type: 'literal', value: word === 'true' });
      else throw new JsonPathError(`unrecognized identifier ${word}`);
      pos = end;
    } else {
      throw new JsonPathError(`unrecognized character in action: ${describeRune(ch)}`);
    }
  }
  if (keyword === 'end') return { node: { type: 'end' }, next: pos };
  if (keyword === 'range') return { node: { type: 'rangeStart', steps }, next: pos };
  if (steps.length === 1 && steps[0]!.type === 'literal' && typeof steps[0]!.value === 'string') {
    return { node: { type: 'text', text: steps[0]!.value }, next: pos };
  }
  return { node: { type: 'path', steps }, next: pos };
}

function describeRune(ch: string): string {
  const code = ch.codePointAt(0)!;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}

function parseQuote(input: string, pos: number): { value: string; next: number } {
  const quote = input[pos]!;
  let end = pos + 1;
  while (end < input.length && input[end] !== quote) {
    if (input[end] === '\\') end++;
    end++;
  }
  if (end >= input.length) throw new JsonPathError('unterminated quoted string');
  const raw = input.slice(pos + 1, end);
  return { value: unquote(raw), next: end + 1 };
}

// strconv.Unquote's escapes, enough for the templates people write ({"\n"}, {"\t"}).
function unquote(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, esc: string) => {
    switch (esc[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'u':
      case 'x':
        return String.fromCharCode(parseInt(esc.slice(1), 16));
      default:
        return esc;
    }
  });
}

function parseArray(input: string, pos: number): { step: Step; next: number } {
  const close = input.indexOf(']', pos);
  if (close < 0) throw new JsonPathError('unterminated array');
  let text = input.slice(pos + 1, close);
  const next = close + 1;
  if (text === '*') text = ':';
  const parts = text.split(',');
  if (parts.length > 1) {
    const branches = parts.map((p) => {
      const nodes = parseTemplate(`{${p.startsWith('.') || p.startsWith('[') ? p : `[${p}]`}}`);
      const node = nodes[0];
      return node && node.type === 'path' ? node.steps : [];
    });
    return { step: { type: 'union', branches }, next };
  }
  const dictKey = /^'([^']*)'$/.exec(text);
  if (dictKey) return { step: { type: 'field', name: dictKey[1]! }, next };
  const m = SLICE.exec(text);
  if (!m) throw new JsonPathError(`invalid array index ${text}`);
  const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));
  const start = num(m[1]);
  const end = m[2] === undefined ? undefined : num(m[2].slice(1));
  const step = m[3] === undefined ? undefined : num(m[3].slice(1));
  return { step: { type: 'slice', start, end, step, single: m[2] === undefined }, next };
}

const FILTER = /^(.*?)\s*(==|=|!=|>=|>|<=|<)\s*(.*)$/;

function parseFilter(input: string, pos: number): { step: Step; next: number } {
  const close = input.indexOf(')]', pos);
  if (close < 0) throw new JsonPathError('unclosed array expect ]');
  const text = input.slice(pos + 3, close).trim();
  const m = FILTER.exec(text);
  const toSteps = (expr: string): Step[] => {
    const nodes = parseTemplate(`{${expr}}`);
    const node = nodes[0];
    if (!node) return [];
    if (node.type === 'path') return node.steps;
    if (node.type === 'text') return [{ type: 'literal', value: node.text }];
    return [];
  };
  if (!m) return { step: { type: 'filter', left: toSteps(text) }, next: close + 2 };
  const rightSteps = toSteps(m[3]!);
  const right: Operand =
    rightSteps.length === 1 && rightSteps[0]!.type === 'literal'
      ? { kind: 'value', value: rightSteps[0]!.value }
      : { kind: 'path', steps: rightSteps };
  return { step: { type: 'filter', left: toSteps(m[1]!), op: m[2] === '=' ? '==' : m[2], right }, next: close + 2 };
}
