// Runs parsed shell scripts: the `sh`/`ash` of busybox (and the Debian images' dash, which differs
// only in wording here). External commands become child processes, so `ps` sees them and Ctrl+C
// or `kill` stops exactly the right one; builtins run inside the shell as they do in ash.

import type { AndOr, CommandNode, ListNode, Pipeline, Redirect, SimpleCommand } from './ast';
import { ExpansionError, expandToString, expandWords, patternToRegex, type ExpansionScope } from './expand';
import { TextInput, type ExecContext, type StdIO } from '../machine';
import type { Run } from '../process';
import { BUILTINS, type Builtin } from './builtins';
import { openRedirect } from './redirects';
import { parseScript } from './parser';
import { ExitShell, LoopControl, ReturnSignal, ShellState, type Step } from './state';
import { STATELESS_BUILTINS, watchRound } from './steady-round';

/** Rounds of a loop that never waits between two 100 ms pauses of simulated time. */
const ROUNDS_PER_PAUSE = 1000;
/** The first rounds after a pause that may prove the rest of the stretch a repeat. */
const ROUNDS_WATCHED = 3;

export class Shell extends ShellState {
  constructor(ctx: ExecContext, name: string) {
    super(ctx, name);
    ctx.proc.onSignal = (sig) => this.receive(sig);
  }

  /** A signal for the shell's own process: run its trap later, ignore it, or take the default. */
  private receive(sig: 'SIGTERM' | 'SIGINT' | 'SIGKILL'): boolean {
    const name = sig.slice(3);
    const action = this.traps.get(name);
    if (action === undefined) return false;
    if (action !== '') this.pendingTraps.push(name);
    return true;
  }

  *runPendingTraps(io: StdIO): Step<void> {
    while (this.pendingTraps.length > 0) {
      const name = this.pendingTraps.shift()!;
      const action = this.traps.get(name);
      if (!action) continue;
      const saved = this.status;
      yield* this.runList(parseScript(action), io);
      this.status = saved;
    }
  }

  private expansionScope: ExpansionScope | undefined;

  /** What word expansion reads and writes; one object per shell, as every command of a loop expands words. */
  scope(): ExpansionScope {
    this.expansionScope ??= this.createScope();
    return this.expansionScope;
  }

  private createScope(): ExpansionScope {
    const shell = this;
    return {
      getVar: (name) => shell.getVar(name),
      setVar: (name, value) => shell.vars.set(name, value),
      positional: () => shell.positional,
      fs: shell.ctx.machine.host.fs,
      get cwd() {
        return shell.cwd;
      },
      *substitute(body) {
        // Its commands write to a capture and its errors to the shell's own stream: a repeat of the round
        // could not reproduce them by printing.
        shell.effects++;
        let captured = '';
        const io: StdIO = {
          stdin: new TextInput(''),
          out: (text) => (captured += text),
          err: (text) => shell.ctx.io.err(text),
        };
        const saved = { cwd: shell.cwd, vars: new Map(shell.vars) };
        try {
          shell.status = yield* shell.runList(body, io);
        } catch (signal) {
          if (!(signal instanceof ExitShell)) throw signal;
          shell.status = signal.code;
        } finally {
          shell.cwd = saved.cwd; // a subshell's cd and assignments stay inside it
          shell.vars.clear();
          for (const [key, value] of saved.vars) shell.vars.set(key, value);
        }
        return captured;
      },
    };
  }

  *runList(list: ListNode, io: StdIO): Step<number> {
    let status = this.status;
    for (const item of list.items) {
      if (item.background) {
        status = this.startBackground(item, io);
      } else {
        status = yield* this.runAndOr(item, io);
      }
      this.status = status;
      if (this.pendingTraps.length > 0) yield* this.runPendingTraps(io);
    }
    return status;
  }

  private startBackground(item: AndOr, io: StdIO): number {
    const shell = this;
    this.effects++;
    const { proc } = this.ctx.machine.startRoot(
      [this.name],
      function* (ctx: ExecContext): Run {
        const child = new Shell(ctx, shell.name);
        child.cwd = shell.cwd;
        for (const [key, value] of shell.vars) child.vars.set(key, value);
        child.positional = [...shell.positional];
        try {
          return yield* child.runAndOr({ ...item, background: false }, io);
        } catch (signal) {
          if (signal instanceof ExitShell) return signal.code;
          throw signal;
        }
      },
      {
        env: this.environment(),
        cwd: this.cwd,
        io: { ...io, stdin: new TextInput('') },
        tty: false,
        ppid: this.ctx.proc.pid,
        command: this.name,
      },
      () => undefined,
    );
    this.lastBackgroundPid = proc.pid;
    return 0;
  }

  private *runAndOr(item: AndOr, io: StdIO): Step<number> {
    const conditional = item.rest.length > 0;
    if (conditional) this.conditionDepth++;
    let status: number;
    try {
      status = yield* this.runPipeline(item.first, io);
    } finally {
      if (conditional) this.conditionDepth--;
    }
    for (let i = 0; i < item.rest.length; i++) {
      const { op, pipeline } = item.rest[i]!;
      this.status = status;
      if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
      const last = i === item.rest.length - 1;
      if (!last) this.conditionDepth++;
      try {
        status = yield* this.runPipeline(pipeline, io);
      } finally {
        if (!last) this.conditionDepth--;
      }
    }
    if (this.errexit && status !== 0 && this.conditionDepth === 0 && !conditional) throw new ExitShell(status);
    return status;
  }

  private *runPipeline(pipeline: Pipeline, io: StdIO): Step<number> {
    if (pipeline.negated) this.conditionDepth++;
    let status = 0;
    try {
      let stdin = io.stdin;
      for (let i = 0; i < pipeline.commands.length; i++) {
        const last = i === pipeline.commands.length - 1;
        let captured = '';
        const stageIO: StdIO = last ? { ...io, stdin } : { stdin, out: (text) => (captured += text), err: io.err };
        status = yield* this.runCommand(pipeline.commands[i]!, stageIO);
        stdin = new TextInput(captured);
      }
    } finally {
      if (pipeline.negated) this.conditionDepth--;
    }
    return pipeline.negated ? (status === 0 ? 1 : 0) : status;
  }

  *runCommand(node: CommandNode, outer: StdIO): Step<number> {
    try {
      return yield* this.runCommandUnchecked(node, outer);
    } catch (error) {
      // An expansion error (divide by zero, bad arithmetic) anywhere in the command: ash reports
      // it; a script then exits with status 2 (POSIX §2.8.1), an interactive shell carries on.
      if (!(error instanceof ExpansionError)) throw error;
      this.error(outer, error.message);
      if (!this.interactive) throw new ExitShell(2);
      return 2;
    }
  }

  private *runCommandUnchecked(node: CommandNode, outer: StdIO): Step<number> {
    const redirected = yield* this.applyRedirects(node.redirects, outer);
    if (typeof redirected === 'number') return redirected;
    const io = redirected;
    switch (node.kind) {
      case 'simple':
        return yield* this.runSimple(node, io);
      case 'if':
        for (const branch of node.branches) {
          this.conditionDepth++;
          let condition: number;
          try {
            condition = yield* this.runList(branch.condition, io);
          } finally {
            this.conditionDepth--;
          }
          if (condition === 0) return yield* this.runList(branch.body, io);
        }
        return node.otherwise ? yield* this.runList(node.otherwise, io) : 0;
      case 'while':
      case 'until':
        return yield* this.runLoop(node.kind, node.condition, node.body, io);
      case 'for':
        return yield* this.runFor(node, io);
      case 'group':
        return yield* this.runList(node.body, io);
      case 'function':
        this.effects++;
        this.functions.set(node.name, node.body);
        return 0;
      case 'case': {
        const subject = yield* expandToString(node.subject, this.scope());
        for (const item of node.items) {
          for (const pattern of item.patterns) {
            if (patternToRegex(yield* expandToString(pattern, this.scope())).test(subject))
              return yield* this.runList(item.body, io);
          }
        }
        return 0;
      }
      case 'subshell': {
        const saved = { cwd: this.cwd, vars: new Map(this.vars) };
        try {
          return yield* this.runList(node.body, io);
        } catch (signal) {
          if (signal instanceof ExitShell) return signal.code;
          throw signal;
        } finally {
          this.cwd = saved.cwd;
          this.vars.clear();
          for (const [key, value] of saved.vars) this.vars.set(key, value);
        }
      }
    }
  }

  private *runLoop(kind: 'while' | 'until', condition: ListNode, body: ListNode, io: StdIO): Step<number> {
    let status = 0;
    let iterations = 0;
    let busyCpuBefore: number | undefined;
    this.loopDepth++;
    try {
      for (;;) {
        // A loop that never waits would freeze the page: every thousand rounds, let 100 ms of simulated
        // time pass, so a busy loop costs the browser about as much real time as it takes in the sim.
        if (++iterations % ROUNDS_PER_PAUSE === 0) {
          // Meanwhile it keeps one core busy, which is what `kubectl top` would show.
          if (this.ctx.proc.cpuMillicores < 1000) {
            busyCpuBefore = this.ctx.proc.cpuMillicores;
            this.ctx.proc.cpuMillicores = 1000;
            this.ctx.machine.reportUsage();
          }
          yield { kind: 'sleep', ms: 100 };
          // Other processes ran meanwhile: an enclosing loop's round is no longer a pure repeat.
          this.effects++;
        }
        const watch = iterations % ROUNDS_PER_PAUSE < ROUNDS_WATCHED ? watchRound(this, io) : undefined;
        const roundIO = watch?.io ?? io;
        this.conditionDepth++;
        let test: number;
        try {
          test = yield* this.runList(condition, roundIO);
        } finally {
          this.conditionDepth--;
        }
        if ((kind === 'while') !== (test === 0)) break;
        const outcome = yield* this.runLoopBody(body, roundIO);
        status = outcome.status;
        if (outcome.stop) break;
        if (watch?.steady()) {
          // Every round left until the next pause would start from this same state and print the same.
          const repeats = ROUNDS_PER_PAUSE - 1 - (iterations % ROUNDS_PER_PAUSE);
          watch.repeat(repeats);
          iterations += repeats;
        }
      }
    } finally {
      this.loopDepth--;
      if (busyCpuBefore !== undefined) {
        this.ctx.proc.cpuMillicores = busyCpuBefore;
        this.ctx.machine.reportUsage();
      }
    }
    return status;
  }

  private *runFor(node: Extract<CommandNode, { kind: 'for' }>, io: StdIO): Step<number> {
    const items = node.items ? yield* expandWords(node.items, this.scope()) : [...this.positional];
    let status = 0;
    this.loopDepth++;
    try {
      for (const item of items) {
        this.vars.set(node.variable, item);
        const outcome = yield* this.runLoopBody(node.body, io);
        status = outcome.status;
        if (outcome.stop) break;
      }
    } finally {
      this.loopDepth--;
    }
    return status;
  }

  private *runLoopBody(body: ListNode, io: StdIO): Step<{ status: number; stop: boolean }> {
    try {
      return { status: yield* this.runList(body, io), stop: false };
    } catch (control) {
      if (!(control instanceof LoopControl)) throw control;
      if (control.levels > 1) throw new LoopControl(control.kind, control.levels - 1);
      return { status: 0, stop: control.kind === 'break' };
    }
  }

  get inLoop(): boolean {
    return this.loopDepth > 0;
  }

  private *runSimple(node: SimpleCommand, io: StdIO): Step<number> {
    const assigned = new Map<string, string>();
    const statusBefore = this.status;
    // Expansion errors propagate to runCommand, which reports them.
    const argv = yield* expandWords(node.words, this.scope());
    for (const { name, value } of node.assignments) assigned.set(name, yield* expandToString(value, this.scope()));
    if (node.assignments.length > 0 || (argv.length > 0 && !STATELESS_BUILTINS.has(argv[0]!))) this.effects++;
    if (argv.length === 0) {
      for (const [name, value] of assigned) this.vars.set(name, value);
      // A bare assignment's status is that of its last command substitution, else 0.
      return this.status !== statusBefore ? this.status : 0;
    }
    const name = argv[0]!;
    const fn = this.functions.get(name);
    if (fn) return yield* this.callFunction(fn, argv, io);
    const builtin: Builtin | undefined = BUILTINS[name];
    if (builtin) return yield* builtin(this, argv, io);
    return yield* this.runExternal(argv, io, assigned);
  }

  private *callFunction(body: CommandNode, argv: string[], io: StdIO): Step<number> {
    const savedPositional = this.positional;
    this.positional = argv.slice(1);
    this.functionDepth++;
    try {
      return yield* this.runCommand(body, io);
    } catch (signal) {
      if (signal instanceof ReturnSignal) return signal.code;
      throw signal;
    } finally {
      this.functionDepth--;
      this.positional = savedPositional;
    }
  }

  *runExternal(argv: string[], io: StdIO, assigned: Map<string, string>): Step<number> {
    const machine = this.ctx.machine;
    const env = this.environment(assigned);
    const found = machine.resolve(argv[0]!, env, this.cwd);
    if (!found.found) {
      if (found.reason === 'not-found') {
        this.error(io, this.flavour === 'bash' ? `${argv[0]}: command not found` : `${argv[0]}: not found`);
        return 127;
      }
      this.error(io, `${argv[0]}: Permission denied`);
      return 126;
    }
    return yield* machine.runChild(this.ctx, argv, found.exe, io, env, this.cwd);
  }

  private *applyRedirects(redirects: readonly Redirect[], io: StdIO): Step<StdIO | number> {
    let current = io;
    // Only a copy of a stream (2>&1, >&2) leaves files as they were.
    if (redirects.some((r) => r.op !== '>&' && r.op !== '<&')) this.effects++;
    for (const redirect of redirects) {
      const target = yield* expandToString(redirect.target, this.scope());
      const result = openRedirect(redirect, target, current, this.ctx.machine.host.fs, this.cwd, (path) =>
        this.ctx.machine.mayWrite(path, this.ctx.proc.user),
      );
      if (typeof result === 'string') {
        this.error(io, result);
        return 1;
      }
      current = result;
    }
    return current;
  }
}
