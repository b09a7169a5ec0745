// The shell's own commands: clear, history, ls, cat, echo, date, sleep, curl. Texts are those
// of bash and GNU coreutils/curl, since that is what a learner's terminal would print.

import type { CommandContext, RunResult } from '../command';
import { waitFor } from '../commands/common';
import { curl } from './curl';
import { utf8Length } from '../../sim';

export interface BuiltinContext extends CommandContext {
  history(): readonly string[];
  clear(): void;
}

export type Builtin = (args: string[], ctx: BuiltinContext) => RunResult;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** GNU date's default output in UTC: `Sun Nov 22 10:00:05 UTC 2026` (day padded with a space). */
export function gnuDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** GNU sleep's NUMBER[SUFFIX] (s, m, h, d); several arguments add up. */
export function parseSleep(args: string[]): number | string {
  if (args.length === 0) return "sleep: missing operand\nTry 'sleep --help' for more information.\n";
  let total = 0;
  for (const arg of args) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) return `sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`;
    const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
    total += Number(m[1]) * unit * 1000;
  }
  return Math.round(total);
}

function sleep(args: string[], ctx: BuiltinContext): RunResult {
  const ms = parseSleep(args);
  if (typeof ms === 'string') {
    ctx.stderr(ms);
    return 1;
  }
  const clock = ctx.cluster.clock;
  const target = clock.now() + ms;
  if (ctx.clockDriver === 'console') {
    clock.advanceTo(target);
    return 0;
  }
  return waitFor(
    ctx,
    () => clock.now() >= target,
    ms,
    () => 0,
  );
}

function ls(args: string[], ctx: BuiltinContext): number {
  const names = ctx.workspace.list().slice().sort();
  const operands = args.filter((a) => !a.startsWith('-'));
  const long = args.some((a) => a.startsWith('-') && a.includes('l'));
  let code = 0;
  let shown: string[] = names;
  if (operands.length > 0 && !operands.every((o) => o === '.' || o === './')) {
    shown = [];
    for (const operand of operands) {
      const name = operand.replace(/^\.\//, '');
      if (ctx.workspace.read(name) === undefined) {
        ctx.stderr(`ls: cannot access '${operand}': No such file or directory\n`);
        code = 2;
      } else shown.push(operand);
    }
  }
  if (long) {
    const rows = shown.map((n) => {
      const size = utf8Length(ctx.workspace.read(n.replace(/^\.\//, '')) ?? '');
      return { n, size };
    });
    const width = Math.max(1, ...rows.map((r) => String(r.size).length));
    if (operands.length === 0) ctx.stdout(`total ${rows.length * 4}\n`);
    ctx.stdout(rows.map((r) => `-rw-r--r-- 1 learner learner ${String(r.size).padStart(width)} ${r.n}\n`).join(''));
  } else if (shown.length > 0) ctx.stdout(shown.join('  ') + '\n');
  return code;
}

function cat(args: string[], ctx: BuiltinContext): number {
  let code = 0;
  for (const arg of args.filter((a) => a !== '-')) {
    const content = ctx.workspace.read(arg.replace(/^\.\//, ''));
    if (content === undefined) {
      ctx.stderr(`cat: ${arg}: No such file or directory\n`);
      code = 1;
    } else ctx.stdout(content);
  }
  return code;
}

function echo(args: string[], ctx: BuiltinContext): number {
  const noNewline = args[0] === '-n';
  ctx.stdout((noNewline ? args.slice(1) : args).join(' ') + (noNewline ? '' : '\n'));
  return 0;
}

function history(args: string[], ctx: BuiltinContext): number {
  const lines = ctx.history();
  const n = args[0] && /^\d+$/.test(args[0]) ? Number(args[0]) : lines.length;
  const start = Math.max(0, lines.length - n);
  ctx.stdout(
    lines
      .slice(start)
      .map((line, i) => `${String(start + i + 1).padStart(5)}  ${line}\n`)
      .join(''),
  );
  return 0;
}

export const BUILTINS: Record<string, Builtin> = {
  clear: (_args, ctx) => {
    ctx.clear();
    return 0;
  },
  history,
  ls,
  cat,
  echo,
  date: (_args, ctx) => {
    ctx.stdout(gnuDate(ctx.cluster.clock.now()) + '\n');
    return 0;
  },
  sleep,
  curl,
  true: () => 0,
  false: () => 1,
  pwd: (_args, ctx) => {
    ctx.stdout('/home/learner\n');
    return 0;
  },
  whoami: (_args, ctx) => {
    ctx.stdout('learner\n');
    return 0;
  },
};
