// Generates src/sim/openapi/manifests.schema.json: a strict JSON Schema (draft-07) for the v1
// objects a learner writes in this chapter (Pod, PersistentVolume, PersistentVolumeClaim), with
// every field's description, from the API types and doc comments in `kubernetes-types`. A
// document is checked against the schema its `kind` names (a Pod when it names none of the others).
// The editor (monaco-yaml) validates, completes and explains manifests with it; kubectl explain
// and strict field validation can read the same file. Run: node scripts/gen-manifest-schema.mjs
//
// It reads the declaration files with TypeScript's compiler API: interfaces become definitions,
// non-optional properties become `required`, and the API's special scalars get their wire forms:
// a Quantity is a string or a number ("cpu: 1" and "cpu: 500m" are both valid), Time a string.

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const coreFile = require.resolve('kubernetes-types/core/v1.d.ts');
const outFile = join(root, 'src/sim/openapi/manifests.schema.json');

const program = ts.createProgram([coreFile], { noEmit: true, strict: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(coreFile);
if (!source) throw new Error(`cannot read ${coreFile}`);

/** @type {Record<string, object>} */
const definitions = {};
/** Which file each definition came from, to catch two interfaces sharing a name. */
const origins = new Map();

function docOf(symbol) {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
}

function withDescription(schema, description) {
  return description ? { description, ...schema } : schema;
}

/** Follows an imported name to the interface or alias it names. */
function declarationOf(typeName) {
  let symbol = checker.getSymbolAtLocation(typeName);
  if (!symbol) throw new Error(`unresolved type ${typeName.getText()}`);
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol.declarations?.[0];
  if (!declaration) throw new Error(`no declaration for ${typeName.getText()}`);
  return { symbol, declaration };
}

// The API's named scalars (k8s.io/apimachinery): how each travels in JSON.
const scalarSchemas = {
  Quantity: { anyOf: [{ type: 'string' }, { type: 'number' }], 'x-kubernetes-int-or-string': true },
  Time: { type: 'string', format: 'date-time' },
  MicroTime: { type: 'string', format: 'date-time' },
};

function schemaOfTypeNode(node) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      // Every number in a Pod is an int32 or int64 in the API.
      return { type: 'integer' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.LiteralType: {
      const literal = node.literal;
      if (ts.isStringLiteral(literal)) return { type: 'string', enum: [literal.text] };
      throw new Error(`unexpected literal ${node.getText()}`);
    }
    case ts.SyntaxKind.ArrayType:
      return { type: 'array', items: schemaOfTypeNode(node.elementType) };
    case ts.SyntaxKind.ParenthesizedType:
      return schemaOfTypeNode(node.type);
    case ts.SyntaxKind.UnionType: {
      const parts = node.types.map(schemaOfTypeNode);
      const types = parts.map((p) => p.type);
      // IntOrString ("number | string") is written as a union in kubernetes-types.
      if (parts.every((p) => Object.keys(p).length === 1)) return { type: types, 'x-kubernetes-int-or-string': true };
      return { anyOf: parts };
    }
    case ts.SyntaxKind.TypeLiteral: {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      if (index && node.members.length === 1)
        return { type: 'object', additionalProperties: schemaOfTypeNode(index.type) };
      throw new Error(`unexpected type literal ${node.getText()}`);
    }
    case ts.SyntaxKind.TypeReference: {
      const name = node.typeName.getText();
      if (scalarSchemas[name]) return scalarSchemas[name];
      if ((name === 'Array' || name === 'ReadonlyArray') && node.typeArguments?.length === 1) {
        return { type: 'array', items: schemaOfTypeNode(node.typeArguments[0]) };
      }
      const { declaration } = declarationOf(node.typeName);
      if (ts.isInterfaceDeclaration(declaration)) {
        define(declaration);
        return { $ref: `#/definitions/${declaration.name.text}` };
      }
      if (ts.isTypeAliasDeclaration(declaration)) return schemaOfTypeNode(declaration.type);
      throw new Error(`unexpected reference ${name}`);
    }
    default:
      throw new Error(`unexpected type ${ts.SyntaxKind[node.kind]}: ${node.getText()}`);
  }
}

function define(declaration) {
  const name = declaration.name.text;
  const origin = declaration.getSourceFile().fileName;
  if (origins.has(name)) {
    if (origins.get(name) !== origin) throw new Error(`two definitions named ${name}`);
    return;
  }
  origins.set(name, origin);
  definitions[name] = {}; // reserve first: definitions refer to themselves (JSONSchemaProps-style recursion)
  const properties = {};
  const required = [];
  for (const member of declaration.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const key = member.name.getText().replace(/^"|"$/g, '');
    const symbol = checker.getSymbolAtLocation(member.name);
    const schema = schemaOfTypeNode(member.type);
    // A $ref cannot carry siblings in draft-07; wrap it so the field keeps its own description.
    const described = schema.$ref ? { allOf: [schema] } : schema;
    properties[key] = withDescription(described, symbol ? docOf(symbol) : '');
    if (!member.questionToken) required.push(key);
  }
  const symbol = checker.getSymbolAtLocation(declaration.name);
  definitions[name] = withDescription(
    { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false },
    symbol ? docOf(symbol) : '',
  );
}

const KINDS = ['Pod', 'PersistentVolume', 'PersistentVolumeClaim'];
for (const kind of KINDS) {
  const declaration = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === kind);
  if (!declaration) throw new Error(`no ${kind} interface in kubernetes-types/core/v1`);
  define(declaration);
  // kubectl and the API server want both of these on every manifest, so the editor should too.
  definitions[kind].required = ['apiVersion', 'kind', ...(definitions[kind].required ?? [])];
}

// Chosen by kind, so a claim is not reported for lacking a Pod's fields; a Pod is the default,
// whose `kind` enum then tells a learner which value the editor expected.
const ofKind = (kind) => ({ properties: { kind: { const: kind } }, required: ['kind'] });
const byKind = KINDS.slice(1).reduceRight(
  (otherwise, kind) => ({ if: ofKind(kind), then: { $ref: `#/definitions/${kind}` }, else: otherwise }),
  { $ref: '#/definitions/Pod' },
);

const sorted = Object.fromEntries(
  Object.keys(definitions)
    .sort()
    .map((k) => [k, definitions[k]]),
);
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'pod-lab:manifests.schema.json',
  title: 'Kubernetes v1 manifest',
  description: 'A Pod, PersistentVolume or PersistentVolumeClaim, checked against the schema of its kind.',
  ...byKind,
  definitions: sorted,
};
writeFileSync(outFile, JSON.stringify(schema) + '\n');
console.log(`wrote ${outFile}: ${Object.keys(sorted).length} definitions, ${JSON.stringify(schema).length} bytes`);
