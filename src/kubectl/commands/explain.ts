// kubectl explain (pkg/cmd/explain, OpenAPI v3 plaintext template): the documentation of a
// resource or one of its fields, taken from the generated schemas' descriptions (Pod,
// PersistentVolume, PersistentVolumeClaim: the kinds a learner writes in this chapter).

import schema from '../../sim/openapi/manifests.schema.json';
import { defineCommand } from '../command';
import { CommandFailure, fail } from '../errors';
import { resolveResourceType } from '../resources';

interface SchemaNode {
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  $ref?: string;
  required?: string[];
  enum?: unknown[];
  'x-kubernetes-int-or-string'?: boolean;
}

const DEFINITIONS = (schema as unknown as { definitions: Record<string, SchemaNode> }).definitions;

/** Follows `$ref` (directly or through a one-element allOf) to the named definition. */
function resolve(node: SchemaNode): { node: SchemaNode; name?: string } {
  const ref = node.$ref ?? node.allOf?.find((n) => n.$ref)?.$ref;
  if (ref) {
    const name = ref.replace('#/definitions/', '');
    return { node: DEFINITIONS[name] ?? {}, name };
  }
  return { node };
}

/** The type as explain shows it: `<string>`, `<[]Container>`, `<map[string]string>`, `<Object>`. */
function typeText(node: SchemaNode): string {
  const { node: target, name } = resolve(node);
  if (name) {
    if (name === 'Quantity' || name === 'IntOrString') return name;
    if (name === 'Time' || name === 'MicroTime') return 'string';
    return name;
  }
  // The generator writes a Quantity as anyOf string|number and an IntOrString as a type list.
  if (target['x-kubernetes-int-or-string']) return target.anyOf ? 'Quantity' : 'IntOrString';
  const type = Array.isArray(target.type) ? target.type.find((t) => t !== 'null') : target.type;
  if (type === 'array' && target.items) return `[]${typeText(target.items)}`;
  if (type === 'object' && target.additionalProperties && typeof target.additionalProperties === 'object') {
    return `map[string]${typeText(target.additionalProperties)}`;
  }
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'string') return 'string';
  if (type === 'object') return 'Object';
  return 'Object';
}

function wrap(text: string, indent: number, width = 80): string {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line && pad.length + line.length + 1 + word.length > width) {
        out.push(pad + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line ? pad + line : pad.trimEnd());
  }
  return out.join('\n') + '\n';
}

/** Walks `spec.containers.ports` down the schema; arrays are stepped through. */
function walk(
  root: SchemaNode,
  path: string[],
): { node: SchemaNode; field?: string; parentRequired: boolean } | string {
  let node: SchemaNode = root;
  let field: string | undefined;
  let required = false;
  for (const part of path) {
    let container = resolve(node).node;
    while (container.items) container = resolve(container.items).node;
    const child = container.properties?.[part];
    if (!child) return part;
    required = (container.required ?? []).includes(part);
    node = child;
    field = part;
  }
  return { node, field, parentRequired: required };
}

export const explainCommand = defineCommand<{ path: string[]; recursive: boolean; typeWord: string }>({
  name: 'explain',
  group: 'Basic Commands (Intermediate)',
  summary: 'Get documentation for a resource',
  help: `Describe the fields of a resource type, from the API's own documentation.

 Name a field with dots to see its documentation and the fields below it.

Examples:
  # The Pod resource and its top-level fields
  kubectl explain pods

  # One field of a Pod's containers
  kubectl explain pods.spec.containers`,
  usage: 'explain TYPE [--recursive=FALSE|TRUE] [flags]',
  flags: [
    { name: 'recursive', type: 'bool', help: 'Show every field below the named one, as a tree of names and types.' },
  ],
  parse({ flags, args }) {
    if (args.length === 0) {
      return fail(
        'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
      );
    }
    if (args.length > 1) return fail(`We accept only this format: explain RESOURCE`);
    const [typeWord, ...path] = args[0]!.split('.');
    return { path, recursive: flags.bool('recursive'), typeWord: typeWord! };
  },
  run(options, ctx) {
    const type = resolveResourceType(options.typeWord);
    if (!type) {
      ctx.stderr(`the server doesn't have a resource type "${options.typeWord}"\n`);
      return 1;
    }
    const root = DEFINITIONS[type.kind];
    if (!root) {
      ctx.stderr(
        new CommandFailure(
          `error: only the Pod, PersistentVolume and PersistentVolumeClaim schemas are available in this cluster's documentation\n`,
        ).text,
      );
      return 1;
    }
    const found = walk(root, options.path);
    if (typeof found === 'string') {
      ctx.stderr(`error: field "${found}" does not exist\n`);
      return 1;
    }
    const target = resolve(found.node).node;
    let text = `KIND:       ${type.kind}\nVERSION:    v1\n\n`;
    if (found.field)
      text += `FIELD: ${found.field} <${typeText(found.node)}>${found.parentRequired ? ' -required-' : ''}\n\n`;
    const description = [found.node.description, found.field && target !== found.node ? target.description : undefined]
      .filter(Boolean)
      .join('\n');
    text += `DESCRIPTION:\n${wrap(description || '<empty>', 4)}    \n`;
    let fieldsOf = target;
    while (fieldsOf.items) fieldsOf = resolve(fieldsOf.items).node;
    const props = fieldsOf.properties ?? {};
    const names = Object.keys(props).sort();
    if (names.length > 0) {
      text += 'FIELDS:\n';
      // The generated schema marks apiVersion/kind required on each kind itself; the API's does not.
      const required = new Set(fieldsOf === root ? [] : (fieldsOf.required ?? []));
      for (const name of names) {
        const child = props[name]!;
        text += `  ${name}\t<${typeText(child)}>${required.has(name) ? ' -required-' : ''}\n`;
        if (!options.recursive) text += wrap(child.description ?? '<no description>', 4) + '\n';
      }
    }
    ctx.stdout(text.replace(/\n\n$/, '\n'));
    return 0;
  },
});
