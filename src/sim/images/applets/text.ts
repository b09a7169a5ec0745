// Text applets that are also ash builtins: echo, printf, test/[.

import type { StdIO } from '../machine';
import type { ContainerFs } from '../../fs';
import { resolvePath } from '../../fs';

/** Backslash escapes of `echo -e` and printf's format (\n, \t, \\, \c stops output). */
function unescape(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i === text.length - 1) {
      out += c;
      continue;
    }
    const next = text[++i]!;
    const map: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\u0007',
      b: '\b',
      f: '\f',
      v: '\v',
      '\\': '\\',
      e: '\u001b',
    };
    if (next === 'c') return { text: out, stop: true };
    if (next === '0') {
      const octal = /^[0-7]{0,3}/.exec(text.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(octal || '0', 8));
      i += octal.length;
    } else out += map[next] ?? `\\${next}`;
  }
  return { text: out, stop: false };
}

/** busybox echo: -n, -e, -E; dash's echo always interprets escapes. */
export function echo(argv: readonly string[], io: StdIO, alwaysEscapes = false): number {
  let newline = true;
  let escapes = alwaysEscapes;
  let i = 1;
  for (; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!/^-[neE]+$/.test(flag) || (alwaysEscapes && flag !== '-n')) break;
    for (const letter of flag.slice(1)) {
      if (letter === 'n') newline = false;
      else if (letter === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const result = unescape(text);
    text = result.text;
    if (result.stop) newline = false;
  }
  io.out(newline ? `${text}\n` : text);
  return 0;
}

export function printf(argv: readonly string[], io: StdIO): number {
  const format = argv[1];
  if (format === undefined) {
    io.err('printf: usage: printf FORMAT [ARGUMENT...]\n');
    return 1;
  }
  const args = argv.slice(2);
  let out = '';
  let used = 0;
  do {
    const start = used;
    out += format.replace(/%(-?\d*)([sdbx%])|\\./g, (match, width: string, conv: string) => {
      if (match.startsWith('\\')) return unescape(match).text;
      if (conv === '%') return '%';
      const arg = args[used++] ?? '';
      let value = arg;
      if (conv === 'd') value = String(Math.trunc(Number(arg) || 0));
      else if (conv === 'x') value = (Math.trunc(Number(arg) || 0) >>> 0).toString(16);
      else if (conv === 'b') value = unescape(arg).text;
      const pad = Number(width.replace('-', '')) || 0;
      return width.startsWith('-') ? value.padEnd(pad) : value.padStart(pad);
    });
    if (used === start) break;
  } while (used < args.length);
  io.out(out);
  return 0;
}

/** test / [ : file tests, string and integer comparisons, !, -a/-o. */
export function test(argv: readonly string[], io: StdIO, fs: ContainerFs, cwd: string): number {
  let args = argv.slice(1);
  if (argv[0] === '[') {
    if (args[args.length - 1] !== ']') {
      io.err('sh: [: missing ]\n');
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(args, fs, cwd) ? 0 : 1;
  } catch (error) {
    io.err(`sh: ${(error as Error).message}\n`);
    return 2;
  }
}

function evaluate(args: string[], fs: ContainerFs, cwd: string): boolean {
  const orIndex = args.indexOf('-o');
  if (orIndex > 0) return evaluate(args.slice(0, orIndex), fs, cwd) || evaluate(args.slice(orIndex + 1), fs, cwd);
  const andIndex = args.indexOf('-a');
  if (andIndex > 0) return evaluate(args.slice(0, andIndex), fs, cwd) && evaluate(args.slice(andIndex + 1), fs, cwd);
  if (args[0] === '!') return !evaluate(args.slice(1), fs, cwd);
  if (args.length === 0) return false;
  if (args.length === 1) return args[0] !== '';
  if (args.length === 2) {
    const [op, operand] = args as [string, string];
    const node = fs.stat(resolvePath(cwd, operand));
    switch (op) {
      case '-z':
        return operand === '';
      case '-n':
        return operand !== '';
      case '-e':
        return node !== undefined;
      case '-f':
        return node?.kind === 'file';
      case '-d':
        return node?.kind === 'dir';
      case '-s':
        return node?.kind === 'file' ? node.content.length > 0 : node !== undefined;
      case '-r':
      case '-w':
        return node !== undefined;
      case '-x':
        return node !== undefined && (node.mode & 0o111) !== 0;
    }
    throw new Error(`${op}: unknown operand`);
  }
  const [left, op, right] = args as [string, string, string];
  if (op === '=' || op === '==') return left === right;
  if (op === '!=') return left !== right;
  const integer = (value: string): number => {
    if (!/^\s*-?\d+\s*$/.test(value)) throw new Error(`${value}: bad number`);
    return Number(value);
  };
  switch (op) {
    case '-eq':
      return integer(left) === integer(right);
    case '-ne':
      return integer(left) !== integer(right);
    case '-lt':
      return integer(left) < integer(right);
    case '-le':
      return integer(left) <= integer(right);
    case '-gt':
      return integer(left) > integer(right);
    case '-ge':
      return integer(left) >= integer(right);
  }
  throw new Error(`${op}: unknown operand`);
}
