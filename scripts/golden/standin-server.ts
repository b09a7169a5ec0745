// A read-only API server for the golden generator: serves the objects in a JSON file (re-read
// on every request, so the generator can swap fixtures between kubectl runs) with discovery,
// get, list, and label/field selectors — enough for the real kubectl to run get -o
// yaml/json/name/jsonpath, describe pod and describe node against our fixtures.
//
// `kubectl get` asks for server-side Tables. Their cells come from OUR column code (a real API
// server computes them in Go), so table goldens check kubectl's client side — column selection
// for -o wide, NAMESPACE, -L, --show-labels, --no-headers, alignment — not the cell values;
// those are covered by unit tests written from printers.go.
// Usage: tsx scripts/golden/standin-server.ts PORT OBJECTS.json

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Kind, KubeObject } from '../../src/sim/api';
import { DISCOVERY, type DiscoveredResource } from '../../src/kubectl/discovery';
import { COLUMNS } from '../../src/kubectl/print/columns';
import { FIXTURE_NOW } from '../../src/kubectl/print/testing/fixtures';
import coreSchemas from '../../src/sim/openapi/core-v1.openapi.json';

type Obj = { metadata?: { name?: string; namespace?: string; labels?: Record<string, string> } } & Record<
  string,
  unknown
>;

const RESOURCES: { name: string; kind: string; namespaced: boolean; shortNames?: string[]; singularName: string }[] = [
  { name: 'pods', kind: 'Pod', namespaced: true, shortNames: ['po'], singularName: 'pod' },
  { name: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'], singularName: 'event' },
  { name: 'nodes', kind: 'Node', namespaced: false, shortNames: ['no'], singularName: 'node' },
  {
    name: 'persistentvolumes',
    kind: 'PersistentVolume',
    namespaced: false,
    shortNames: ['pv'],
    singularName: 'persistentvolume',
  },
  {
    name: 'persistentvolumeclaims',
    kind: 'PersistentVolumeClaim',
    namespaced: true,
    shortNames: ['pvc'],
    singularName: 'persistentvolumeclaim',
  },
  { name: 'namespaces', kind: 'Namespace', namespaced: false, shortNames: ['ns'], singularName: 'namespace' },
];

const [portText, file] = process.argv.slice(2);
if (!portText || !file) {
  process.stderr.write('usage: standin-server.ts PORT OBJECTS.json\n');
  process.exit(2);
}

// A file with "discovery": "full" gets the whole v1.32 discovery (src/kubectl/discovery.ts), for
// `kubectl api-resources`; other files get the few core types above.
function fullDiscovery(): boolean {
  return (load() as unknown as { discovery?: string }).discovery === 'full';
}

function discoveredList(groupVersion: string): unknown {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources: DISCOVERY.filter((r) => (r.group ? `${r.group}/${r.version}` : r.version) === groupVersion).map((r) => ({
      name: r.name,
      singularName: '',
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
      ...(r.shortNames.length > 0 ? { shortNames: r.shortNames } : {}),
      ...(r.categories.length > 0 ? { categories: r.categories } : {}),
    })),
  };
}

function discoveredGroups(): unknown {
  const groups: { name: string; versions: { groupVersion: string; version: string }[] }[] = [];
  for (const r of DISCOVERY) {
    if (r.group === '' || groups.some((g) => g.name === r.group)) continue;
    groups.push({ name: r.group, versions: [{ groupVersion: `${r.group}/${r.version}`, version: r.version }] });
  }
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map((g) => ({ ...g, preferredVersion: g.versions[0] })),
  };
}

function load(): Record<string, Obj[]> {
  return JSON.parse(readFileSync(file!, 'utf8')) as Record<string, Obj[]>;
}

function lookup(obj: unknown, path: string): string {
  let value: unknown = obj;
  for (const part of path.split('.')) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function fieldMatches(obj: Obj, selector: string): boolean {
  for (const term of selector.split(',').filter(Boolean)) {
    const negated = term.includes('!=');
    const [key, want] = negated ? term.split('!=') : term.split(/==?/);
    const actual = lookup(obj, key!);
    if (negated ? actual === want : actual !== (want ?? '')) return false;
  }
  return true;
}

function labelMatches(obj: Obj, selector: string): boolean {
  const labels = obj.metadata?.labels ?? {};
  for (const term of selector.split(',').filter(Boolean)) {
    if (term.includes('!=')) {
      const [k, v] = term.split('!=');
      if (labels[k!] === v) return false;
    } else if (term.includes('=')) {
      const [k, v] = term.split(/==?/);
      if (labels[k!] !== v) return false;
    } else if (term.startsWith('!')) {
      if (term.slice(1) in labels) return false;
    } else if (!(term in labels)) {
      return false;
    }
  }
  return true;
}

function wantsTable(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('as=Table');
}

// The column definitions a real server sends: the standard columns at priority 0, the rest
// (shown only with -o wide) at priority 1; kubectl upper-cases the names itself.
function toTable(kind: Kind, items: Obj[], includeObject: string | null): unknown {
  const columns = COLUMNS[kind];
  const standard = new Set(columns.headers);
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion: '1' },
    columnDefinitions: columns.wideHeaders.map((name) => ({
      name,
      type: 'string',
      format: name === 'NAME' ? 'name' : '',
      description: '',
      priority: standard.has(name) ? 0 : 1,
    })),
    rows: items.map((o) => ({
      cells: columns.cells(o as unknown as KubeObject, FIXTURE_NOW, true),
      object:
        includeObject === 'Object'
          ? o
          : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}

function send(res: ServerResponse, code: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) });
  res.end(data);
}

function notFound(res: ServerResponse, resource: string, name?: string): void {
  send(res, 404, {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: name ? `${resource} "${name}" not found` : 'the server could not find the requested resource',
    reason: 'NotFound',
    details: name ? { name, kind: resource } : {},
    code: 404,
  });
}

// A Pod's log (GET pods/NAME/log?container=C): the text the file lists for that container, as
// {"logs": [{"namespace", "pod", "container", "text"}]}; timestamps=true is not served.
function sendLog(res: ServerResponse, namespace: string | undefined, pod: string, params: URLSearchParams): void {
  const logs = (load()['logs'] ?? []) as unknown as {
    namespace: string;
    pod: string;
    container: string;
    text: string;
  }[];
  const entry = logs.find(
    (l) => l.namespace === (namespace ?? 'default') && l.pod === pod && l.container === params.get('container'),
  );
  if (!entry) return notFound(res, 'pods', pod);
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(entry.text) });
  res.end(entry.text);
}

// With the full discovery, every listed kind beyond the core types above is served as an empty
// cluster has it: lists are empty, a named object is NotFound under its group-qualified resource
// (`deployments.apps "x" not found`, as the apiserver's qualifiedResource prints it).
function unservedKind(parts: string[]): { resource: DiscoveredResource; name?: string } | undefined {
  const [prefix, ...rest] = parts;
  let group = '';
  if (prefix === 'apis') group = rest.shift() ?? '';
  else if (prefix !== 'api') return undefined;
  const version = rest.shift();
  if (rest[0] === 'namespaces' && rest.length >= 3) rest.splice(0, 2);
  const [plural, name] = rest;
  if (group === '' && RESOURCES.some((r) => r.name === plural)) return undefined;
  const resource = DISCOVERY.find((r) => r.group === group && r.version === version && r.name === plural);
  return resource ? { resource, name } : undefined;
}

function sendEmptyKind(
  req: IncomingMessage,
  res: ServerResponse,
  resource: DiscoveredResource,
  name: string | undefined,
  params: URLSearchParams,
): void {
  const qualified = resource.group ? `${resource.name}.${resource.group}` : resource.name;
  if (name) {
    return send(res, 404, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `${qualified} "${name}" not found`,
      reason: 'NotFound',
      details: { name, ...(resource.group ? { group: resource.group } : {}), kind: resource.name },
      code: 404,
    });
  }
  if (params.get('watch') === 'true' || params.get('watch') === '1') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    return void res.end();
  }
  if (wantsTable(req)) {
    return send(res, 200, {
      kind: 'Table',
      apiVersion: 'meta.k8s.io/v1',
      metadata: { resourceVersion: '1' },
      columnDefinitions: [
        { name: 'Name', type: 'string', format: 'name', description: '', priority: 0 },
        { name: 'Age', type: 'string', format: '', description: '', priority: 0 },
      ],
      rows: [],
    });
  }
  const apiVersion = resource.group ? `${resource.group}/${resource.version}` : resource.version;
  return send(res, 200, { kind: `${resource.kind}List`, apiVersion, metadata: { resourceVersion: '1' }, items: [] });
}

// `kubectl explain` reads the OpenAPI v3 document of the resource's group version: the schemas
// are the ones Pod Lab's explain renders (gen-explain-schema.mjs), and the paths only carry
// what the plaintext template looks up, the GVK of each resource's GET operation.
const EXPLAINED: [path: string, kind: string][] = [
  ['/api/v1/namespaces/{namespace}/pods', 'Pod'],
  ['/api/v1/persistentvolumes', 'PersistentVolume'],
  ['/api/v1/namespaces/{namespace}/persistentvolumeclaims', 'PersistentVolumeClaim'],
  ['/api/v1/namespaces', 'Namespace'],
];

function openApiDocument(): unknown {
  const paths = Object.fromEntries(
    EXPLAINED.map(([path, kind]) => [
      path,
      { get: { 'x-kubernetes-group-version-kind': { group: '', kind, version: 'v1' } } },
    ]),
  );
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.4' },
    paths,
    components: { schemas: coreSchemas },
  };
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const parts = url.pathname.split('/').filter(Boolean);
  if (url.pathname === '/openapi/v3')
    return send(res, 200, { paths: { 'api/v1': { serverRelativeURL: '/openapi/v3/api/v1?hash=POD-LAB' } } });
  if (url.pathname === '/openapi/v3/api/v1') return send(res, 200, openApiDocument());
  if (url.pathname === '/api')
    return send(res, 200, {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }],
    });
  if (fullDiscovery()) {
    if (url.pathname === '/apis') return send(res, 200, discoveredGroups());
    if (url.pathname === '/api/v1') return send(res, 200, discoveredList('v1'));
    const groupVersion = /^\/apis\/([^/]+\/[^/]+)$/.exec(url.pathname);
    if (groupVersion) return send(res, 200, discoveredList(groupVersion[1]!));
  }
  if (url.pathname === '/apis') {
    const version = { groupVersion: 'coordination.k8s.io/v1', version: 'v1' };
    return send(res, 200, {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: [{ name: 'coordination.k8s.io', versions: [version], preferredVersion: version }],
    });
  }
  if (url.pathname === '/apis/coordination.k8s.io/v1') {
    return send(res, 200, {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: 'coordination.k8s.io/v1',
      resources: [{ name: 'leases', singularName: 'lease', namespaced: true, kind: 'Lease', verbs: ['get', 'list'] }],
    });
  }
  // Node leases, which `describe node` reads for its Lease section.
  const lease = /^\/apis\/coordination\.k8s\.io\/v1\/namespaces\/([^/]+)\/leases\/([^/]+)$/.exec(url.pathname);
  if (lease) {
    const found = (load()['leases'] ?? []).find(
      (o) => o.metadata?.namespace === lease[1] && o.metadata?.name === lease[2],
    );
    return found ? send(res, 200, found) : notFound(res, 'leases.coordination.k8s.io', lease[2]);
  }
  if (url.pathname === '/version') return send(res, 200, { major: '1', minor: '32', gitVersion: 'v1.32.4' });
  if (url.pathname === '/api/v1') {
    return send(res, 200, {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: 'v1',
      resources: RESOURCES.map((r) => ({
        ...r,
        verbs: ['get', 'list', 'watch'],
        ...(r.name === 'pods' ? { categories: ['all'] } : {}),
      })),
    });
  }
  if (fullDiscovery()) {
    const unserved = unservedKind(parts);
    if (unserved) return sendEmptyKind(req, res, unserved.resource, unserved.name, url.searchParams);
  }
  if (parts[0] !== 'api' || parts[1] !== 'v1') return notFound(res, 'unknown');
  let namespace: string | undefined;
  let rest = parts.slice(2);
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource, name] = rest;
  if (resource === 'pods' && name && rest[2] === 'log') return sendLog(res, namespace, name, url.searchParams);
  const def = RESOURCES.find((r) => r.name === resource);
  if (!def) return notFound(res, resource ?? '');
  const all = load()[def.name] ?? [];
  let items = all.filter(
    (o) => !def.namespaced || namespace === undefined || (o.metadata?.namespace ?? 'default') === namespace,
  );
  if (name) {
    const found = items.find((o) => o.metadata?.name === name);
    if (!found) return notFound(res, def.name, name);
    return send(
      res,
      200,
      wantsTable(req) ? toTable(def.kind as Kind, [found], url.searchParams.get('includeObject')) : found,
    );
  }
  if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1') {
    // A watch replays the file's watchEvents for this resource, one JSON document per line, then ends.
    const events = (load()['watchEvents'] ?? []) as unknown as { type: string; object: Obj & { kind?: string } }[];
    res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    for (const e of events.filter((x) => x.object.kind === def.kind)) {
      const object = wantsTable(req)
        ? toTable(def.kind as Kind, [e.object], url.searchParams.get('includeObject'))
        : e.object;
      res.write(JSON.stringify({ type: e.type, object }) + '\n');
    }
    res.end();
    return;
  }
  const fieldSelector = url.searchParams.get('fieldSelector');
  if (fieldSelector) items = items.filter((o) => fieldMatches(o, fieldSelector));
  const labelSelector = url.searchParams.get('labelSelector');
  if (labelSelector) items = items.filter((o) => labelMatches(o, labelSelector));
  if (wantsTable(req)) return send(res, 200, toTable(def.kind as Kind, items, url.searchParams.get('includeObject')));
  return send(res, 200, { kind: `${def.kind}List`, apiVersion: 'v1', metadata: { resourceVersion: '1' }, items });
}).listen(Number(portText), '127.0.0.1');
