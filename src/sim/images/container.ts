// One container as the kubelet sees it (the ContainerProgram contract): PID 1 is whatever the
// resolved command names in the image's file system, exec starts more processes beside it, and
// HTTP/TCP reach whatever a process listens on. PID 1 exiting ends the container.

import type {
  ContainerHost,
  ContainerProgram,
  HttpRequest,
  HttpResponse,
  NetError,
  ProcessHandle,
  ProcessIO,
  ResourceUse,
  Signal,
} from '../program';
import { Machine, TextInput, type Executable, type ImageProfile, type Resolution } from './machine';
import { SignalDelivery, type Runner } from './process';
import { writeRuntimeFiles } from './runtime-files';

/** Exit code kubectl reports when the runtime cannot start an exec'd command (k8s-reference §8.6). */
export const EXEC_START_FAILURE_EXIT_CODE = 126;
/** Exit code of a container whose command cannot be started (containerd reports StartError, 128). */
export const START_FAILURE_EXIT_CODE = 128;

export interface ContainerBlueprint {
  profile: ImageProfile;
  programs: Readonly<Record<string, Executable | undefined>>;
  workingDir: string;
}

export class SimContainer implements ContainerProgram {
  private machine: Machine | undefined;
  private host: ContainerHost | undefined;
  private pid1: Runner | undefined;
  private readonly attached = new Set<ProcessIO>();
  private killed = false;
  /** Why PID 1 could not start (the runtime's message), for the kubelet's StartError status. */
  startFailure: string | undefined;

  constructor(private readonly blueprint: ContainerBlueprint) {}

  start(host: ContainerHost, argv: readonly string[]): void {
    const machine = new Machine(host, this.blueprint.profile, this.blueprint.programs);
    this.machine = machine;
    this.host = host;
    const env = machine.baseEnv();
    const cwd = this.blueprint.workingDir || '/';
    if (argv.length === 0) {
      this.failStart(
        host,
        'OCI runtime create failed: runc create failed: unable to start container process: error during container init: no command specified: unknown',
      );
      return;
    }
    const found = machine.resolve(argv[0]!, env, cwd);
    if (!found.found) {
      this.failStart(
        host,
        `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${execFailure(found)}: unknown`,
      );
      return;
    }
    writeRuntimeFiles(host);
    // From here on every file a process creates is the image user's (kuard's are nobody's).
    host.fs.creator = this.blueprint.profile.user;
    // Without `stdin: true` in the spec, PID 1's input is empty (a shell reads end of input and exits).
    const tty = host.tty === true;
    if (tty) env.set('TERM', 'xterm');
    const io = {
      stdin: host.stdin ? undefined : new TextInput(''),
      out: (text: string) => {
        host.stdout(text);
        for (const session of this.attached) session.stdout(text);
      },
      err: (text: string) => {
        host.stderr(text);
        for (const session of this.attached) (tty ? session.stdout : session.stderr).call(session, text);
      },
    };
    const { runner } = machine.startRoot(argv, found.exe, { env, cwd, io, tty, ppid: 0 }, (code) => {
      for (const session of this.attached) session.exit(code);
      this.attached.clear();
      if (this.killed) return;
      this.killed = true;
      machine.stopAll();
      host.exit(code);
    });
    this.pid1 = runner;
  }

  attach(io: ProcessIO): ProcessHandle {
    const runner = this.pid1;
    if (!runner || runner.done || this.killed) {
      io.stderr('error: unable to upgrade connection: container not found\n');
      io.exit(1);
      return { write: () => undefined, signal: () => undefined };
    }
    this.attached.add(io);
    const acceptsInput = this.host?.stdin === true;
    return {
      write: (input) => {
        if (!acceptsInput) return;
        for (const line of input.match(/[^\n]*\n|[^\n]+$/g) ?? []) runner.write(line);
      },
      signal: (sig) => {
        if (sig === 'EOF') {
          if (acceptsInput) runner.closeInput();
        } else if (sig === 'SIGINT' && this.host?.tty) runner.deliver(new SignalDelivery('SIGINT', undefined));
        else this.machine?.signal(1, sig);
      },
    };
  }

  private failStart(host: ContainerHost, message: string): void {
    this.startFailure = message;
    this.killed = true;
    host.exit(START_FAILURE_EXIT_CODE);
  }

  signal(sig: Signal): void {
    const machine = this.machine;
    if (!machine || this.killed) return;
    if (sig === 'SIGKILL') {
      // The kubelet records 137 itself; the program only stops everything it runs.
      this.killed = true;
      machine.stopAll();
      return;
    }
    machine.signal(1, sig);
  }

  http(port: number, req: HttpRequest): HttpResponse | NetError {
    const listener = this.machine && !this.killed ? this.machine.listeners.get(port) : undefined;
    if (!listener?.http) return { error: 'connection-refused' };
    return listener.http(req, this.remoteAddress(req));
  }

  tcpConnect(port: number): boolean {
    return !!this.machine && !this.killed && this.machine.listeners.has(port);
  }

  grpcHealth(port: number, service: string): 'SERVING' | 'NOT_SERVING' | NetError {
    void service;
    const listener = this.machine && !this.killed ? this.machine.listeners.get(port) : undefined;
    if (!listener) return { error: 'connection-refused' };
    return listener.grpc ? listener.grpc() : { error: 'timeout' };
  }

  exec(argv: readonly string[], io: ProcessIO, opts: { tty: boolean; stdin: boolean }): ProcessHandle {
    const machine = this.machine;
    const closed: ProcessHandle = { write: () => undefined, signal: () => undefined };
    if (!machine || this.killed) {
      io.stderr('error: unable to upgrade connection: container not found\n');
      io.exit(1);
      return closed;
    }
    const env = machine.baseEnv();
    if (opts.tty) env.set('TERM', 'xterm');
    const cwd = this.blueprint.workingDir || '/';
    const found = argv.length > 0 ? machine.resolve(argv[0]!, env, cwd) : undefined;
    if (!found?.found) {
      const reason = found ? execFailure(found) : 'exec: "": executable file not found in $PATH';
      io.stderr(`OCI runtime exec failed: exec failed: unable to start container process: ${reason}: unknown\n`);
      io.exit(EXEC_START_FAILURE_EXIT_CODE);
      return closed;
    }
    // A terminal has one output stream: with -t, stderr arrives on stdout.
    const err = opts.tty ? io.stdout.bind(io) : io.stderr.bind(io);
    const stdio = { stdin: opts.stdin ? undefined : new TextInput(''), out: (t: string) => io.stdout(t), err };
    const { proc, runner } = machine.startRoot(
      argv,
      found.exe,
      { env, cwd, io: stdio, tty: opts.tty, ppid: 0 },
      (code) => io.exit(code),
    );
    return {
      write: (input) => {
        for (const line of input.match(/[^\n]*\n|[^\n]+$/g) ?? []) runner.write(line);
      },
      signal: (sig) => {
        if (sig === 'EOF') runner.closeInput();
        else if (sig === 'SIGINT') runner.deliver(new SignalDelivery('SIGINT', undefined));
        else machine.signal(proc.pid, sig);
      },
    };
  }

  usage(): ResourceUse {
    return this.machine && !this.killed ? this.machine.usage() : { memoryBytes: 0, cpuMillicores: 0 };
  }

  /** Where a request seems to come from in the server's own log. */
  private remoteAddress(req: HttpRequest): string {
    const machine = this.machine!;
    const port = 30000 + Math.floor(machine.host.random() * 30000);
    if (req.from === 'probe') {
      // The kubelet probes from the node, i.e. the pod network's gateway on this node (x.y.z.1).
      const gateway = machine.host.podIP.replace(/\.\d+$/, '.1');
      return `${gateway}:${port}`;
    }
    return `127.0.0.1:${port}`;
  }
}

/** The runtime's wording for a command it cannot start (runc's exec errors). */
function execFailure(found: Extract<Resolution, { found: false }>): string {
  const name = found.path;
  if (found.reason === 'is-directory') return `exec: "${name}": is a directory`;
  if (found.reason === 'permission-denied') return `exec: "${name}": permission denied`;
  return name.includes('/')
    ? `exec: "${name}": stat ${name}: no such file or directory`
    : `exec: "${name}": executable file not found in $PATH`;
}
