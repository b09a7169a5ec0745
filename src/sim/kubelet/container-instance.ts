// One run of a container: the program started from its image, the host it talks to, its log, and
// its resource use. A restart is a new instance (new containerID, fresh image layer, same volumes).
import type {
  ContainerHost,
  ContainerProgram,
  HttpRequest,
  HttpResponse,
  NetError,
  ResourceUse,
  Signal,
} from '../program';
import type { ContainerFs } from '../fs';
import type { SimClock, TimerId } from '../clock';
import type { SeededRandom } from '../random';
import { LogBuffer } from './log-buffer';

export interface InstanceOptions {
  clock: SimClock;
  random: SeededRandom;
  program: ContainerProgram;
  fs: ContainerFs;
  env: Record<string, string>;
  hostname: string;
  podIP: string;
  podName: string;
  namespace: string;
  containerName: string;
  memoryLimitBytes: number | undefined;
  cpuLimitMillicores: number | undefined;
  localhostRequest(port: number, req: HttpRequest): HttpResponse | NetError;
  /** Told once, after the instance has stopped (deferred to a clock tick, never inside a program call). */
  onExit(exitCode: number, reason: 'OOMKilled' | undefined): void;
}

export class ContainerInstance {
  readonly logs = new LogBuffer();
  readonly startedAt: number;
  exited = false;
  exitCode: number | undefined;
  finishedAt: number | undefined;
  private lastUsage: ResourceUse = { memoryBytes: 0, cpuMillicores: 0 };
  private timers = new Set<TimerId>();

  constructor(readonly options: InstanceOptions) {
    this.startedAt = options.clock.now();
  }

  get program(): ContainerProgram {
    return this.options.program;
  }

  start(argv: readonly string[]): void {
    const o = this.options;
    const host: ContainerHost = {
      now: () => o.clock.now(),
      after: (delayMs, fn) => {
        if (this.exited) return () => {};
        const id: TimerId = o.clock.after(
          Math.max(0, delayMs),
          () => {
            this.timers.delete(id);
            if (!this.exited) fn();
          },
          `program ${o.podName}/${o.containerName}`,
        );
        this.timers.add(id);
        return () => {
          if (this.timers.delete(id)) o.clock.cancel(id);
        };
      },
      stdout: (text) => this.logs.append('stdout', text, o.clock.now()),
      stderr: (text) => this.logs.append('stderr', text, o.clock.now()),
      exit: (code) => this.finish(code, undefined),
      setUsage: (use) => {
        this.lastUsage = use;
        // The cgroup OOM killer: memory past the limit kills the container at once (exit 137).
        if (o.memoryLimitBytes !== undefined && use.memoryBytes > o.memoryLimitBytes) this.finish(137, 'OOMKilled');
      },
      fs: o.fs,
      env: o.env,
      hostname: o.hostname,
      podIP: o.podIP,
      podName: o.podName,
      namespace: o.namespace,
      containerName: o.containerName,
      memoryLimitBytes: o.memoryLimitBytes,
      cpuLimitMillicores: o.cpuLimitMillicores,
      random: () => o.random.next(),
      localhostRequest: (port, req) => o.localhostRequest(port, req),
    };
    try {
      o.program.start(host, argv);
    } catch (error) {
      // A broken program is a crashing container, not a broken simulator.
      this.logs.append('stderr', `${String(error)}\n`, o.clock.now());
      this.finish(1, undefined);
    }
  }

  signal(sig: Signal): void {
    if (this.exited) return;
    if (sig === 'SIGKILL') {
      this.safely(() => this.options.program.signal('SIGKILL'));
      this.finish(137, undefined);
      return;
    }
    this.safely(() => this.options.program.signal(sig));
  }

  /** Memory and CPU as metrics-server would report them: CPU throttled at the limit (CFS quota). */
  usage(): ResourceUse {
    if (this.exited) return { memoryBytes: 0, cpuMillicores: 0 };
    let use = this.lastUsage;
    try {
      use = this.options.program.usage();
    } catch {
      // keep the last reported figure
    }
    const cpuLimit = this.options.cpuLimitMillicores;
    return {
      memoryBytes: use.memoryBytes,
      cpuMillicores: cpuLimit === undefined ? use.cpuMillicores : Math.min(use.cpuMillicores, cpuLimit),
    };
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch {
      // programs may throw on a signal they do not expect; the runtime carries on
    }
  }

  private finish(code: number, reason: 'OOMKilled' | undefined): void {
    if (this.exited) return;
    const o = this.options;
    this.exited = true;
    this.exitCode = code;
    this.finishedAt = o.clock.now();
    for (const id of this.timers) o.clock.cancel(id);
    this.timers.clear();
    if (reason === 'OOMKilled') this.safely(() => o.program.signal('SIGKILL'));
    this.logs.end(this.finishedAt);
    o.clock.after(0, () => o.onExit(code, reason), `exit ${o.podName}/${o.containerName}`);
  }
}
