// Go's http.FileServer over the container's file system (kuard's /fs/ browser): a directory
// answers with a <pre> list of links, a file with its content, a missing path with 404.

import type { HttpResponse } from '../../program';
import { resolvePath, type ContainerFs } from '../../fs';

export function fileServer(fs: ContainerFs, path: string, requestPath: string): HttpResponse {
  const node = fs.stat(resolvePath('/', path));
  if (!node)
    return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '404 page not found\n' };
  const base = requestPath.slice(requestPath.lastIndexOf('/') + 1);
  if (node.kind === 'dir') {
    // Directories are only listed at a URL ending in "/": redirect there first, as Go does.
    if (!path.endsWith('/')) return redirect(`${base}/`);
    const index = node.entries.get('index.html');
    if (index?.kind === 'file')
      return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: index.content };
    const links = [...node.entries.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, child]) => {
        const shown = child.kind === 'dir' ? `${name}/` : name;
        return `<a href="${encodeURI(shown)}">${escapeHtml(shown)}</a>\n`;
      });
    return {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<pre>\n${links.join('')}</pre>\n`,
    };
  }
  if (path.endsWith('/')) return redirect(`../${requestPath.split('/').slice(-2, -1)[0] ?? ''}`);
  return { status: 200, headers: { 'Content-Type': contentType(path, node.content) }, body: node.content };
}

function redirect(location: string): HttpResponse {
  return {
    status: 301,
    headers: { Location: location, 'Content-Type': 'text/html; charset=utf-8' },
    body: `<a href="${escapeHtml(location)}">Moved Permanently</a>.\n\n`,
  };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/'/g, '&#39;');
}

/** Go's mime-by-extension, falling back to content sniffing (text vs binary). */
export function contentType(path: string, content: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const known: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    htm: 'text/html; charset=utf-8',
    css: 'text/css; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    json: 'application/json',
    png: 'image/png',
    svg: 'image/svg+xml',
    txt: 'text/plain; charset=utf-8',
  };
  if (path.includes('.') && known[ext]) return known[ext];

  return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(content)
    ? 'application/octet-stream'
    : 'text/plain; charset=utf-8';
}
