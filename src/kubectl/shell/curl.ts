// curl to a forwarded port: `curl [-s] [-i] [-v] [-X METHOD] [-d DATA] http://localhost:PORT/path`.
// Only localhost is reachable (the learner's machine); a port without a kubectl port-forward
// behind it refuses the connection with curl's own message.

import type { HttpRequest } from '../../sim/program';
import { klogError } from '../commands/run';
import type { BuiltinContext } from './builtins';

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function curl(args: string[], ctx: BuiltinContext): number {
  let include = false;
  let method: HttpRequest['method'] | undefined;
  let body: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-i' || a === '--include') include = true;
    else if (
      a === '-s' ||
      a === '--silent' ||
      a === '-S' ||
      a === '-sS' ||
      a === '-L' ||
      a === '-v' ||
      a === '-f' ||
      a === '-sL'
    )
      continue;
    else if (a === '-X' || a === '--request') method = (args[++i] ?? 'GET').toUpperCase() as HttpRequest['method'];
    else if (a === '-d' || a === '--data') body = args[++i] ?? '';
    else if (a === '-I' || a === '--head') {
      include = true;
      method = 'HEAD';
    } else if (a.startsWith('-')) {
      ctx.stderr(`curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
      return 2;
    } else url = a;
  }
  if (!url) {
    ctx.stderr("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(url);
  if (!m) {
    ctx.stderr(`curl: (3) URL rejected: Malformed input to a URL function\n`);
    return 3;
  }
  const scheme = m[1] ?? 'http';
  const host = m[2]!;
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  const path = m[4] || '/';
  if (host !== 'localhost' && host !== '127.0.0.1' && host !== '[::1]') {
    ctx.stderr(`curl: (6) Could not resolve host: ${host}\n`);
    return 6;
  }
  const forward = ctx.portForwards.list().find((f) => f.localPort === port);
  if (!forward) {
    ctx.stderr(`curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`);
    return 7;
  }
  ctx.portForwards.connect(port, `Handling connection for ${port}\n`);
  const request: HttpRequest = {
    method: method ?? (body !== undefined ? 'POST' : 'GET'),
    path,
    headers: { 'User-Agent': 'curl/7.88.1', Accept: '*/*' },
    from: 'port-forward',
  };
  if (body !== undefined) request.body = body;
  const result = ctx.cluster.portForward(forward.namespace, forward.pod, forward.podPort, request);
  if (!result.ok || 'error' in result.value) {
    // The forwarder logs the failure and drops its connection to the Pod, which ends the
    // port-forward; curl sees the connection close without a reply.
    const detail = result.ok ? 'connect: connection refused' : result.error.message;
    ctx.portForwards.lose(
      port,
      klogError(
        ctx.cluster.clock.now(),
        'portforward.go:424',
        `"Unhandled Error" err="an error occurred forwarding ${port} -> ${forward.podPort}: error forwarding port ${forward.podPort} to pod ${forward.pod}: ${detail}"`,
      ),
    );
    ctx.stderr('curl: (52) Empty reply from server\n');
    return 52;
  }
  const response = result.value;
  if (include) {
    let head = `HTTP/1.1 ${response.status} ${REASONS[response.status] ?? ''}\n`;
    for (const [k, v] of Object.entries(response.headers)) head += `${k}: ${v}\n`;
    ctx.stdout(head + '\n');
  }
  if (method !== 'HEAD') ctx.stdout(response.body);
  return 0;
}
