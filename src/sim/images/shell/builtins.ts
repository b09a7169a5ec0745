// Commands busybox ash runs inside the shell process itself (no new PID in `ps`): cd, exit,
// export, kill, read, exec, test/[, echo, printf, and the loop controls.

import type { StdIO } from '../machine';
import type { Resume, Wait } from '../process';
import type { Shell } from './interpreter';
import { ExitShell, LoopControl, ReturnSignal } from './state';
import { echo, printf, test } from '../applets/text';
import { killCommand } from '../applets/system';

export type Builtin = (shell: Shell, argv: string[], io: StdIO) => Generator<Wait, number, Resume>;

function simple(fn: (shell: Shell, argv: string[], io: StdIO) => number): Builtin {
  return function* (shell, argv, io) {
    return fn(shell, argv, io);
  };
}

export const BUILTINS: Record<string, Builtin> = {
  ':': simple(() => 0),
  true: simple(() => 0),
  false: simple(() => 1),
  echo: simple((shell, argv, io) => echo(argv, io, shell.flavour === 'dash')),
  printf: simple((_shell, argv, io) => printf(argv, io)),
  test: simple((shell, argv, io) => test(argv, io, shell.ctx.machine.host.fs, shell.cwd)),
  '[': simple((shell, argv, io) => test(argv, io, shell.ctx.machine.host.fs, shell.cwd)),
  pwd: simple((shell, _argv, io) => {
    io.out(`${shell.cwd}\n`);
    return 0;
  }),
  cd: simple((shell, argv, io) => {
    const target =
      argv[1] === '-' ? (shell.vars.get('OLDPWD') ?? shell.cwd) : (argv[1] ?? shell.vars.get('HOME') ?? '/');
    if (shell.changeDirectory(target)) return 0;
    shell.error(
      io,
      shell.flavour === 'dash' ? `cd: can't cd to ${target}` : `cd: can't cd to ${target}: No such file or directory`,
    );
    return 2;
  }),
  exit: simple((shell, argv, io) => {
    if (argv[1] !== undefined && !/^-?\d+$/.test(argv[1])) {
      shell.error(io, `exit: Illegal number: ${argv[1]}`);
      throw new ExitShell(2);
    }
    throw new ExitShell(argv[1] === undefined ? shell.status : Number(argv[1]) & 255);
  }),
  export: simple((shell, argv, io) => {
    for (const arg of argv.slice(1)) {
      if (arg === '-p') continue;
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (eq >= 0) shell.vars.set(name, arg.slice(eq + 1));
      shell.exported.add(name);
    }
    if (argv.length === 1 || argv[1] === '-p') listExports(shell, io);
    return 0;
  }),
  unset: simple((shell, argv) => {
    for (const name of argv.slice(1)) {
      shell.vars.delete(name);
      shell.exported.delete(name);
    }
    return 0;
  }),
  set: simple((shell, argv, io) => {
    if (argv.length === 1) {
      for (const [key, value] of [...shell.vars].sort(([a], [b]) => (a < b ? -1 : 1))) io.out(`${key}='${value}'\n`);
      return 0;
    }
    let i = 1;
    for (; i < argv.length; i++) {
      const arg = argv[i]!;
      if (arg === '--') {
        i++;
        break;
      }
      if (/^[-+][a-z]+$/.test(arg)) {
        if (arg.includes('e')) shell.errexit = arg.startsWith('-');
      } else break;
    }
    if (i < argv.length || argv.includes('--')) shell.positional = argv.slice(i);
    return 0;
  }),
  shift: simple((shell, argv, io) => {
    const count = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(count) || count > shell.positional.length) {
      shell.error(io, `shift: can't shift that many`);
      return 2;
    }
    shell.positional = shell.positional.slice(count);
    return 0;
  }),
  break: simple((shell, argv) => loopControl(shell, 'break', argv)),
  continue: simple((shell, argv) => loopControl(shell, 'continue', argv)),
  kill: simple((shell, argv, io) => killCommand(argv, io, shell.ctx.machine, (message) => shell.error(io, message))),
  read: function* (shell, argv, io) {
    const names = argv.slice(1).filter((arg) => !arg.startsWith('-'));
    let line: string | null;
    if (io.stdin) line = io.stdin.readLine();
    else {
      const input: Resume = yield { kind: 'read' };
      line = input === null || input === undefined ? null : input.replace(/\n$/, '');
    }
    if (line === null) return 1;
    const fields = line.trim().split(/[ \t]+/);
    if (names.length === 0) shell.vars.set('REPLY', line);
    names.forEach((name, index) => {
      const value = index === names.length - 1 ? fields.slice(index).join(' ') : (fields[index] ?? '');
      shell.vars.set(name, value);
    });
    return 0;
  },
  exec: function* (shell, argv, io) {
    if (argv.length === 1) return 0;
    // The program replaces the shell in the same process: same PID, and the shell never resumes.
    const found = shell.ctx.machine.resolve(argv[1]!, shell.environment(), shell.cwd);
    if (!found.found) {
      shell.error(
        io,
        found.reason === 'not-found' ? `exec: ${argv[1]}: not found` : `exec: ${argv[1]}: Permission denied`,
      );
      throw new ExitShell(found.reason === 'not-found' ? 127 : 126);
    }
    shell.ctx.proc.command = argv.slice(1).join(' ');
    const code = yield* found.exe({ ...shell.ctx, argv: argv.slice(1), env: shell.environment(), cwd: shell.cwd, io });
    throw new ExitShell(code);
  },
  type: simple((shell, argv, io) => {
    let status = 0;
    for (const name of argv.slice(1)) {
      if (BUILTINS[name]) io.out(`${name} is a shell builtin\n`);
      else {
        const found = shell.ctx.machine.resolve(name, shell.environment(), shell.cwd);
        if (found.found) io.out(`${name} is ${found.path}\n`);
        else {
          io.out(`${name}: not found\n`);
          status = 127;
        }
      }
    }
    return status;
  }),
  wait: function* (shell) {
    // Waits for background jobs; a trapped signal interrupts the wait (status 128+n), as POSIX says.
    for (;;) {
      if (shell.pendingTraps.length > 0) return 128 + (SIGNAL_NUMBERS_BY_NAME[shell.pendingTraps[0]!] ?? 15);
      const alive = [...shell.ctx.machine.processes.values()].some((p) => p.ppid === shell.ctx.proc.pid && p.root);
      if (!alive) return 0;
      yield { kind: 'sleep', ms: 100 };
    }
  },
  trap: simple((shell, argv, io) => {
    const args = argv.slice(1);
    if (args.length === 0) {
      for (const [name, action] of shell.traps) io.out(`trap -- '${action}' ${name}\n`);
      return 0;
    }
    const [action, ...signals] = args.length === 1 ? ['-', ...args] : args;
    for (const raw of signals) {
      const name = signalName(raw);
      if (!name) {
        shell.error(io, `trap: ${raw}: bad trap`);
        return 1;
      }
      if (action === '-') shell.traps.delete(name);
      else shell.traps.set(name, action!);
    }
    return 0;
  }),
  return: simple((shell, argv) => {
    const code = argv[1] === undefined ? shell.status : Number(argv[1]) & 255;
    if (shell.inFunction) throw new ReturnSignal(code);
    throw new ExitShell(code);
  }),
};

const SIGNAL_NUMBERS_BY_NAME: Record<string, number> = {
  EXIT: 0,
  HUP: 1,
  INT: 2,
  QUIT: 3,
  KILL: 9,
  USR1: 10,
  USR2: 12,
  TERM: 15,
};

function signalName(raw: string): string | undefined {
  const upper = raw.toUpperCase().replace(/^SIG/, '');
  if (upper in SIGNAL_NUMBERS_BY_NAME) return upper;
  return Object.entries(SIGNAL_NUMBERS_BY_NAME).find(([, n]) => String(n) === raw)?.[0];
}

function listExports(shell: Shell, io: StdIO): void {
  for (const name of [...shell.exported].sort()) {
    const value = shell.vars.get(name);
    io.out(value === undefined ? `export ${name}\n` : `export ${name}='${value}'\n`);
  }
}

function loopControl(shell: Shell, kind: 'break' | 'continue', argv: string[]): number {
  if (!shell.inLoop) return 0;
  const levels = argv[1] === undefined ? 1 : Math.max(1, Number(argv[1]) || 1);
  throw new LoopControl(kind, levels);
}
