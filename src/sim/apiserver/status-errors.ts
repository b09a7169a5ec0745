// v1 Status objects worded as the API server words them (apimachinery pkg/api/errors and
// pkg/util/validation/field/errors.go). kubectl turns these into "Error from server (…): …".
import type { StatusError } from '../api';

type Reason = StatusError['reason'];

function status(reason: Reason, code: number, message: string, details?: StatusError['details']): StatusError {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

/** Lower-case plural resource name as used in messages ("pods", "persistentvolumeclaims"). */
export function resourceName(kind: string): string {
  return kind.toLowerCase() + 's';
}

export function notFound(kind: string, name: string): StatusError {
  return status('NotFound', 404, `${resourceName(kind)} "${name}" not found`, { name, kind: resourceName(kind) });
}

export function alreadyExists(kind: string, name: string): StatusError {
  return status('AlreadyExists', 409, `${resourceName(kind)} "${name}" already exists`, {
    name,
    kind: resourceName(kind),
  });
}

export function conflict(kind: string, name: string): StatusError {
  return status(
    'Conflict',
    409,
    `Operation cannot be fulfilled on ${resourceName(kind)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, kind: resourceName(kind) },
  );
}

export function badRequest(message: string): StatusError {
  return status('BadRequest', 400, message);
}

export function forbidden(message: string): StatusError {
  return status('Forbidden', 403, message);
}

export function methodNotAllowed(message: string): StatusError {
  return status('MethodNotAllowed', 405, message);
}

/** One field error: `<field>: <type>[: <value>][: <detail>]`. */
export interface FieldError {
  field: string;
  type:
    | 'Required value'
    | 'Invalid value'
    | 'Duplicate value'
    | 'Unsupported value'
    | 'Forbidden'
    | 'Not found'
    | 'Too long';
  /** Already rendered: strings quoted, numbers bare. */
  value?: string;
  detail?: string;
}

const CAUSE_REASON: Record<FieldError['type'], string> = {
  'Required value': 'FieldValueRequired',
  'Invalid value': 'FieldValueInvalid',
  'Duplicate value': 'FieldValueDuplicate',
  'Unsupported value': 'FieldValueNotSupported',
  Forbidden: 'FieldValueForbidden',
  'Not found': 'FieldValueNotFound',
  'Too long': 'FieldValueTooLong',
};

export function fieldErrorText(e: FieldError): string {
  let text = e.type as string;
  if (e.value !== undefined) text += `: ${e.value}`;
  if (e.detail !== undefined) text += `: ${e.detail}`;
  return text;
}

/** Renders a value the way field errors quote it. */
export function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function invalid(kind: string, name: string, errors: FieldError[]): StatusError {
  const rendered = errors.map((e) => `${e.field}: ${fieldErrorText(e)}`);
  const joined = rendered.length === 1 ? rendered[0]! : `[${rendered.join(', ')}]`;
  return status('Invalid', 422, `${kind} "${name}" is invalid: ${joined}`, {
    name,
    kind: resourceName(kind),
    causes: errors.map((e) => ({ reason: CAUSE_REASON[e.type], message: fieldErrorText(e), field: e.field })),
  });
}

/** Decoding failures (unknown fields, wrong types, bad quantities) as a 400. */
export function cannotBeHandled(kind: string, detail: string): StatusError {
  return badRequest(`${kind} in version "v1" cannot be handled as a ${kind}: ${detail}`);
}
