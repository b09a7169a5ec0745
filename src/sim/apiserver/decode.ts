// Decoding a request body the way the API server does: Go's JSON type rules first (a wrong type
// fails the whole request), then strict field validation (unknown fields are an error, a warning,
// or silently dropped, per fieldValidation). Quantities are checked and canonicalised here too.
import { SCHEMAS, objectMeta, type FieldType, type StructType } from './schema';
import { canonicalQuantity, parseQuantity } from './quantity';

export type DecodeResult =
  { ok: true; object: Record<string, unknown>; unknownFields: string[] } | { ok: false; detail: string };

class DecodeFailure {
  constructor(readonly detail: string) {}
}

function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return `number`;
  return typeof v === 'object' ? 'object' : 'string';
}

function goTypeName(t: FieldType): string {
  if (typeof t === 'string') {
    return {
      string: 'string',
      int32: 'int32',
      int64: 'int64',
      bool: 'bool',
      quantity: 'resource.Quantity',
      intstr: 'intstr.IntOrString',
      stringMap: 'map[string]string',
      quantityMap: 'v1.ResourceList',
      stringList: '[]string',
      any: 'interface {}',
    }[t];
  }
  return 'list' in t ? `[]${t.list.struct}` : t.struct;
}

interface Ctx {
  unknown: string[];
  /** Go's error names the innermost struct and the dotted JSON path without indices. */
  struct: string;
  goPath: string;
}

function typeError(value: unknown, t: FieldType, ctx: Ctx, field: string): DecodeFailure {
  // encoding/json names the literal's kind, adding the number itself only when it does not fit a numeric field.
  const shown = typeof value === 'number' && (t === 'int32' || t === 'int64') ? `number ${value}` : jsonKind(value);
  const where = ctx.goPath ? `${ctx.goPath}.${field}` : field;
  return new DecodeFailure(
    `json: cannot unmarshal ${shown} into Go struct field ${ctx.struct.replace(/^v1\./, '')}.${where} of type ${goTypeName(t)}`,
  );
}

function decodeValue(value: unknown, t: FieldType, path: string, ctx: Ctx, field: string): unknown {
  if (value === null) return undefined; // JSON null leaves a Go field at its zero value.
  if (typeof t === 'string') {
    switch (t) {
      case 'any':
        return value;
      case 'string':
        if (typeof value !== 'string') throw typeError(value, t, ctx, field);
        return value;
      case 'bool':
        if (typeof value !== 'boolean') throw typeError(value, t, ctx, field);
        return value;
      case 'int32':
      case 'int64':
        if (typeof value !== 'number' || !Number.isInteger(value)) throw typeError(value, t, ctx, field);
        if (t === 'int32' && (value > 2147483647 || value < -2147483648)) throw typeError(value, t, ctx, field);
        return value;
      case 'intstr':
        if (typeof value === 'string') return value;
        if (typeof value === 'number' && Number.isInteger(value)) return value;
        throw typeError(value, t, ctx, field);
      case 'quantity': {
        if (typeof value !== 'string' && typeof value !== 'number') throw typeError(value, t, ctx, field);
        const q = parseQuantity(value);
        if (!q.ok) throw new DecodeFailure(q.message);
        return canonicalQuantity(q.quantity);
      }
      case 'stringList':
        if (!Array.isArray(value)) throw typeError(value, t, ctx, field);
        return value.map((item) => {
          if (item === null) return ''; // a null element is the string's zero value
          if (typeof item !== 'string') throw typeError(item, 'string', ctx, field);
          return item;
        });
      case 'stringMap':
      case 'quantityMap': {
        if (jsonKind(value) !== 'object') throw typeError(value, t, ctx, field);
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          // A null value is stored as the element's zero value, as encoding/json does for maps.
          if (v === null) out[k] = t === 'stringMap' ? '' : '0';
          else
            out[k] =
              t === 'stringMap'
                ? decodeValue(v, 'string', path, ctx, field)
                : decodeValue(v, 'quantity', path, ctx, field);
        }
        return out;
      }
    }
  }
  if ('list' in t) {
    if (!Array.isArray(value)) throw typeError(value, t, ctx, field);
    // A null element decodes to the zero struct, which validation then judges.
    return value.map((item, i) => decodeStruct(item === null ? {} : item, t.list, `${path}[${i}]`, ctx, field));
  }
  return decodeStruct(value, t, path, ctx, field);
}

function decodeStruct(value: unknown, t: StructType, path: string, ctx: Ctx, field: string): Record<string, unknown> {
  if (jsonKind(value) !== 'object') throw typeError(value, t, ctx, field);
  const inner: Ctx = { unknown: ctx.unknown, struct: t.struct, goPath: ctx.goPath ? `${ctx.goPath}.${field}` : field };
  if (path === '') inner.goPath = '';
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const fieldType = t.fields[key];
    const childPath = path ? `${path}.${key}` : key;
    if (fieldType === undefined) {
      ctx.unknown.push(childPath);
      continue;
    }
    const decoded = decodeValue(v, fieldType, childPath, path === '' ? { ...inner, struct: t.struct } : inner, key);
    if (decoded !== undefined) out[key] = decoded;
  }
  return out;
}

/** Decodes `body` as `kind`: type errors fail; unknown fields are collected (dropped from the result). */
export function decodeObject(kind: string, body: Record<string, unknown>): DecodeResult {
  const schema = SCHEMAS[kind];
  if (!schema) return { ok: true, object: body, unknownFields: [] };
  const ctx: Ctx = { unknown: [], struct: schema.struct, goPath: '' };
  try {
    const object = decodeStruct(body, schema, '', ctx, '');
    return { ok: true, object, unknownFields: ctx.unknown };
  } catch (e) {
    if (e instanceof DecodeFailure) return { ok: false, detail: e.detail };
    throw e;
  }
}

/**
 * What kubectl's resource builder decodes of every object it reads from a file: TypeMeta and
 * ObjectMeta only (its metadataOnlyObject), so a wrongly typed name or label fails on the client
 * whatever the kind. Returns encoding/json's complaint, or undefined when it decodes.
 */
export function metadataDecodeError(body: Record<string, unknown>): string | undefined {
  const metadataOnly: StructType = { struct: 'metadataOnlyObject', fields: { metadata: objectMeta } };
  const ctx: Ctx = { unknown: [], struct: metadataOnly.struct, goPath: '' };
  try {
    decodeStruct({ metadata: body.metadata ?? null }, metadataOnly, '', ctx, '');
    return undefined;
  } catch (e) {
    if (e instanceof DecodeFailure) return e.detail;
    throw e;
  }
}
