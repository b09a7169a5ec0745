// kubectl get --raw PATH and delete --raw PATH (pkg/cmd/util/rawhttp RawGet, RawDelete): one
// request to the API server, its body copied to stdout as sent, its failure as a Status error.
// The simulated server answers the core paths a learner meets: /api, /version, the health checks,
// and the objects and lists of the kinds it runs. A body is encoded as the API server's JSON
// encoder writes it: compact, one line, ending in a newline.

import type { CommandContext } from '../command';
import { formatStatusError } from '../errors';
import { RESOURCE_TYPES } from '../resources';

const NOT_FOUND = 'Error from server (NotFound): the server could not find the requested resource\n';

/** The path part of what --raw was given: an absolute URL is asked of the same server. */
function pathOf(raw: string): string {
  const withoutScheme = raw.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/, '');
  return withoutScheme.split('?')[0]!.replace(/\/+$/, '') || '/';
}

export function rawGet(raw: string, ctx: CommandContext): number {
  return respond(rawBody(pathOf(raw), ctx), ctx);
}

/** DELETE of one object's path: the server answers with the object as it now stands. */
export function rawDelete(raw: string, ctx: CommandContext): number {
  const path = pathOf(raw);
  const match = /^\/api\/v1\/(?:namespaces\/([^/]+)\/)?([^/]+)\/([^/]+)$/.exec(path);
  const type = match ? RESOURCE_TYPES.find((t) => t.plural === match[2]) : undefined;
  if (!match || !type || (type.namespaced && match[1] === undefined) || (!type.namespaced && match[1] !== undefined))
    return respond({ error: NOT_FOUND }, ctx);
  const deleted = ctx.cluster.delete(type.kind, type.namespaced ? match[1] : undefined, match[3]!);
  return respond(deleted.ok ? `${JSON.stringify(deleted.value)}\n` : { error: formatStatusError(deleted.error) }, ctx);
}

function respond(body: string | { error: string }, ctx: CommandContext): number {
  if (typeof body === 'object') {
    ctx.stderr(body.error);
    return 1;
  }
  ctx.stdout(body);
  return 0;
}

function rawBody(path: string, ctx: CommandContext): string | { error: string } {
  if (path === '/healthz' || path === '/livez' || path === '/readyz') return 'ok';
  if (path === '/api') {
    const address = ctx.cluster.server.controlPlaneURL.replace(/^https?:\/\//, '');
    return `${JSON.stringify({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: address }] })}\n`;
  }
  if (path === '/version') {
    const [major, minor] = ctx.cluster.server.gitVersion.replace(/^v/, '').split('.');
    // The version endpoint writes indented JSON (apiserver's version handler).
    return `${JSON.stringify({ major, minor, gitVersion: ctx.cluster.server.gitVersion, platform: 'linux/amd64' }, null, 2)}\n`;
  }
  const match = /^\/api\/v1\/(?:namespaces\/([^/]+)\/)?([^/]+)(?:\/([^/]+))?$/.exec(path);
  const type = match ? RESOURCE_TYPES.find((t) => t.plural === match[2]) : undefined;
  if (!match || !type) return { error: NOT_FOUND };
  const [, namespace, plural, name] = match;
  if (namespace !== undefined && !type.namespaced) return { error: NOT_FOUND };
  if (name !== undefined) return objectBody(ctx, plural!, type.namespaced ? namespace : undefined, name);
  const listed = ctx.cluster.list(type.kind, type.namespaced ? namespace : undefined);
  if (!listed.ok) return { error: formatStatusError(listed.error) };
  return `${JSON.stringify({ kind: `${type.kind}List`, apiVersion: 'v1', metadata: {}, items: listed.value.map(withoutKind) })}\n`;
}

function objectBody(ctx: CommandContext, plural: string, namespace: string | undefined, name: string) {
  const type = RESOURCE_TYPES.find((t) => t.plural === plural)!;
  // A namespaced kind asked for without a namespace has no such path.
  if (type.namespaced && namespace === undefined) return { error: NOT_FOUND };
  const got = ctx.cluster.get(type.kind, namespace, name);
  return got.ok ? `${JSON.stringify(got.value)}\n` : { error: formatStatusError(got.error) };
}

/** Items in a typed list carry no kind or apiVersion of their own. */
function withoutKind(obj: object): object {
  const { kind: _kind, apiVersion: _apiVersion, ...rest } = obj as Record<string, unknown>;
  return rest;
}
