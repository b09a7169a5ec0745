// The state of one shell: variables and exports, functions, traps, positional parameters, the
// working directory, and how it words prompts and errors (ash, dash or bash). Execution lives in
// interpreter.ts; this half is what builtins read and write.

import type { CommandNode } from './ast';
import type { ExecContext, StdIO } from '../machine';
import type { Resume, Wait } from '../process';
import { resolvePath } from '../../fs';

/** `exit N` unwinds to the shell's top. */
export class ExitShell {
  constructor(readonly code: number) {}
}

/** `return N` unwinds to the function call. */
export class ReturnSignal {
  constructor(readonly code: number) {}
}

export class LoopControl {
  constructor(
    readonly kind: 'break' | 'continue',
    readonly levels: number,
  ) {}
}

export type Step<T> = Generator<Wait, T, Resume>;

export abstract class ShellState {
  readonly vars = new Map<string, string>();
  readonly exported = new Set<string>();
  readonly functions = new Map<string, CommandNode>();
  /** `trap` actions by signal name (TERM, INT, EXIT…); '' means ignore. */
  readonly traps = new Map<string, string>();
  /** Trapped signals received, whose actions run after the current command (POSIX §2.11). */
  readonly pendingTraps: string[] = [];
  protected functionDepth = 0;
  positional: string[] = [];
  status = 0;
  cwd: string;
  lineNumber = 1;
  errexit = false;
  /** Reading commands from a terminal (errors that end a script only fail the command). */
  interactive = false;
  lastBackgroundPid: number | undefined;
  /** Nesting depth of conditions (`if`, `while`, left of && / ||), where `set -e` does not apply. */
  protected conditionDepth = 0;
  protected loopDepth = 0;
  /** Counts what commands did besides printing (see steady-round.ts). */
  effects = 0;

  constructor(
    readonly ctx: ExecContext,
    readonly name: string,
  ) {
    this.cwd = ctx.cwd;
    for (const [key, value] of ctx.env) {
      this.vars.set(key, value);
      this.exported.add(key);
    }
    this.vars.set('PWD', this.cwd);
    this.exported.add('PWD');
    if (!this.vars.has('IFS')) this.vars.set('IFS', ' \t\n');
    if (!this.vars.has('PS1')) this.vars.set('PS1', this.defaultPrompt());
  }

  get flavour(): 'ash' | 'dash' | 'bash' {
    const program = this.ctx.argv[0]?.slice(this.ctx.argv[0].lastIndexOf('/') + 1);
    return program === 'bash' ? 'bash' : this.ctx.machine.profile.shell;
  }

  get inFunction(): boolean {
    return this.functionDepth > 0;
  }

  /** "sh: foo: not found" in ash; dash adds the line number ("sh: 1: foo: not found"); bash says "bash: line 1: " in scripts. */
  errorPrefix(): string {
    if (this.flavour === 'dash') return `${this.name}: ${this.lineNumber}: `;
    return `${this.name}: `;
  }

  error(io: StdIO, message: string): void {
    io.err(`${this.errorPrefix()}${message}\n`);
  }

  environment(extra?: Map<string, string>): Map<string, string> {
    const env = new Map<string, string>();
    for (const name of this.exported) {
      const value = this.vars.get(name);
      if (value !== undefined) env.set(name, value);
    }
    if (extra) for (const [key, value] of extra) env.set(key, value);
    return env;
  }

  getVar(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return String(this.ctx.proc.pid);
      case '#':
        return String(this.positional.length);
      case '!':
        return this.lastBackgroundPid === undefined ? '' : String(this.lastBackgroundPid);
      case '0':
        return this.name;
      case '-':
        return this.errexit ? 'e' : '';
    }
    if (/^[1-9]$/.test(name)) return this.positional[Number(name) - 1];
    return this.vars.get(name);
  }

  /** Everything a following command starts from that a builtin may change, as one string. */
  stateKey(): string {
    const vars = [...this.vars].map(([name, value]) => `${name}=${value}`);
    return [this.status, this.cwd, this.positional.length, ...this.positional, ...vars].join('\0');
  }

  defaultPrompt(): string {
    if (this.flavour === 'dash') return this.ctx.proc.user.uid === 0 ? '# ' : '$ ';
    // Debian's /etc/bash.bashrc: "\u@\h:\w\$ ".
    if (this.flavour === 'bash') return '\\u@\\h:\\w\\$ ';
    return '\\w \\$ ';
  }

  /** PS1 with busybox's escapes: \w (cwd, ~ for $HOME), \W, \h, \u, \$. */
  prompt(): string {
    const ps1 = this.vars.get('PS1') ?? this.defaultPrompt();
    const home = this.vars.get('HOME');
    const cwdShown =
      home && (this.cwd === home || this.cwd.startsWith(home + '/')) ? '~' + this.cwd.slice(home.length) : this.cwd;
    return ps1.replace(/\\([wWhu$])/g, (_m, code: string) => {
      if (code === 'w') return cwdShown;
      if (code === 'W') return this.cwd === '/' ? '/' : this.cwd.slice(this.cwd.lastIndexOf('/') + 1);
      if (code === 'h') return this.ctx.machine.host.hostname.split('.')[0]!;
      if (code === 'u') return this.ctx.proc.user.name;
      return this.ctx.proc.user.uid === 0 ? '#' : '$';
    });
  }
  changeDirectory(path: string): boolean {
    const target = resolvePath(this.cwd, path);
    const node = this.ctx.machine.host.fs.stat(target);
    if (node?.kind !== 'dir') return false;
    this.vars.set('OLDPWD', this.cwd);
    this.cwd = target;
    this.vars.set('PWD', target);
    return true;
  }
}
