// A static file server for the start-up benchmark: serves a built site from a sub-path (as a host
// would, e.g. /pod-lab/), gzip-compressed like any real host (vite preview sends files uncompressed,
// which would make the slow-network figures about bytes no host sends), with Cache-Control: no-cache.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.ttf']);

export interface StaticSite {
  /** The site's address, ending in the sub-path and a slash. */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, subPath = '/pod-lab/'): Promise<StaticSite> {
  const cache = new Map<string, { body: Buffer; gzipped: boolean }>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(subPath)) {
      response.writeHead(404).end();
      return;
    }
    let relative = normalize(path.slice(subPath.length));
    if (relative === '.' || relative.endsWith('/')) relative = join(relative, 'index.html');
    const file = join(dir, relative);
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    let entry = cache.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      entry = COMPRESSIBLE.has(ext)
        ? { body: gzipSync(raw, { level: 9 }), gzipped: true }
        : { body: raw, gzipped: false };
      cache.set(file, entry);
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = entry.gzipped && !acceptsGzip ? readFileSync(file) : entry.body;
    response.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Content-Length': body.length,
      ...(entry.gzipped && acceptsGzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}${subPath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
