// busybox wget, enough for `wget -qO- http://localhost:8080/healthy` between containers of a Pod.
// The Pod's network namespace is all it can reach: localhost, 127.0.0.1, the Pod IP and its
// hostname. Anything else fails to resolve, as it would with no DNS answer.

import type { HttpRequest, HttpResponse, NetError } from '../../program';
import type { ExecContext } from '../machine';
import type { Run } from '../process';
import { resolvePath } from '../../fs';
import { checkWritable, errnoText } from './files';
import { utf8Length } from '../../utf8';

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Unknown';
}

export function* wget(ctx: ExecContext): Run {
  let quiet = false;
  let output: string | undefined;
  let url: string | undefined;
  let spider = false;
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--spider') spider = true;
    else if (arg === '-O') output = args[++i];
    else if (arg.startsWith('-O')) output = arg.slice(2);
    else if (/^-[qO]+/.test(arg)) {
      quiet = quiet || arg.includes('q');
      const o = arg.indexOf('O');
      if (o >= 0) output = arg.slice(o + 1) || args[++i];
    } else if (arg === '-T' || arg === '-U' || arg === '--header') i++;
    else if (arg.startsWith('-')) continue;
    else url = arg;
  }
  if (!url) {
    ctx.io.err(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...\n',
    );
    return 1;
  }
  const parsed = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
  if (!parsed) {
    ctx.io.err(`wget: bad address '${url}'\n`);
    return 1;
  }
  const [, scheme = 'http', host = '', portText, path = '/'] = parsed;
  const port = portText ? Number(portText) : scheme === 'https' ? 443 : 80;
  const machine = ctx.machine;
  const local = ['localhost', '127.0.0.1', machine.host.podIP, machine.host.hostname].includes(host);
  if (!local) {
    ctx.io.err(`wget: bad address '${host}'\n`);
    return 1;
  }
  const address = host === 'localhost' ? '127.0.0.1' : host === machine.host.hostname ? machine.host.podIP : host;
  if (!quiet) ctx.io.err(`Connecting to ${host}:${port} (${address}:${port})\n`);
  const request: HttpRequest = {
    method: spider ? 'HEAD' : 'GET',
    path,
    headers: { 'User-Agent': 'Wget' },
    from: 'pod',
  };
  const own = machine.listeners.get(port);
  const response: HttpResponse | NetError = own?.http
    ? own.http(request, `127.0.0.1:${40000 + (machine.processes.size % 20000)}`)
    : machine.host.localhostRequest(port, request);
  if ('error' in response) {
    ctx.io.err(
      response.error === 'timeout'
        ? 'wget: download timed out\n'
        : `wget: can't connect to remote host (${address}): Connection refused\n`,
    );
    return 1;
  }
  if (response.status >= 400) {
    ctx.io.err(`wget: server returned error: HTTP/1.1 ${response.status} ${reasonPhrase(response.status)}\n`);
    return 1;
  }
  if (spider) {
    if (!quiet) ctx.io.err('remote file exists\n');
    return 0;
  }
  const fileName = output ?? (path.split('?')[0]!.split('/').pop() || 'index.html');
  const size = utf8Length(response.body);
  const progress = (label: string): string =>
    `${label.padEnd(20).slice(0, 20)} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n`;
  if (fileName === '-') {
    if (!quiet) ctx.io.err('writing to stdout\n');
    ctx.io.out(response.body);
    if (!quiet) ctx.io.err(`${progress('-')}written to stdout\n`);
    return 0;
  }
  try {
    checkWritable(ctx, resolvePath(ctx.cwd, fileName));
    machine.host.fs.writeFile(resolvePath(ctx.cwd, fileName), response.body);
  } catch (error) {
    ctx.io.err(`wget: can't open '${fileName}': ${errnoText(error)}\n`);
    return 1;
  }
  if (!quiet) ctx.io.err(`saving to '${fileName}'\n${progress(fileName)}'${fileName}' saved\n`);
  return 0;
}
