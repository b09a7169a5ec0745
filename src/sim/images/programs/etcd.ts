// etcd as the grpc-liveness example runs it (registry.k8s.io/etcd): serves the gRPC health service
// and /health on its client port, logs JSON lines (zap), and shuts down cleanly on SIGTERM.

import { serveForever, type ExecContext } from '../machine';
import type { Run } from '../process';

export function* etcd(ctx: ExecContext): Run {
  const { machine, proc } = ctx;
  const log = (level: string, caller: string, msg: string, fields: Record<string, unknown> = {}): void => {
    const ts = new Date(machine.host.now()).toISOString();
    ctx.io.err(`${JSON.stringify({ level, ts, caller, msg, ...fields })}\n`);
  };
  const flag = (name: string, fallback: string): string => {
    const i = ctx.argv.indexOf(`--${name}`);
    const inline = ctx.argv.find((arg) => arg.startsWith(`--${name}=`));
    return inline ? inline.slice(name.length + 3) : i >= 0 ? (ctx.argv[i + 1] ?? fallback) : fallback;
  };
  const clientUrl = flag('listen-client-urls', 'http://localhost:2379');
  const port = Number(/:(\d+)/.exec(clientUrl)?.[1] ?? 2379);
  log('info', 'etcdmain/etcd.go:73', 'Running: ', { args: ctx.argv });
  log('info', 'embed/etcd.go:131', 'configuring peer listeners', { 'listen-peer-urls': ['http://localhost:2380'] });
  log('info', 'embed/etcd.go:139', 'configuring client listeners', { 'listen-client-urls': [clientUrl] });
  log('info', 'etcdserver/server.go:2027', 'published local member to cluster through raft', {
    'local-member-id': '8e9e05c52164694d',
  });
  log('info', 'embed/serve.go:98', 'ready to serve client requests');
  log('info', 'embed/serve.go:140', 'serving client traffic insecurely; this is strongly discouraged!', {
    address: `[::]:${port}`,
  });
  machine.listeners.set(port, {
    pid: proc.pid,
    grpc: () => 'SERVING',
    http: (req) =>
      req.path.startsWith('/health')
        ? {
            status: 200,
            headers: { 'Content-Type': 'text/plain; charset=utf-8' },
            body: '{"health":"true","reason":""}',
          }
        : { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '404 page not found\n' },
  });
  proc.onSignal = (sig) => {
    log('info', 'osutil/interrupt_unix.go:64', 'received signal; shutting down', {
      signal: sig === 'SIGTERM' ? 'terminated' : 'interrupt',
    });
    log('info', 'embed/etcd.go:375', 'closing etcd server', {
      name: 'default',
      'data-dir': flag('data-dir', 'default.etcd'),
    });
    log('info', 'embed/etcd.go:577', 'stopping serving peer traffic', { address: '127.0.0.1:2380' });
    log('info', 'embed/etcd.go:377', 'closed etcd server', { name: 'default' });
    proc.runner.kill(0);
  };
  proc.cpuMillicores = 5;
  return yield* serveForever();
}
