// kuard's page: the real one is a React app whose template embeds a `pageContext` JSON object
// (hostname, addresses, version and its colour, the request dump). We serve a small HTML page with
// the same embedded object; the app's in-app browser draws the tabs from it and the JSON APIs.

import type { ContainerHost, HttpRequest, HttpResponse } from '../../program';
import { escapeHtml } from './file-server';

/** kuard's version colour: FNV-1a 32-bit hash of the version string, as a hue (htmlutils). */
export function versionColor(version: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < version.length; i++) {
    hash ^= version.charCodeAt(i) & 0xff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `hsl(${hash % 360},100%,50%)`;
}

export interface KuardPageContext {
  urlBase: string;
  hostname: string;
  addrs: string[];
  version: string;
  versionColor: string;
  requestDump: string;
  requestProto: string;
  requestAddr: string;
}

export function kuardPage(
  version: string,
  host: ContainerHost,
  req: HttpRequest,
  remoteAddr: string,
  urlBase: string,
): HttpResponse {
  const headerLines = Object.entries(req.headers ?? {}).map(([key, value]) => `${key}: ${value}`);
  const context: KuardPageContext = {
    urlBase,
    hostname: host.hostname,
    addrs: [host.podIP],
    version,
    versionColor: versionColor(version),
    requestDump: [`${req.method} ${req.path} HTTP/1.1`, ...headerLines].join('\r\n'),
    requestProto: 'HTTP/1.1',
    requestAddr: remoteAddr,
  };
  // `<` is escaped inside the script so a header value cannot close the tag.
  const embedded = JSON.stringify(context).replace(/</g, '\\u003c');
  const body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>KUAR Demo</title>
</head>
<body>
<div id="root"><h1 style="color: ${context.versionColor}">Demo application version <i>${escapeHtml(version)}</i></h1>
<p>Serving from ${escapeHtml(host.hostname)} (${escapeHtml(host.podIP)})</p></div>
<script>var pageContext = ${embedded};</script>
</body>
</html>
`;
  return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body };
}
