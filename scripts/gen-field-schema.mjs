// Generates src/sim/openapi/field-schema.json: how the API server's field manager sees each
// v1 type, read from the Go markers in k8s.io/api core/v1/types.go (pass its path; tag v0.32.x).
// structured-merge-diff builds the same picture from the OpenAPI those markers produce
// (k8s.io/kube-openapi pkg/schemaconv): a list is a map keyed by `+listMapKey` for
// `+listType=map`, a set for `+listType=set`, keyed by `+patchMergeKey` when it only has
// `+patchStrategy=merge`, and atomic otherwise; `+structType=atomic` and `+mapType=atomic` make
// the whole value one field.
//
// Encoding of a type: "s" is one field (scalars and anything atomic), "Name" a struct below,
// "[E|k1,k2]" a list keyed by k1,k2, "[E|]" a set, "{E}" a map whose keys are separate fields.
// Usage: node scripts/gen-field-schema.mjs path/to/core/v1/types.go

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2];
if (!source) {
  process.stderr.write('usage: node scripts/gen-field-schema.mjs path/to/core/v1/types.go\n');
  process.exit(2);
}
const lines = readFileSync(source, 'utf8').split('\n');

/** @type {Map<string, {atomic: boolean, fields: {json: string, type: string, markers: Record<string,string[]>, inline: boolean}[]}>} */
const structs = new Map();
/** @type {Map<string, {type: string, markers: Record<string,string[]>}>} */
const aliases = new Map();

function markersOf(comments) {
  const markers = {};
  for (const c of comments) {
    const m = /^\s*\/\/\s*\+(\w+)=(.*)$/.exec(c);
    if (m) (markers[m[1]] ??= []).push(m[2].trim());
  }
  return markers;
}

let comments = [];
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (/^\s*\/\//.test(line)) {
    comments.push(line);
    continue;
  }
  const struct = /^type (\w+) struct \{/.exec(line);
  if (struct) {
    const def = { atomic: markersOf(comments).structType?.[0] === 'atomic', fields: [] };
    comments = [];
    for (i++; i < lines.length && !/^\}/.test(lines[i]); i++) {
      const inner = lines[i];
      if (/^\s*\/\//.test(inner)) {
        comments.push(inner);
        continue;
      }
      const field = /^\t(?:(\w+)\s+)?([\w.*[\]]+)\s+`json:"([^"]*)"/.exec(inner);
      if (field) {
        const [json, ...opts] = field[3].split(',');
        const inline = opts.includes('inline');
        if (json !== '-') def.fields.push({ json, type: field[2], markers: markersOf(comments), inline });
      }
      comments = [];
    }
    structs.set(struct[1], def);
    continue;
  }
  const alias = /^type (\w+) (\S+)$/.exec(line);
  if (alias) aliases.set(alias[1], { type: alias[2], markers: markersOf(comments) });
  comments = [];
}

// Types from other packages: ObjectMeta is written out below; the rest are single fields
// (metav1.LabelSelector is +structType=atomic; Time, Quantity and IntOrString are scalars).
const reachable = new Map();

function listRef(elem, markers) {
  const type = markers.listType?.[0];
  if (type === 'atomic') return 's';
  if (type === 'set') return `[${elem}|]`;
  if (type === 'map') return `[${elem}|${(markers.listMapKey ?? []).join(',')}]`;
  if ((markers.patchStrategy?.[0] ?? '').split(',').includes('merge')) {
    return markers.patchMergeKey ? `[${elem}|${markers.patchMergeKey[0]}]` : `[${elem}|]`;
  }
  return 's';
}

function ref(goType, markers) {
  const type = goType.replace(/^\*/, '');
  if (type === '[]byte') return 's';
  if (type.startsWith('[]')) return listRef(ref(type.slice(2), {}), markers);
  const map = /^map\[[^\]]+\](.+)$/.exec(type);
  if (map) return markers.mapType?.[0] === 'atomic' ? 's' : `{${ref(map[1], {})}}`;
  if (type === 'metav1.ObjectMeta') return 'ObjectMeta';
  if (type.includes('.')) return 's';
  const struct = structs.get(type);
  if (struct) {
    if (struct.atomic) return 's';
    visit(type);
    return type;
  }
  const alias = aliases.get(type);
  if (alias) return ref(alias.type, { ...alias.markers, ...markers });
  return 's';
}

function fieldsOf(name) {
  const out = {};
  for (const f of structs.get(name).fields) {
    if (f.inline) {
      const inner = f.type.replace(/^\*/, '');
      if (structs.has(inner)) Object.assign(out, fieldsOf(inner));
      continue;
    }
    out[f.json] = ref(f.type, f.markers);
  }
  return out;
}

function visit(name) {
  if (reachable.has(name)) return;
  reachable.set(name, null);
  reachable.set(name, fieldsOf(name));
}

// Every kind the API server stores records managedFields: the system's Nodes and Events too.
const TOP_KINDS = ['Pod', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace', 'Node', 'Event'];
for (const top of TOP_KINDS) visit(top);

// k8s.io/apimachinery pkg/apis/meta/v1 types.go ObjectMeta (v0.32): finalizers +listType=set,
// ownerReferences +listType=map +listMapKey=uid, managedFields +listType=atomic.
reachable.set('ObjectMeta', {
  name: 's',
  generateName: 's',
  namespace: 's',
  selfLink: 's',
  uid: 's',
  resourceVersion: 's',
  generation: 's',
  creationTimestamp: 's',
  deletionTimestamp: 's',
  deletionGracePeriodSeconds: 's',
  labels: '{s}',
  annotations: '{s}',
  ownerReferences: '[s|uid]',
  finalizers: '[s|]',
  managedFields: 's',
});
// TypeMeta is inline in every kind.
for (const top of TOP_KINDS) {
  reachable.set(top, { apiVersion: 's', kind: 's', ...reachable.get(top) });
}

const names = [...reachable.keys()].sort();
const body = names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(reachable.get(n))}`).join(',\n');
writeFileSync(join(root, 'src/sim/openapi/field-schema.json'), `{\n${body}\n}\n`);
process.stdout.write(`${names.length} types\n`);
