// A plain static file server for the built site, as a school's web host would be: no Vite, no
// rewriting, the site under any sub-path. `changeServiceWorker` serves a changed sw.js, the way a
// newly deployed version looks to browsers that have the old one.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

export interface StaticSite {
  /** The site's address, ending in '/'. */
  url: string;
  changeServiceWorker(): void;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, prefix: string): Promise<StaticSite> {
  let swSuffix = '';
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(prefix)) {
        response.writeHead(404).end('not found');
        return;
      }
      let file = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
      if (file === '.') file = 'index.html';
      else if (file.endsWith('/')) file += 'index.html';
      try {
        let body: Buffer | string = await readFile(join(dir, file));
        if (file === 'sw.js' && swSuffix) body = body.toString('utf8') + swSuffix;
        response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    changeServiceWorker() {
      swSuffix += `\n// deployed again\n`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
