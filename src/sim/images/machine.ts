// The inside of one running container: its process table, the ports its processes listen on,
// and how a command name becomes a running program (PATH lookup over the container's own file
// system, so `rm /bin/cat` really removes cat). Signals follow Linux: PID 1 ignores any signal
// it has no handler for, except SIGKILL (the kernel's init protection).

import type { ContainerHost, HttpRequest, HttpResponse, Signal } from '../program';
import { permits, resolvePath, STICKY } from '../fs';
import { Runner, SIGNAL_NUMBERS, SignalDelivery, type Resume, type Run, type Wait } from './process';

function parentOf(abs: string): string {
  return abs.slice(0, abs.lastIndexOf('/')) || '/';
}

/** Standard input that is already all there (a pipe, a file, nothing): read with a cursor. */
export class TextInput {
  private pos = 0;
  constructor(private readonly text: string) {}

  readLine(): string | null {
    if (this.pos >= this.text.length) return null;
    const end = this.text.indexOf('\n', this.pos);
    const line = end < 0 ? this.text.slice(this.pos) : this.text.slice(this.pos, end);
    this.pos = end < 0 ? this.text.length : end + 1;
    return line;
  }

  readAll(): string {
    const rest = this.text.slice(this.pos);
    this.pos = this.text.length;
    return rest;
  }
}

export interface StdIO {
  /** Standard input; undefined means "read lines from the terminal / exec stream" (yield a read). */
  stdin: TextInput | undefined;
  out(text: string): void;
  err(text: string): void;
}

export interface User {
  name: string;
  uid: number;
  gid: number;
  group: string;
  home: string;
}

export interface ExecContext {
  argv: readonly string[];
  env: Map<string, string>;
  cwd: string;
  io: StdIO;
  machine: Machine;
  proc: Proc;
  tty: boolean;
}

export type Executable = (ctx: ExecContext) => Run;

export interface Proc {
  pid: number;
  ppid: number;
  user: User;
  /** The command line `ps` shows. */
  command: string;
  startedAt: number;
  memoryBytes: number;
  cpuMillicores: number;
  /** A signal handler; returning false (or having none) leaves the default action (ignored for PID 1). */
  onSignal?: (sig: Signal) => boolean | void;
  /** Where to throw a delivery to stop this process. */
  runner: Runner;
  /** True for a root process (its own runner): killing it ends the runner. */
  root: boolean;
}

export interface Listener {
  pid: number;
  http?: (req: HttpRequest, remoteAddr: string) => HttpResponse;
  /** gRPC health service answer, for servers that implement grpc.health.v1. */
  grpc?: () => 'SERVING' | 'NOT_SERVING';
  /** A line protocol (redis RESP), for the image's own client: argv in, reply out. */
  command?: (args: readonly string[]) => RedisReply;
}

export type RedisReply =
  | { kind: 'status'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'integer'; value: number }
  | { kind: 'bulk'; value: string | null }
  | { kind: 'array'; items: string[] };

/** Marker at the start of an executable file: the rest of the line names the program. */
export const BINARY_MAGIC = '\u007fELF\u0002\u0001\u0001\u0000';

export type Resolution =
  | { found: true; path: string; exe: Executable }
  | { found: false; reason: 'not-found' | 'permission-denied' | 'is-directory'; path: string };

export interface ImageProfile {
  user: User;
  /** Which shell the image's /bin/sh is: wording of prompts and errors differs. */
  shell: 'ash' | 'dash';
  /** busybox applets (busybox, alpine) or GNU coreutils (Debian-based images): error wording differs. */
  userland?: 'busybox' | 'gnu';
}

const RUNC_EXEC_PIDS = 5;
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export class Machine {
  readonly processes = new Map<number, Proc>();
  readonly listeners = new Map<number, Listener>();
  private nextPid = 1;
  private readonly rootRunners = new Set<Runner>();
  /** Memory a program holds beyond its processes' baseline (kuard's leaked buffers). */
  private stopped = false;

  constructor(
    readonly host: ContainerHost,
    readonly profile: ImageProfile,
    private readonly programs: Readonly<Record<string, Executable | undefined>>,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  baseEnv(): Map<string, string> {
    const env = new Map<string, string>();
    env.set('PATH', DEFAULT_PATH);
    env.set('HOSTNAME', this.host.hostname);
    for (const [key, value] of Object.entries(this.host.env)) env.set(key, value);
    if (!env.has('HOME')) env.set('HOME', this.profile.user.home);
    return env;
  }

  /** Finds what `name` runs, as execve + PATH search would. */
  resolve(name: string, env: Map<string, string>, cwd: string): Resolution {
    const candidates = name.includes('/')
      ? [resolvePath(cwd, name)]
      : (env.get('PATH') ?? DEFAULT_PATH).split(':').map((dir) => resolvePath('/', `${dir || '.'}/${name}`));
    for (const path of candidates) {
      const node = this.host.fs.stat(path);
      if (!node) continue;
      if (node.kind === 'dir') {
        if (name.includes('/')) return { found: false, reason: 'is-directory', path };
        continue;
      }
      if (node.content.startsWith(BINARY_MAGIC)) {
        const id = node.content.slice(BINARY_MAGIC.length).split('\n')[0]!.trim();
        const exe = this.programs[id];
        if (exe) return { found: true, path, exe };
      } else if (node.content.startsWith('#!') && (node.mode & 0o111) !== 0) {
        const shell = this.programs['busybox'] ?? this.programs['sh'];
        if (shell) return { found: true, path, exe: scriptRunner(shell, path) };
      }
      if (name.includes('/')) return { found: false, reason: 'permission-denied', path };
    }
    return { found: false, reason: 'not-found', path: name };
  }

  /**
   * Whether `user` may write `path`: an existing file needs its own write bit; a new one needs
   * write and search on its directory. Root may always (a read-only mount still refuses it).
   */
  mayWrite(path: string, user: User): boolean {
    if (user.uid === 0) return true;
    const abs = resolvePath('/', path);
    const node = this.host.fs.stat(abs);
    if (node?.kind === 'file') return permits(node, user, 2);
    const dir = this.host.fs.stat(parentOf(abs));
    return dir?.kind === 'dir' && permits(dir, user, 3);
  }

  /**
   * Whether `user` may remove (or move away) `path`: write and search on its directory ('denied'
   * without), and in a sticky directory such as /tmp only the file's owner or the directory's may
   * ('sticky' otherwise: the kernel's restricted deletion flag, EPERM).
   */
  mayRemove(path: string, user: User): 'allowed' | 'denied' | 'sticky' {
    if (user.uid === 0) return 'allowed';
    const abs = resolvePath('/', path);
    const dir = this.host.fs.stat(parentOf(abs));
    if (dir?.kind !== 'dir' || !permits(dir, user, 3)) return 'denied';
    if ((dir.mode & STICKY) === 0) return 'allowed';
    const node = this.host.fs.stat(abs);
    return (node?.owner?.uid ?? 0) === user.uid || (dir.owner?.uid ?? 0) === user.uid ? 'allowed' : 'sticky';
  }

  /** Registers a process record (the caller runs its code). */
  addProcess(fields: Omit<Proc, 'pid' | 'startedAt' | 'memoryBytes' | 'cpuMillicores'>, memoryBytes: number): Proc {
    const proc: Proc = { ...fields, pid: this.nextPid++, startedAt: this.host.now(), memoryBytes, cpuMillicores: 0 };
    this.processes.set(proc.pid, proc);
    this.reportUsage();
    return proc;
  }

  removeProcess(pid: number): void {
    this.processes.delete(pid);
    for (const [port, listener] of this.listeners) if (listener.pid === pid) this.listeners.delete(port);
    this.reportUsage();
  }

  /** Starts a root process with its own runner (PID 1, an exec, a background job). */
  startRoot(
    argv: readonly string[],
    exe: Executable,
    opts: { env: Map<string, string>; cwd: string; io: StdIO; tty: boolean; ppid: number; command?: string },
    onExit: (code: number) => void,
  ): { proc: Proc; runner: Runner } {
    // Assigned once below, after the generator that reads it has been made.
    // eslint-disable-next-line prefer-const
    let proc: Proc | undefined;
    const gen = (function* (machine: Machine): Run {
      const ctx: ExecContext = { argv, env: opts.env, cwd: opts.cwd, io: opts.io, machine, proc: proc!, tty: opts.tty };
      return yield* exe(ctx);
    })(this);
    const runner = new Runner(
      gen,
      (ms, fn) => this.host.after(ms, fn),
      (code) => {
        this.rootRunners.delete(runner);
        if (proc) this.removeProcess(proc.pid);
        onExit(code);
      },
    );
    // runc's exec spends a few PIDs on its own init before the command runs: an exec'd shell is
    // typically PID 7, not 2, and each later exec lands about five higher.
    if (opts.ppid === 0 && this.nextPid > 1) this.nextPid += RUNC_EXEC_PIDS;
    proc = this.addProcess(
      { ppid: opts.ppid, user: this.profile.user, command: opts.command ?? argv.join(' '), runner, root: true },
      baselineMemory(argv[0] ?? ''),
    );
    this.rootRunners.add(runner);
    runner.start();
    return { proc, runner };
  }

  /** Runs a child process inside the caller's generator (the shell waits for its commands). */
  *runChild(
    parent: ExecContext,
    argv: readonly string[],
    exe: Executable,
    io: StdIO,
    env: Map<string, string>,
    cwd: string,
  ): Run {
    const proc = this.addProcess(
      {
        ppid: parent.proc.pid,
        user: parent.proc.user,
        command: argv.join(' '),
        runner: parent.proc.runner,
        root: false,
      },
      baselineMemory(argv[0] ?? ''),
    );
    try {
      return yield* exe({ argv, env, cwd, io, machine: this, proc, tty: parent.tty });
    } catch (error) {
      if (error instanceof SignalDelivery && error.pid === proc.pid) return 128 + SIGNAL_NUMBERS[error.signal];
      throw error;
    } finally {
      this.removeProcess(proc.pid);
    }
  }

  /** `kill`: delivers a signal to one process. Returns false when no such process exists. */
  signal(pid: number, sig: Signal): boolean {
    const proc = this.processes.get(pid);
    if (!proc) return false;
    if (sig !== 'SIGKILL' && proc.onSignal && proc.onSignal(sig) !== false) return true;
    if (sig !== 'SIGKILL' && proc.pid === 1) return true; // init ignores signals it does not handle
    if (proc.root) proc.runner.kill(128 + SIGNAL_NUMBERS[sig]);
    else proc.runner.deliver(new SignalDelivery(sig, proc.pid));
    return true;
  }

  /** The container is gone: every process ends, no timers survive. */
  stopAll(): void {
    this.stopped = true;
    for (const runner of [...this.rootRunners]) runner.kill(137);
    this.listeners.clear();
  }

  extraMemoryBytes = 0;

  usage(): { memoryBytes: number; cpuMillicores: number } {
    let memoryBytes = this.extraMemoryBytes;
    let cpuMillicores = 0;
    for (const proc of this.processes.values()) {
      memoryBytes += proc.memoryBytes;
      cpuMillicores += proc.cpuMillicores;
    }
    return { memoryBytes, cpuMillicores: Math.max(cpuMillicores, this.processes.size > 0 ? 1 : 0) };
  }

  reportUsage(): void {
    if (!this.stopped) this.host.setUsage(this.usage());
  }
}

/** Resident memory of a freshly started program, as `kubectl top` would roughly show it. */
function baselineMemory(command: string): number {
  const name = command.slice(command.lastIndexOf('/') + 1);
  const MiB = 1024 * 1024;
  if (name === 'kuard') return 4 * MiB;
  if (name === 'nginx') return 3 * MiB;
  if (name === 'redis-server') return 3 * MiB;
  if (name === 'agnhost' || name === 'goproxy' || name === 'server') return 2 * MiB;
  return 256 * 1024;
}

/** Runs an executable text file with `#!` by handing it to the shell, as the kernel would. */
function scriptRunner(shell: Executable, path: string): Executable {
  return (ctx) => shell({ ...ctx, argv: ['sh', path, ...ctx.argv.slice(1)] });
}

/** Waits forever (a server's main loop); only a signal or kill ends it. */
export function* serveForever(): Generator<Wait, never, Resume> {
  for (;;) yield { kind: 'forever' };
}
