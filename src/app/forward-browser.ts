// What the in-app browser does when it loads http://localhost:PORT/...: find the port-forward
// that owns the port, tell the running `kubectl port-forward` (it prints "Handling connection for
// PORT", as the real one does per connection), and send the request to the Pod's port.

import { klogError } from '../kubectl/commands/run';
import type { PortForward } from '../kubectl/console-types';
import type { ClusterApi } from '../sim/api';
import type { HttpRequest, HttpResponse } from '../sim/program';

export type BrowserResult =
  | { kind: 'response'; response: HttpResponse }
  /** Nothing listens on localhost:PORT (no forward for it), as a browser reports it. */
  | { kind: 'refused'; message: string }
  /**
   * The forward existed but the Pod's port did not answer: the forwarder logged the error and
   * dropped its connection to the Pod, so `kubectl port-forward` ended (client-go portforward.go
   * handleConnection, then "error: lost connection to pod"), as it does for curl.
   */
  | { kind: 'lost'; pod: string; message: string };

export interface BrowserRequest {
  method?: HttpRequest['method'];
  path: string;
  body?: string;
}

/** The headers Chromium sends for a page load (what kuard's "Request Details" shows). */
function browserHeaders(port: number, method: string): Record<string, string> {
  return {
    Host: `localhost:${port}`,
    'User-Agent':
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    Accept: method === 'GET' ? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' : '*/*',
    'Accept-Language': 'en-US,en;q=0.9',
  };
}

/** The line the forwarder logs when a connection through it fails on the Pod's side. */
export function lostConnectionLog(now: number, forward: PortForward, detail: string): string {
  return klogError(
    now,
    'portforward.go:424',
    `"Unhandled Error" err="an error occurred forwarding ${forward.localPort} -> ${forward.podPort}: error forwarding port ${forward.podPort} to pod ${forward.pod}: ${detail}"`,
  );
}

/** What the page says once its port-forward is gone that way. */
export function lostConnectionMessage(pod: string): string {
  return `The connection to pod ${pod} was lost, so kubectl port-forward stopped ("error: lost connection to pod" in the console). Run kubectl port-forward again to open this page.`;
}

export function browse(
  parts: {
    cluster: ClusterApi;
    forwards: readonly PortForward[];
    /** Prints in the terminal whose `kubectl port-forward` owns the port, which may not be the first. */
    connect(localPort: number, text: string): void;
    lose(localPort: number, text: string): void;
  },
  localPort: number,
  request: BrowserRequest,
): BrowserResult {
  const forward = parts.forwards.find((f) => f.localPort === localPort);
  if (!forward)
    return { kind: 'refused', message: `localhost refused to connect (nothing forwards port ${localPort}).` };
  parts.connect(localPort, `Handling connection for ${localPort}\n`);
  const method = request.method ?? 'GET';
  const req: HttpRequest = {
    method,
    path: request.path || '/',
    headers: browserHeaders(localPort, method),
    from: 'port-forward',
  };
  if (request.body !== undefined) req.body = request.body;
  const result = parts.cluster.portForward(forward.namespace, forward.pod, forward.podPort, req);
  if (result.ok && !('error' in result.value)) return { kind: 'response', response: result.value };
  const detail = result.ok ? 'connect: connection refused' : result.error.message;
  // The port-forward that owns the port logs the failure and ends, as when curl goes through it.
  parts.lose(localPort, lostConnectionLog(parts.cluster.clock.now(), forward, detail));
  return { kind: 'lost', pod: forward.pod, message: lostConnectionMessage(forward.pod) };
}

/** kuard's page embeds its state as `var pageContext = {...};`; undefined for any other page. */
export function kuardPageContext(html: string): Record<string, unknown> | undefined {
  const match = /var pageContext = (\{.*?\});<\/script>/s.exec(html);
  if (!match) return undefined;
  try {
    const value = JSON.parse(match[1]!) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
