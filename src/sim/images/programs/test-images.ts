// The images kubernetes.io's probe examples run: agnhost (liveness, netexec, serve-hostname,
// pause) from registry.k8s.io/e2e-test-images, and registry.k8s.io/goproxy.

import type { HttpResponse } from '../../program';
import { serveForever, type ExecContext, type Proc } from '../machine';
import type { Run } from '../process';
import { queryParam } from './kuard';

const text = (status: number, body: string): HttpResponse => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  body,
});

/** A Go server as PID 1: the runtime's SIGTERM handling ends in exit(2) (see kuard.ts). */
function goDefaultSignals(proc: Proc): void {
  proc.onSignal = (sig) => {
    if (sig === 'SIGTERM' || sig === 'SIGINT')
      proc.runner.kill(proc.pid === 1 ? 2 : 128 + (sig === 'SIGTERM' ? 15 : 2));
  };
}

export function* agnhost(ctx: ExecContext): Run {
  const [sub, ...args] = ctx.argv.slice(1);
  const { machine, proc } = ctx;
  const started = machine.host.now();
  const flag = (name: string, fallback: string): string => {
    const found = args.find((arg) => arg.startsWith(`--${name}=`));
    return found ? found.slice(name.length + 3) : fallback;
  };
  switch (sub) {
    case 'liveness':
      // /healthz answers 200 for the first 10 seconds, then 500 "error: <seconds>" (agnhost liveness).
      machine.listeners.set(8080, {
        pid: proc.pid,
        http: (req) => {
          const path = req.path.split('?')[0];
          const elapsed = (machine.host.now() - started) / 1000;
          if (path === '/started') return text(200, `${elapsed}`);
          if (path === '/healthz') return elapsed > 10 ? text(500, `error: ${elapsed}`) : text(200, 'ok');
          if (path === '/redirect') {
            const loc = queryParam(req.path.split('?')[1] ?? '', 'loc') ?? '/';
            return { status: 302, headers: { Location: loc }, body: '' };
          }
          return text(404, '404 page not found\n');
        },
      });
      goDefaultSignals(proc);
      return yield* serveForever();
    case 'netexec': {
      const port = Number(flag('http-port', '8080'));
      ctx.io.err(`Started HTTP server on port ${port}\n`);
      machine.listeners.set(port, {
        pid: proc.pid,
        http: (req) => {
          const [path = '/', query = ''] = req.path.split('?');
          if (path === '/hostname') return text(200, machine.host.hostname);
          if (path === '/echo') return text(200, queryParam(query, 'msg') ?? '');
          if (path === '/healthz') return text(200, '');
          if (path === '/') return text(200, `NOW: ${new Date(machine.host.now()).toISOString()}`);
          return text(404, '404 page not found\n');
        },
      });
      goDefaultSignals(proc);
      return yield* serveForever();
    }
    case 'serve-hostname':
      machine.listeners.set(Number(flag('port', '9376')), {
        pid: proc.pid,
        http: () => text(200, machine.host.hostname),
      });
      goDefaultSignals(proc);
      return yield* serveForever();
    case 'pause':
      ctx.io.err('Paused\n');
      proc.onSignal = (sig) => {
        ctx.io.err(`Shutting down after receiving signal: ${sig === 'SIGTERM' ? 'terminated' : 'interrupt'}.\n`);
        proc.runner.kill(0);
      };
      return yield* serveForever();
    default:
      ctx.io.err(
        sub === undefined
          ? 'Usage:\n  agnhost [command]\n'
          : `Error: unknown command "${sub}" for "agnhost"\nRun 'agnhost --help' for usage.\n`,
      );
      return 1;
  }
}

/** goproxy: an HTTP proxy on 8080; asked for a page directly, it refuses with 500. */
export function* goproxy(ctx: ExecContext): Run {
  ctx.machine.listeners.set(8080, {
    pid: ctx.proc.pid,
    http: () => text(500, 'This is a proxy server. Does not respond to non-proxy requests.\n'),
  });
  goDefaultSignals(ctx.proc);
  return yield* serveForever();
}

/** registry.k8s.io/liveness's /server: the same 10-seconds-then-500 /healthz as agnhost liveness. */
export function* livenessServer(ctx: ExecContext): Run {
  return yield* agnhost({ ...ctx, argv: ['/agnhost', 'liveness'] });
}
