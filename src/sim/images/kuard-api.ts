// What kuard's page talks to, typed for the app's in-app browser: the JSON shapes of its APIs
// (pkg/debugprobe, pkg/env, pkg/memory) and the requests its buttons send. The app draws the page
// from these answers, fetched through port-forward like the real React client does.

import type { HttpRequest } from '../program';
import type { KuardPageContext } from './programs/kuard-page';

export type { KuardPageContext } from './programs/kuard-page';

export interface KuardProbeStatus {
  probePath: string;
  /** 0: succeed; N > 0: fail the next N calls; < 0: fail forever. */
  failNext: number;
  /** Newest first, at most 20. */
  history: { id: number; when: string; relWhen: string; code: number }[];
}

/** The `pageContext` object embedded in kuard's page (hostname, addresses, version, request). */
export function parseKuardPageContext(html: string): KuardPageContext | undefined {
  const match = /var pageContext = (\{.*?\});<\/script>/s.exec(html);
  if (!match) return undefined;
  try {
    return JSON.parse(match[1]!) as KuardPageContext;
  } catch {
    return undefined;
  }
}

/** The requests behind kuard's links ("Fail for next 3 calls", "Allocate 500 MiB", …). */
export const kuardRequests = {
  probeStatus: (probe: 'healthy' | 'ready'): HttpRequest => ({
    method: 'GET',
    path: `/${probe}/api`,
    from: 'port-forward',
  }),
  /** failNext: 0 succeed, N fail the next N calls, -1 fail permanently. */
  setProbe: (probe: 'healthy' | 'ready', failNext: number): HttpRequest => ({
    method: 'PUT',
    path: `/${probe}/api`,
    body: JSON.stringify({ failNext }),
    headers: { 'Content-Type': 'application/json' },
    from: 'port-forward',
  }),
  env: (): HttpRequest => ({ method: 'GET', path: '/env/api', from: 'port-forward' }),
  memory: (): HttpRequest => ({ method: 'GET', path: '/mem/api', from: 'port-forward' }),
  allocate: (bytes: number): HttpRequest => ({
    method: 'POST',
    path: `/mem/api/alloc?size=${bytes}`,
    from: 'port-forward',
  }),
  clearMemory: (): HttpRequest => ({ method: 'POST', path: '/mem/api/clear', from: 'port-forward' }),
  /** A directory listing (Go's <pre><a href=…> list) or a file's content. */
  files: (path: string): HttpRequest => ({
    method: 'GET',
    path: `/fs${path.startsWith('/') ? path : `/${path}`}`,
    from: 'port-forward',
  }),
};

/** Names in a Go http.FileServer directory listing; directories end with "/". */
export function parseDirectoryListing(html: string): string[] {
  return [...html.matchAll(/<a href="[^"]*">([^<]*)<\/a>/g)].map((m) =>
    m[1]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#34;/g, '"')
      .replace(/&#39;/g, "'"),
  );
}
