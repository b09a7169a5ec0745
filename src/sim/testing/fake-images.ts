// A small image catalogue for the simulator's own tests, independent of the real programs in
// src/sim/images. Behaviour is chosen by arguments, so a test manifest says what the container does:
//   fake/web     serves HTTP on --port (8080); /healthy and /ready answer 200 until
//                --fail-healthy-at=S / --fail-ready-at=S seconds after start, then 500;
//                --exit-at=S --exit-code=N exits on its own; --ignore-sigterm; --term-delay=S;
//                --memory=BYTES reports memory use at start; --grow=BYTES_PER_S adds more each second.
//   fake/job     prints "working", exits with --exit-code (default 0) after --run=S seconds (default 0).
// Any other image fails to pull with containerd's NotFound text.
import type { ContainerHost, ContainerProgram, ImageCatalog, ImageInfo, ProcessIO } from '../program';
import { treeFromFiles } from '../fs';

function flags(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (m) out[m[1]!] = m[2] ?? 'true';
  }
  return out;
}

class FakeProgram implements ContainerProgram {
  private host!: ContainerHost;
  private f: Record<string, string> = {};
  private startedAt = 0;
  private memory = 0;
  private stopped = false;

  constructor(private readonly kind: 'web' | 'job') {}

  start(host: ContainerHost, argv: readonly string[]): void {
    this.host = host;
    this.f = flags(argv);
    this.startedAt = host.now();
    host.stdout(`${this.kind} starting\n`);
    if (this.kind === 'job') {
      const code = Number(this.f['exit-code'] ?? 0);
      const run = Number(this.f.run ?? 0) * 1000;
      host.stdout('working\n');
      if (run === 0) host.exit(code);
      else host.after(run, () => host.exit(code));
      return;
    }
    this.memory = Number(this.f.memory ?? 10_000_000);
    host.setUsage({ memoryBytes: this.memory, cpuMillicores: 5 });
    const grow = Number(this.f.grow ?? 0);
    if (grow > 0) {
      const tick = () => {
        this.memory += grow;
        this.host.setUsage({ memoryBytes: this.memory, cpuMillicores: 5 });
        this.host.after(1000, tick);
      };
      host.after(1000, tick);
    }
    if (this.f['exit-at'])
      host.after(Number(this.f['exit-at']) * 1000, () => host.exit(Number(this.f['exit-code'] ?? 1)));
  }

  signal(sig: 'SIGTERM' | 'SIGKILL' | 'SIGINT'): void {
    if (sig === 'SIGKILL' || this.stopped) return;
    if (this.f['ignore-sigterm']) return;
    this.stopped = true;
    const delay = Number(this.f['term-delay'] ?? 0) * 1000;
    if (delay === 0) this.host.exit(0);
    else this.host.after(delay, () => this.host.exit(0));
  }

  private port(): number {
    return Number(this.f.port ?? 8080);
  }

  private failing(flag: string): boolean {
    const at = this.f[flag];
    return at !== undefined && this.host.now() - this.startedAt >= Number(at) * 1000;
  }

  http(port: number, req: { path: string }) {
    if (this.kind !== 'web' || port !== this.port()) return { error: 'connection-refused' as const };
    if (req.path === '/healthy')
      return this.failing('fail-healthy-at')
        ? { status: 500, headers: {}, body: 'fail' }
        : { status: 200, headers: {}, body: 'ok' };
    if (req.path === '/ready')
      return this.failing('fail-ready-at')
        ? { status: 503, headers: {}, body: 'fail' }
        : { status: 200, headers: {}, body: 'ok' };
    if (req.path === '/slow') return { error: 'timeout' as const };
    return { status: 200, headers: {}, body: 'hello' };
  }

  tcpConnect(port: number): boolean {
    return this.kind === 'web' && port === this.port();
  }

  grpcHealth(port: number) {
    if (!this.tcpConnect(port)) return { error: 'connection-refused' as const };
    return this.failing('fail-healthy-at') ? ('NOT_SERVING' as const) : ('SERVING' as const);
  }

  exec(argv: readonly string[], io: ProcessIO) {
    const [cmd, ...args] = argv;
    if (cmd === 'cat') {
      try {
        io.stdout(this.host.fs.readFile(args[0] ?? ''));
        io.exit(0);
      } catch {
        io.stderr(`cat: can't open '${args[0]}': No such file or directory\n`);
        io.exit(1);
      }
    } else if (cmd === 'touch' || cmd === 'write') {
      try {
        this.host.fs.writeFile(args[0] ?? '/tmp/x', args[1] ?? '', { createParents: true });
        io.exit(0);
      } catch (e) {
        io.stderr(
          `${cmd}: ${args[0]}: ${(e as Error).message.startsWith('EROFS') ? 'Read-only file system' : 'No such file or directory'}\n`,
        );
        io.exit(1);
      }
    } else if (cmd === 'rm') {
      try {
        this.host.fs.remove(args[0] ?? '');
      } catch {
        // like rm -f
      }
      io.exit(0);
    } else if (cmd === 'true') io.exit(0);
    else if (cmd === 'false') io.exit(1);
    else if (cmd === 'hang') {
      // never exits: exec probes time out
    } else {
      io.stderr(
        `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown\n`,
      );
      io.exit(126);
    }
    return { write: () => {}, signal: () => {} };
  }

  usage() {
    return { memoryBytes: this.memory, cpuMillicores: this.kind === 'web' ? 5 : 1 };
  }
}

function info(name: string, size: number): ImageInfo {
  return {
    reportedName: `docker.io/${name}`,
    imageID: `docker.io/${name.split(':')[0]}@sha256:${'ab'.repeat(32)}`,
    sizeBytes: size,
    entrypoint: [],
    cmd: [],
    workingDir: '/',
    env: {},
    exposedPorts: [8080],
  };
}

/** 10 MB images: a pull takes 0.5 s + 1 s = 1.5 s. */
export const FAKE_IMAGE_SIZE = 10_000_000;

export function createFakeCatalog(): ImageCatalog {
  return {
    lookup(image) {
      const kind = image.startsWith('fake/web') ? 'web' : image.startsWith('fake/job') ? 'job' : undefined;
      if (!kind) {
        const ref = image.includes('/') ? `docker.io/${image}` : `docker.io/library/${image}`;
        return {
          found: false,
          pullError: `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`,
        };
      }
      return {
        found: true,
        info: info(image, FAKE_IMAGE_SIZE),
        createProgram: () => new FakeProgram(kind),
        filesystem: () => treeFromFiles({ '/etc/hostname': 'fake\n', '/tmp/': '' }),
      };
    },
  };
}
