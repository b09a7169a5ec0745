// A stand-in kubelet for the image tests: pulls an image from the real catalogue, starts its
// program on a SimClock with a ContainerHost, and records logs, exits, usage and OOM kills.

import { SimClock } from '../../clock';
import { ContainerFs, newDir, type DirNode } from '../../fs';
import type {
  ContainerHost,
  ContainerProgram,
  HttpRequest,
  HttpResponse,
  ImageInfo,
  NetError,
  ProcessHandle,
  ResourceUse,
} from '../../program';
import { SeededRandom } from '../../random';
import { createImageCatalog } from '../index';

export const START = Date.UTC(2026, 10, 22, 10, 0, 0);

export interface FakeContainerOptions {
  command?: string[];
  args?: string[];
  env?: Record<string, string>;
  memoryLimitBytes?: number;
  volumes?: { path: string; dir: DirNode; readOnly?: boolean }[];
  clock?: SimClock;
  hostname?: string;
  /** The container spec's stdin / tty (kubectl run -it). */
  stdin?: boolean;
  tty?: boolean;
  /** Other containers of the Pod, for localhost requests. */
  neighbours?: () => ContainerProgram[];
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  code: number | undefined;
  handle: ProcessHandle;
}

export class FakeContainer {
  readonly clock: SimClock;
  readonly program: ContainerProgram;
  readonly fs: ContainerFs;
  readonly info: ImageInfo;
  readonly log: { stream: 'stdout' | 'stderr'; text: string; at: number }[] = [];
  exitCode: number | undefined;
  oomKilled = false;
  lastUsage: ResourceUse = { memoryBytes: 0, cpuMillicores: 0 };
  private cancels = new Set<() => void>();
  private stopped = false;

  constructor(
    image: string,
    readonly options: FakeContainerOptions = {},
  ) {
    const lookup = createImageCatalog().lookup(image);
    if (!lookup.found) throw new Error(`test image not found: ${lookup.pullError}`);
    this.info = lookup.info;
    this.clock = options.clock ?? new SimClock(START);
    this.fs = new ContainerFs(lookup.filesystem(), () => this.clock.now());
    this.fs.writeFile('/etc/hostname', `${options.hostname ?? 'test-pod'}\n`);
    for (const volume of options.volumes ?? []) this.fs.mount(volume.path, volume.dir, volume.readOnly);
    this.program = lookup.createProgram();
  }

  get argv(): string[] {
    const { command, args } = this.options;
    const entry = command ?? [...this.info.entrypoint];
    const rest = args ?? (command ? [] : [...this.info.cmd]);
    return [...entry, ...rest];
  }

  start(): this {
    const random = new SeededRandom(7);
    const clock = this.clock;
    const host: ContainerHost = {
      now: () => clock.now(),
      after: (delayMs, fn) => {
        if (this.stopped) return () => undefined;
        const id = clock.after(delayMs, () => {
          this.cancels.delete(cancel);
          if (!this.stopped) fn();
        });
        const cancel = (): void => clock.cancel(id);
        this.cancels.add(cancel);
        return cancel;
      },
      stdout: (text) => this.log.push({ stream: 'stdout', text, at: clock.now() }),
      stderr: (text) => this.log.push({ stream: 'stderr', text, at: clock.now() }),
      exit: (code) => this.finish(code),
      setUsage: (use) => {
        this.lastUsage = use;
        const limit = this.options.memoryLimitBytes;
        if (limit !== undefined && use.memoryBytes > limit && !this.stopped) {
          this.oomKilled = true;
          this.program.signal('SIGKILL');
          this.finish(137);
        }
      },
      fs: this.fs,
      env: {
        PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        ...this.info.env,
        HOSTNAME: this.options.hostname ?? 'test-pod',
        ...this.options.env,
      },
      hostname: this.options.hostname ?? 'test-pod',
      podIP: '10.244.1.7',
      podName: this.options.hostname ?? 'test-pod',
      namespace: 'default',
      containerName: 'main',
      memoryLimitBytes: this.options.memoryLimitBytes,
      cpuLimitMillicores: undefined,
      random: () => random.next(),
      localhostRequest: (port, req) => this.localhost(port, req),
      stdin: this.options.stdin,
      tty: this.options.tty,
    };
    this.program.start(host, this.argv);
    return this;
  }

  /** The kubelet's kill: SIGKILL, recorded as 137. */
  kill(): void {
    this.program.signal('SIGKILL');
    this.finish(137);
  }

  private finish(code: number): void {
    if (this.stopped) return;
    this.stopped = true;
    this.exitCode = code;
    for (const cancel of this.cancels) cancel();
    this.cancels.clear();
  }

  get running(): boolean {
    return !this.stopped;
  }

  logs(stream?: 'stdout' | 'stderr'): string {
    return this.log
      .filter((entry) => !stream || entry.stream === stream)
      .map((entry) => entry.text)
      .join('');
  }

  advance(ms: number): this {
    this.clock.advanceBy(ms);
    return this;
  }

  exec(argv: string[], opts: { tty?: boolean; stdin?: boolean } = {}): ExecResult {
    const result: ExecResult = {
      stdout: '',
      stderr: '',
      code: undefined,
      handle: undefined as unknown as ProcessHandle,
    };
    result.handle = this.program.exec(
      argv,
      {
        stdout: (chunk) => (result.stdout += chunk),
        stderr: (chunk) => (result.stderr += chunk),
        exit: (code) => {
          if (result.code !== undefined) throw new Error('exit called twice');
          result.code = code;
        },
      },
      { tty: opts.tty ?? false, stdin: opts.stdin ?? false },
    );
    return result;
  }

  /** Runs `sh -c script` as an exec and returns its outcome (it must finish without waiting). */
  sh(script: string): ExecResult {
    return this.exec(['sh', '-c', script]);
  }

  get(port: number, path: string, from: HttpRequest['from'] = 'port-forward'): HttpResponse | NetError {
    return this.program.http(port, {
      method: 'GET',
      path,
      from,
      headers: from === 'probe' ? { 'User-Agent': 'kube-probe/1.32' } : {},
    });
  }

  request(port: number, req: HttpRequest): HttpResponse | NetError {
    return this.program.http(port, req);
  }

  private localhost(port: number, req: HttpRequest): HttpResponse | NetError {
    for (const other of [this.program, ...(this.options.neighbours?.() ?? [])]) {
      const response = other.http(port, req);
      if (!('error' in response)) return response;
    }
    return { error: 'connection-refused' };
  }
}

/** An emptyDir as the kubelet makes it: root's, mode 0777. */
export function emptyVolume(): DirNode {
  return newDir(START, 0o777);
}
