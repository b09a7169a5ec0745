// Generates src/sim/openapi/core-v1.openapi.json: the part of a v1.32 API server's OpenAPI v3
// document for the core group (GET /openapi/v3/api/v1, as kube-apiserver v1.32 serves it and as
// kubernetes/kubernetes keeps it in api/openapi-spec/v3/api__v1_openapi.json at the v1.32 tags)
// that `kubectl explain` reads for the kinds of this chapter: the schemas reachable from Pod,
// PersistentVolume, PersistentVolumeClaim and Namespace, with only the keywords kubectl's
// plaintext template looks at (pkg/explain/v2/templates/plaintext.tmpl: description, type,
// properties, required, items, additionalProperties, allOf, $ref, enum and the root's
// x-kubernetes-group-version-kind). One schema a line, so a regeneration diffs readably.
//
// Enums: the committed spec is generated without them, but a running kube-apiserver adds them
// (the OpenAPIEnums feature, on by default): `enum: [...]` on the field, and its description
// ends in "Possible enum values: ...". Those come from a second document served by a live
// apiserver: kubernetes/kubectl keeps one (v1.27) as testdata/openapi/v3/api/v1.json at its v0.32
// tags. A field of the v1.32 document that has an enum there gets the enum and that ending.
// Usage: node scripts/gen-explain-schema.mjs api__v1_openapi.json LIVE_APISERVER_api_v1.json

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [source, enumSource] = process.argv.slice(2);
if (!source || !enumSource) {
  process.stderr.write('usage: node scripts/gen-explain-schema.mjs api__v1_openapi.json LIVE_APISERVER_api_v1.json\n');
  process.exit(2);
}
const schemas = JSON.parse(readFileSync(source, 'utf8')).components.schemas;
const liveSchemas = JSON.parse(readFileSync(enumSource, 'utf8')).components.schemas;
const ENUM_TEXT = '\n\nPossible enum values:';

let enums = 0;
for (const [name, live] of Object.entries(liveSchemas)) {
  for (const [field, liveField] of Object.entries(live.properties ?? {})) {
    const target = schemas[name]?.properties?.[field];
    if (!liveField.enum || !target || target.enum) continue;
    const description = String(liveField.description ?? '');
    const at = description.indexOf(ENUM_TEXT);
    target.enum = liveField.enum;
    if (at >= 0) target.description = `${target.description ?? ''}${description.slice(at)}`;
    enums++;
  }
}
const ROOTS = ['Pod', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace'].map((k) => `io.k8s.api.core.v1.${k}`);
const KEYWORDS = new Set([
  'description',
  'type',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'allOf',
  '$ref',
  'enum',
  'x-kubernetes-group-version-kind',
]);

function* refsIn(node) {
  if (Array.isArray(node)) for (const v of node) yield* refsIn(v);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref') yield v.slice(v.lastIndexOf('/') + 1);
      else yield* refsIn(v);
    }
}

/** Keeps the template's keywords; under `properties` every key is a field name, kept. */
function trim(node, isPropertyMap = false) {
  if (Array.isArray(node)) return node.map((v) => trim(v));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (isPropertyMap) out[k] = trim(v);
    else if (k === 'x-kubernetes-group-version-kind' || k === 'enum' || k === 'required') out[k] = v;
    else if (KEYWORDS.has(k)) out[k] = trim(v, k === 'properties');
  }
  return out;
}

const reachable = new Set();
const pending = [...ROOTS];
while (pending.length > 0) {
  const name = pending.pop();
  if (reachable.has(name)) continue;
  if (!schemas[name]) throw new Error(`${source} has no schema ${name}`);
  reachable.add(name);
  pending.push(...refsIn(schemas[name]));
}
const lines = [...reachable].sort().map((name) => `${JSON.stringify(name)}:${JSON.stringify(trim(schemas[name]))}`);
writeFileSync(join(root, 'src/sim/openapi/core-v1.openapi.json'), `{\n${lines.join(',\n')}\n}\n`);
process.stdout.write(`${reachable.size} schemas, ${enums} fields with an enum\n`);
