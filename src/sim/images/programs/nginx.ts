// nginx as the official image runs it: the master logs its start-up notices to stderr (the image
// links error.log to /dev/stderr), serves /usr/share/nginx/html on port 80 and writes one
// combined-format line per request to stdout (access.log → /dev/stdout). SIGTERM is nginx's fast
// shutdown: workers exit, then the master, with code 0.

import type { HttpRequest, HttpResponse } from '../../program';
import { resolvePath } from '../../fs';
import { serveForever, type ExecContext, type Executable, type Proc } from '../machine';
import type { Run } from '../process';
import { contentType } from './file-server';
import { utf8Length } from '../../utf8';

export interface NginxOptions {
  version: string;
  /** Old images (1.14) log at "warn" level: no start-up notices. */
  quiet: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

function errorLogTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function accessLogTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

export function nginxProgram(options: NginxOptions): Executable {
  return function* nginx(ctx: ExecContext): Run {
    const { machine, proc } = ctx;
    const host = machine.host;
    if (ctx.argv.includes('-v')) {
      ctx.io.err(`nginx version: nginx/${options.version}\n`);
      return 0;
    }
    if (ctx.argv.includes('-t')) {
      ctx.io.err(
        'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
      );
      return 0;
    }
    if (machine.listeners.has(80)) {
      ctx.io.err(
        `${errorLogTime(host.now())} [emerg] ${proc.pid}#${proc.pid}: bind() to 0.0.0.0:80 failed (98: Address in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address in use)\n`,
      );
      return 1;
    }
    const notice = (pid: number, text: string): void => {
      if (!options.quiet) ctx.io.err(`${errorLogTime(host.now())} [notice] ${pid}#${pid}: ${text}\n`);
    };
    proc.command = `nginx: master process ${ctx.argv.join(' ')}`;
    notice(proc.pid, 'using the "epoll" event method');
    notice(proc.pid, `nginx/${options.version}`);
    notice(proc.pid, 'built by gcc 12.2.0 (Debian 12.2.0-14)');
    notice(proc.pid, 'OS: Linux 6.8.0-1015-gcp');
    notice(proc.pid, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    notice(proc.pid, 'start worker processes');
    const workers: Proc[] = [];
    for (let i = 0; i < 2; i++) {
      const worker = machine.addProcess(
        {
          ppid: proc.pid,
          user: { name: 'nginx', uid: 101, gid: 101, group: 'nginx', home: '/nonexistent' },
          command: 'nginx: worker process',
          runner: proc.runner,
          root: false,
        },
        2 * 1024 * 1024,
      );
      workers.push(worker);
      notice(proc.pid, `start worker process ${worker.pid}`);
    }
    let connection = 0;
    machine.listeners.set(80, {
      pid: proc.pid,
      http: (req, remoteAddr) => {
        const worker = workers[connection % workers.length]!;
        connection++;
        const response = serve(req, ctx, options.version, (text) =>
          ctx.io.err(
            `${errorLogTime(host.now())} [error] ${worker.pid}#${worker.pid}: *${connection} ${text}, client: ${remoteAddr.split(':')[0]}, server: localhost, request: "${req.method} ${req.path} HTTP/1.1", host: "${req.headers?.['Host'] ?? 'localhost'}"\n`,
          ),
        );
        const agent = req.headers?.['User-Agent'] ?? (req.from === 'probe' ? 'kube-probe/1.32' : '-');
        const bytes = req.method === 'HEAD' ? 0 : utf8Length(response.body);
        ctx.io.out(
          `${remoteAddr.split(':')[0]} - - [${accessLogTime(host.now())}] "${req.method} ${req.path} HTTP/1.1" ${response.status} ${bytes} "-" "${agent}" "-"\n`,
        );
        return response;
      },
    });
    proc.onSignal = (sig) => {
      if (sig !== 'SIGTERM' && sig !== 'SIGINT') return;
      notice(proc.pid, `signal ${sig === 'SIGTERM' ? 15 : 2} (${sig}) received, exiting`);
      for (const worker of workers) {
        notice(worker.pid, 'exiting');
        notice(worker.pid, 'exit');
      }
      for (const worker of workers) {
        notice(proc.pid, `signal 17 (SIGCHLD) received from ${worker.pid}`);
        notice(proc.pid, `worker process ${worker.pid} exited with code 0`);
        machine.removeProcess(worker.pid);
      }
      notice(proc.pid, 'exit');
      proc.runner.kill(0);
    };
    proc.cpuMillicores = 1;
    return yield* serveForever();
  };
}

function serve(req: HttpRequest, ctx: ExecContext, version: string, logError: (text: string) => void): HttpResponse {
  const root = '/usr/share/nginx/html';
  const path = decodeURIComponent(req.path.split('?')[0] ?? '/');
  if (req.method !== 'GET' && req.method !== 'HEAD') return errorPage(405, 'Not Allowed', version);
  const fs = ctx.machine.host.fs;
  const full = resolvePath('/', `${root}/${path}`);
  const node = fs.stat(full);
  if (node?.kind === 'dir') {
    if (!path.endsWith('/')) {
      const page = errorPage(301, 'Moved Permanently', version);
      return {
        ...page,
        headers: { ...page.headers, Location: `http://${req.headers?.['Host'] ?? 'localhost'}${path}/` },
      };
    }
    const index = fs.stat(`${full}/index.html`);
    if (index?.kind === 'file')
      return { status: 200, headers: { 'Content-Type': 'text/html', Server: `nginx/${version}` }, body: index.content };
    logError(`directory index of "${full}/" is forbidden`);
    return errorPage(403, 'Forbidden', version);
  }
  if (node?.kind === 'file')
    return {
      status: 200,
      headers: { 'Content-Type': contentType(full, node.content).split(';')[0]!, Server: `nginx/${version}` },
      body: node.content,
    };
  logError(`open() "${full}" failed (2: No such file or directory)`);
  return errorPage(404, 'Not Found', version);
}

function errorPage(status: number, reason: string, version: string): HttpResponse {
  const body = `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: { 'Content-Type': 'text/html', Server: `nginx/${version}` }, body };
}
