// The `sh` program: `sh -c "script"`, `sh file`, or an interactive shell reading one line per
// write with busybox's prompt (`/ # ` for root in /, `~ $ ` for kuard's nobody, whose $HOME is /).

import { TextInput, type ExecContext } from '../machine';
import { SignalDelivery, type Resume, type Run } from '../process';
import { resolvePath } from '../../fs';
import { Shell } from './interpreter';
import { ExitShell, LoopControl } from './state';
import { ShellSyntaxError } from './lexer';
import { parseScript } from './parser';

export function* shellMain(ctx: ExecContext): Run {
  const name = ctx.argv[0]?.slice(ctx.argv[0].lastIndexOf('/') + 1) || 'sh';
  const args = ctx.argv.slice(1);
  let script: string | undefined;
  let forceInteractive = false;
  let errexit = false;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-c') {
      script = args[i + 1];
      if (script === undefined) {
        ctx.io.err(`${name}: -c requires an argument\n`);
        return 2;
      }
      i += 2;
      break;
    }
    if (arg === '--' || !arg.startsWith('-') || arg === '-') break;
    if (arg.includes('i')) forceInteractive = true;
    if (arg.includes('e')) errexit = true;
    if (arg.includes('c')) {
      script = args[i + 1];
      i += 2;
      break;
    }
  }
  const file = script === undefined ? (args[i] === '--' ? args[i + 1] : args[i]) : undefined;
  const scriptFile = file !== undefined && file !== '-' ? file : undefined;
  // A script's errors and $0 carry its path ("/docker-entrypoint.sh: …"), as in ash and dash.
  // With -c, the argument after the script becomes $0 (and the prefix of error messages).
  const commandName = script !== undefined ? args[i] : undefined;
  const shell = new Shell(ctx, scriptFile ?? commandName ?? name);
  shell.errexit = errexit;
  if (script !== undefined) {
    // sh -c 'script' NAME ARGS...: NAME becomes $0 and the rest $1…
    shell.positional = args.slice(i + 1);
    return yield* runSource(shell, script);
  }
  if (scriptFile !== undefined) {
    let source: string;
    try {
      source = ctx.machine.host.fs.readFile(resolvePath(ctx.cwd, scriptFile));
    } catch {
      ctx.io.err(`${name}: can't open '${scriptFile}': No such file or directory\n`);
      return 2;
    }
    shell.positional = args.slice(i + (args[i] === '--' ? 2 : 1));
    return yield* runSource(shell, source);
  }
  return yield* readLoop(shell, forceInteractive || ctx.tty);
}

function* runSource(shell: Shell, source: string): Run {
  let list;
  try {
    list = parseScript(source);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    shell.error(shell.ctx.io, error.message);
    return 2;
  }
  let code: number;
  try {
    code = yield* shell.runList(list, shell.ctx.io);
  } catch (signal) {
    if (signal instanceof ExitShell) code = signal.code;
    else if (signal instanceof LoopControl) code = 0;
    else throw signal;
  }
  return yield* runExitTrap(shell, code);
}

/** `trap '…' EXIT` runs as the shell ends; an `exit` inside it sets the final status. */
function* runExitTrap(shell: Shell, code: number): Run {
  const action = shell.traps.get('EXIT');
  if (!action) return code;
  shell.traps.delete('EXIT');
  shell.status = code;
  try {
    yield* shell.runList(parseScript(action), shell.ctx.io);
  } catch (signal) {
    if (signal instanceof ExitShell) return signal.code;
    throw signal;
  }
  return code;
}

/** One command line per input line; a line that leaves a construct open continues with "> ". */
function* readLoop(shell: Shell, interactive: boolean): Run {
  const io = shell.ctx.io;
  shell.interactive = interactive;
  let pending = '';
  for (;;) {
    if (interactive) io.out(pending ? '> ' : shell.prompt());
    let line: Resume;
    try {
      line = io.stdin instanceof TextInput ? io.stdin.readLine() : yield { kind: 'read' };
    } catch (signal) {
      if (!(interactive && signal instanceof SignalDelivery && signal.pid === undefined)) throw signal;
      // Ctrl+C at the prompt: drop the partial line and start over on a fresh line.
      io.out('\n');
      pending = '';
      shell.status = 130;
      continue;
    }
    if (line === null || line === undefined) {
      // Ctrl+D: the terminal moves to a new line; interactive bash also says "exit".
      if (interactive) io.out(shell.flavour === 'bash' ? '\nexit\n' : '\n');
      return shell.status;
    }
    const source = pending + (line.endsWith('\n') ? line : `${line}\n`);
    let list;
    try {
      list = parseScript(source);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      if (error.incomplete) {
        pending = source;
        continue;
      }
      shell.error(io, error.message);
      shell.status = 2;
      pending = '';
      shell.lineNumber++;
      continue;
    }
    pending = '';
    try {
      yield* shell.runList(list, io);
    } catch (signal) {
      if (signal instanceof ExitShell) {
        if (interactive && shell.flavour === 'bash') io.err('exit\n');
        return signal.code;
      }
      if (interactive && signal instanceof SignalDelivery && signal.pid === undefined) {
        io.out('\n');
        shell.status = 130;
      } else if (!(signal instanceof LoopControl)) throw signal;
    }
    shell.lineNumber++;
  }
}
