// kuard, the book's demo server (kubernetes-up-and-running/kuard): listens on :8080, logs its
// start-up banner and one line per request (`<remote> <METHOD> <url>`, Go's log to stderr), and
// serves the routes the Pods chapter uses: the page, /healthy and /ready with their debug APIs,
// /env/api, /mem/api (allocations count against the memory limit), /fs/ and /metrics. Every route
// also answers under the prefixes /a, /b and /c, as the real router registers them.

import type { HttpRequest, HttpResponse } from '../../program';
import { serveForever, type ExecContext, type Executable } from '../machine';
import type { Run } from '../process';
import { DebugProbe, json } from './kuard-probe';
import { kuardPage } from './kuard-page';
import { fileServer } from './file-server';
import { goLogLine } from './go-log';

export interface KuardOptions {
  version: string;
}

const NOT_FOUND: HttpResponse = {
  status: 404,
  headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  body: '404 page not found\n',
};

export function kuardProgram(options: KuardOptions): Executable {
  return function* kuard(ctx: ExecContext): Run {
    const { machine, proc } = ctx;
    const host = machine.host;
    const flags = parseFlags(ctx.argv.slice(1));
    if (typeof flags === 'string') {
      ctx.io.err(`unknown flag: ${flags}\nUsage of ${ctx.argv[0]}:\n`);
      return 2;
    }
    const log = (text: string): void => ctx.io.err(goLogLine(host.now(), text));
    const live = new DebugProbe(() => host.now());
    const ready = new DebugProbe(() => host.now());
    live.failNext = flags.livenessFailNext;
    ready.failNext = flags.readinessFailNext;
    let leaked = 0;

    log(`Starting kuard version: ${options.version}`);
    log('*'.repeat(70));
    log('* WARNING: This server may expose sensitive');
    log('* and secret information. Be careful.');
    log('*'.repeat(70));
    log(`Config: \n${configDump(flags)}\n`);
    log('Could not find certificates to serve TLS');
    log(`Serving on HTTP on ${flags.address}`);

    const route = (req: HttpRequest, remoteAddr: string): HttpResponse => {
      const [rawPath = '/', query = ''] = req.path.split('?');
      const path = rawPath.replace(/^\/[abc](?=\/)/, '');
      const get = req.method === 'GET' || req.method === 'HEAD';
      if (path === '/' || path.startsWith('/-/')) {
        if (!get) return methodNotAllowed();
        return kuardPage(options.version, host, req, remoteAddr, rawPath.slice(0, rawPath.length - path.length));
      }
      if (path === '/healthy' || path === '/ready')
        return get ? (path === '/healthy' ? live : ready).handle() : methodNotAllowed();
      if (path === '/healthy/api' || path === '/ready/api') {
        const probe = path === '/healthy/api' ? live : ready;
        if (get) return probe.status();
        if (req.method === 'PUT') return probe.configure(req.body);
        return methodNotAllowed();
      }
      if (path === '/env/api') {
        if (!get) return methodNotAllowed();
        return json({ commandLine: ctx.argv, env: Object.fromEntries(ctx.env) });
      }
      if (path === '/mem/api')
        return get ? json({ memStats: memStats(machine.usage().memoryBytes, leaked) }) : methodNotAllowed();
      if (path === '/mem/api/alloc' && req.method === 'POST') {
        const size = queryParam(query, 'size');
        if (!size) return textError(400, 'size not specified');
        if (!/^-?\d+$/.test(size)) return textError(400, 'bad size param');
        leaked += Math.max(0, Number(size));
        machine.extraMemoryBytes = leaked;
        machine.reportUsage();
        return { status: 200, headers: {}, body: '' };
      }
      if (path === '/mem/api/clear' && req.method === 'POST') {
        leaked = 0;
        machine.extraMemoryBytes = 0;
        machine.reportUsage();
        return { status: 200, headers: {}, body: '' };
      }
      if (path.startsWith('/fs/') || path === '/fs') {
        if (!get) return methodNotAllowed();
        return fileServer(host.fs, path.slice('/fs'.length) || '/', rawPath);
      }
      if (path === '/metrics') return get ? metrics(proc.startedAt, host.now()) : methodNotAllowed();
      return NOT_FOUND;
    };

    const port = Number(flags.address.slice(flags.address.lastIndexOf(':') + 1)) || 8080;
    machine.listeners.set(port, {
      pid: proc.pid,
      http: (req, remoteAddr) => {
        // Go's log middleware: remote address, method, then the URL as received.
        log(`${remoteAddr} ${req.method} ${req.path}`);
        return route(req, remoteAddr);
      },
    });

    // A Go binary keeps its runtime's SIGTERM handler. As PID 1 its re-raised SIGTERM is
    // ignored by the kernel and the runtime falls back to exit(2): describe shows "Exit Code: 2".
    // Anywhere else the re-raised signal kills it (143).
    proc.onSignal = (sig) => {
      if (sig === 'SIGTERM' || sig === 'SIGINT')
        proc.runner.kill(proc.pid === 1 ? 2 : 128 + (sig === 'SIGTERM' ? 15 : 2));
    };
    proc.cpuMillicores = 1;
    return yield* serveForever();
  };
}

interface KuardFlags {
  address: string;
  livenessFailNext: number;
  readinessFailNext: number;
  keygenEnable: boolean;
}

function parseFlags(args: readonly string[]): KuardFlags | string {
  const flags: KuardFlags = { address: ':8080', livenessFailNext: 0, readinessFailNext: 0, keygenEnable: false };
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i]!.replace(/^--?/, '').split('=', 2) as [string, string | undefined];
    const value = (): string => inline ?? args[++i] ?? '';
    if (name === 'address') flags.address = value();
    else if (name === 'liveness-fail-next') flags.livenessFailNext = Number(value()) || 0;
    else if (name === 'readiness-fail-next') flags.readinessFailNext = Number(value()) || 0;
    else if (name === 'keygen-enable') flags.keygenEnable = inline !== 'false';
    else if (!/^(debug|debug-sitedata-dir|tls-address|tls-dir|keygen-[a-z-]+)$/.test(name)) return `--${name}`;
    else if (inline === undefined && name !== 'debug' && !name.endsWith('enable') && !name.endsWith('complete')) i++;
  }
  return flags;
}

/** viper's AllSettings() as kuard logs it: json.MarshalIndent, keys sorted. */
function configDump(flags: KuardFlags): string {
  const settings = {
    address: flags.address,
    debug: false,
    'debug-sitedata-dir': './sitedata',
    keygen: {
      enable: flags.keygenEnable,
      'exit-code': 0,
      'exit-on-complete': false,
      'memq-queue': '',
      'memq-server': '',
      'num-to-gen': 0,
      'time-to-run': 0,
    },
    liveness: { 'fail-next': flags.livenessFailNext },
    readiness: { 'fail-next': flags.readinessFailNext },
    'tls-address': ':8443',
    'tls-dir': '/tls',
  };
  return JSON.stringify(settings, null, 2);
}

function methodNotAllowed(): HttpResponse {
  return textError(405, 'Method Not Allowed');
}

function textError(status: number, message: string): HttpResponse {
  return {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    body: `${message}\n`,
  };
}

/** The runtime.MemStats fields the memory page shows, consistent with what the kubelet sees. */
function memStats(residentBytes: number, leaked: number): Record<string, number> {
  const heap = 1_400_000 + leaked;
  return {
    Alloc: heap,
    TotalAlloc: heap + 2_100_000,
    Sys: Math.max(residentBytes, heap + 6_000_000),
    Mallocs: 12_000 + Math.floor(leaked / 4096),
    Frees: 9_000,
    HeapAlloc: heap,
    HeapSys: heap + 3_500_000,
    HeapIdle: 2_000_000,
    HeapInuse: heap + 500_000,
    HeapObjects: 3_000,
    NumGC: 3,
  };
}

function metrics(startedAt: number, now: number): HttpResponse {
  const body = [
    '# HELP go_goroutines Number of goroutines that currently exist.',
    '# TYPE go_goroutines gauge',
    'go_goroutines 8',
    '# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.',
    '# TYPE process_start_time_seconds gauge',
    `process_start_time_seconds ${(startedAt / 1000).toFixed(2)}`,
    '# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.',
    '# TYPE process_cpu_seconds_total counter',
    `process_cpu_seconds_total ${((now - startedAt) / 1_000_000).toFixed(2)}`,
    '',
  ].join('\n');
  return { status: 200, headers: { 'Content-Type': 'text/plain; version=0.0.4' }, body };
}

/** One query-string value, decoded (URLSearchParams is not in the core's libraries). */
export function queryParam(query: string, name: string): string | undefined {
  for (const pair of query.split('&')) {
    const [key = '', value = ''] = pair.split('=', 2);
    if (decodeURIComponent(key) === name) return decodeURIComponent(value.replace(/\+/g, ' '));
  }
  return undefined;
}
