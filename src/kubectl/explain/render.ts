// kubectl explain's plaintext output (kubectl v1.32 pkg/explain/v2/templates/plaintext.tmpl,
// rendered by pkg/explain/v2/generator.go): the same walk over an OpenAPI v3 document, template
// by template ("output", "fieldList", "fieldDetail", "description", "typeGuess", "extractEnum"),
// so blank lines, wrapping and the `enum:` lines come out as kubectl prints them.

import { wrapString } from './word-wrap';

export interface Schema {
  description?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  $ref?: string;
  enum?: unknown[];
  'x-kubernetes-group-version-kind'?: { group: string; kind: string; version: string }[];
}

/** components.schemas of the document. */
export type Schemas = Record<string, Schema>;

type History = ReadonlySet<string>;

/** The template's `indent`: the pad before the text and after every newline in it. */
function indent(amount: number, text: string): string {
  const pad = ' '.repeat(amount);
  return pad + text.replaceAll('\n', `\n${pad}`);
}

/** Go's text/template ranges over a map's keys in sorted (byte) order. */
function sortedKeys(map: Record<string, unknown>): string[] {
  return Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function objectValued(value: Schema | boolean | undefined): value is Schema {
  return typeof value === 'object';
}

class Renderer {
  constructor(
    private readonly schemas: Schemas,
    private readonly recursive: boolean,
  ) {}

  /** funcs.go resolveRef for `#/components/schemas/NAME`. */
  resolveRef(ref: string | undefined): Schema | undefined {
    const prefix = '#/components/schemas/';
    return ref?.startsWith(prefix) ? this.schemas[ref.slice(prefix.length)] : undefined;
  }

  output(schema: Schema, history: History, fieldPath: readonly string[]): string {
    const ref = schema.$ref ?? '';
    const next = new Set(history).add(ref);
    const resolved = this.resolveRef(ref) ?? schema;
    const [first, ...rest] = fieldPath;
    if (first === undefined) {
      let text = `DESCRIPTION:\n${indent(4, wrapString(this.description(resolved) || '<empty>', 76))}\n`;
      const fields = this.fieldList(resolved, 1, new Set());
      if (fields) text += `FIELDS:\n${fields}`;
      return text;
    }
    if (ref && history.has(ref)) return '';
    const sub = resolved.properties?.[first];
    if (sub) {
      const head =
        rest.length === 0 ? `FIELD: ${first} <${this.typeGuess(sub)}>\n${this.extractEnum(sub, true, -1, 0)}\n\n` : '';
      return head + this.output(sub, new Set(), rest);
    }
    if (resolved.items) return this.output(resolved.items, next, fieldPath);
    if (objectValued(resolved.additionalProperties)) return this.output(resolved.additionalProperties, next, fieldPath);
    for (const alternative of resolved.allOf ?? []) {
      const text = this.output(alternative, next, fieldPath);
      if (text) return text;
    }
    return '';
  }

  fieldList(schema: Schema, level: number, history: History): string {
    const ref = schema.$ref ?? '';
    if (ref && history.has(ref)) return '';
    const next = new Set(history).add(ref);
    const resolved = this.resolveRef(ref) ?? schema;
    let text = '';
    const properties = resolved.properties ?? {};
    for (const name of sortedKeys(properties)) {
      text += this.fieldDetail(name, resolved, level);
      if (this.recursive) text += this.fieldList(properties[name]!, level + 1, next);
    }
    for (const alternative of resolved.allOf ?? []) text += this.fieldList(alternative, level, next);
    if (resolved.items) text += this.fieldList(resolved.items, level, next);
    if (objectValued(resolved.additionalProperties)) text += this.fieldList(resolved.additionalProperties, level, next);
    return text;
  }

  fieldDetail(name: string, parent: Schema, level: number): string {
    const amount = level * 2;
    const field = parent.properties![name]!;
    let text = `${indent(amount, name)}\t<${this.typeGuess(field)}>`;
    if (parent.required?.includes(name)) text += ' -required-';
    text += `${this.extractEnum(field, false, 4, amount)}\n`;
    if (!this.recursive)
      text += `${indent(amount + 2, wrapString(field.description || '<no description>', 78 - amount))}\n\n`;
    return text;
  }

  description(schema: Schema): string {
    const resolved = this.resolveRef(schema.$ref) ?? schema;
    let text = resolved.description ? `${resolved.description}\n` : '';
    for (const alternative of resolved.allOf ?? []) text += this.description(alternative);
    if (resolved.items) text += this.description(resolved.items);
    if (objectValued(resolved.additionalProperties)) text += this.description(resolved.additionalProperties);
    return text;
  }

  typeGuess(schema: Schema): string {
    if (schema.items) return `[]${this.typeGuess(schema.items)}`;
    if (objectValued(schema.additionalProperties)) return `map[string]${this.typeGuess(schema.additionalProperties)}`;
    if (schema.allOf && !schema.properties && schema.allOf.length === 1) return this.typeGuess(schema.allOf[0]!);
    if (schema.$ref) {
      const target = this.resolveRef(schema.$ref);
      if (!target || !target.type || target.type === 'object') {
        const name = schema.$ref.split('/').at(-1)!;
        return name.split('.').at(-1) || 'Object';
      }
      return target.type;
    }
    return schema.type === 'object' ? 'Object' : schema.type || 'Object';
  }

  /** `ENUM:` with one value a line (a FIELD's own view), or `enum: A, B, C, D, ....` under a listed field. */
  extractEnum(schema: Schema, longView: boolean, limit: number, indentAmount: number): string {
    const values = schema.enum ?? [];
    if (values.length === 0) return '';
    let text = longView ? 'ENUM:' : `\n${' '.repeat(indentAmount)}enum: `;
    for (const [index, value] of values.entries()) {
      if (limit > -1 && index >= limit) {
        text += ', ....';
        break;
      }
      if (index > 0 && !longView) text += ', ';
      else if (longView) text += '\n    ';
      text += value === '' ? '""' : String(value);
    }
    return text;
  }
}

export type ExplainResult = { ok: true; text: string } | { ok: false; stdout: string; error: string };

/**
 * What `kubectl explain KIND[.FIELD…]` prints for a core v1 kind. A missing field ends the
 * template with kubectl's error after the KIND and VERSION lines it has already written.
 */
export function renderExplain(
  schemas: Schemas,
  kind: string,
  fieldPath: readonly string[],
  recursive: boolean,
): ExplainResult {
  const header = `KIND:       ${kind}\nVERSION:    v1\n\n`;
  const root = Object.values(schemas).find((s) =>
    s['x-kubernetes-group-version-kind']?.some((g) => g.group === '' && g.kind === kind && g.version === 'v1'),
  );
  if (!root)
    return {
      ok: false,
      stdout: header,
      error: `error: GVK map[group: kind:${kind} version:v1] not found in OpenAPI schema`,
    };
  const text = new Renderer(schemas, recursive).output(root, new Set(), fieldPath);
  if (!text) return { ok: false, stdout: header, error: `error: field "${fieldPath.at(-1)}" does not exist` };
  return { ok: true, text: `${header}${text}\n` };
}
