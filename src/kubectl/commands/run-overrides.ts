// kubectl run's flags beyond the generated Pod's own (pkg/cmd/run/run.go): --overrides with
// --override-type (run.go Overrider.Apply: a JSON merge patch, a strategic merge patch or a JSON
// patch over the generated object), and the delete and attach flags it shares with other commands.

import { mergeKeyOf } from '../apply-merge';
import type { FlagSpec } from '../flags';
import { CommandFailure, fail } from '../errors';
import { POD_RUNNING_TIMEOUT_FLAG } from './exec';

export const RUN_EXTRA_FLAGS: FlagSpec[] = [
  {
    name: 'attach',
    type: 'bool',
    help: 'Wait for the Pod to start running, then attach to it (-i implies it).',
  },
  {
    name: 'cascade',
    type: 'string',
    default: 'background',
    noOptDefault: 'background',
    help: 'Must be "background", "orphan", or "foreground". How --rm deletes the Pod.',
  },
  { name: 'expose', type: 'bool', help: 'Also create a ClusterIP Service for the Pod (needs --port).' },
  { name: 'field-manager', type: 'string', default: 'kubectl-run', help: 'Name of the manager of the fields set.' },
  { name: 'filename', short: 'f', type: 'stringArray', help: 'Used only by --rm to delete resources.' },
  { name: 'force', type: 'bool', help: 'With --rm: delete the Pod at once.' },
  {
    name: 'grace-period',
    type: 'int',
    default: -1,
    help: "With --rm: seconds the Pod gets to stop; -1 keeps the Pod's own.",
  },
  { name: 'kustomize', short: 'k', type: 'string', help: 'Used only by --rm to delete resources.' },
  {
    name: 'leave-stdin-open',
    type: 'bool',
    help: 'With -i: keep stdin open after the first attach ends (stdinOnce stays false).',
  },
  {
    name: 'override-type',
    type: 'string',
    default: 'merge',
    help: 'How --overrides applies: json, merge or strategic.',
  },
  { name: 'overrides', type: 'string', help: 'A JSON patch of the generated Pod (see --override-type).' },
  POD_RUNNING_TIMEOUT_FLAG,
  { name: 'privileged', type: 'bool', help: 'Run the container in privileged mode.' },
  { name: 'quiet', short: 'q', type: 'bool', help: 'Print no messages of its own during an attached session.' },
  { name: 'recursive', short: 'R', type: 'bool', help: 'Used only by --rm to delete resources.' },
  {
    name: 'save-config',
    type: 'bool',
    help: 'Store the created Pod in its last-applied-configuration annotation, for a later kubectl apply.',
  },
  { name: 'timeout', type: 'duration', default: '0s', help: 'With --rm: how long to wait for the deletion.' },
  { name: 'wait', type: 'bool', help: 'With --rm: wait for the deletion to finish.' },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7386, as evanphx/json-patch MergePatch applies it. */
function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key] ?? null, value);
  }
  return out;
}

/** A strategic merge patch over a Pod: lists with a merge key (containers by name) merge item by item. */
function strategicPatch(target: Json, patch: Json, field = ''): Json {
  if (Array.isArray(patch) && Array.isArray(target)) {
    const key = mergeKeyOf(field);
    if (!key) return patch;
    const merged = [...target];
    for (const item of patch) {
      const at = isObject(item) ? merged.findIndex((old) => isObject(old) && old[key] === item[key]) : -1;
      if (at >= 0) merged[at] = strategicPatch(merged[at]!, item);
      else merged.push(item);
    }
    return merged;
  }
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = strategicPatch(out[key] ?? null, value, key);
  }
  return out;
}

function parseJson(text: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch {
    return { ok: false };
  }
}

/** RFC 6902 operations over a JSON pointer, as evanphx/json-patch applies them. */
function jsonPatch(target: Json, operations: Json): Json | CommandFailure {
  if (!Array.isArray(operations)) return fail('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let doc = JSON.parse(JSON.stringify(target)) as Json;
  for (const operation of operations) {
    if (!isObject(operation)) return fail('json: cannot unmarshal into Go value of type jsonpatch.Operation');
    const op = typeof operation.op === 'string' ? operation.op : '';
    const path = typeof operation.path === 'string' ? operation.path : '';
    const parts =
      path === ''
        ? []
        : path
            .slice(1)
            .split('/')
            .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    let parent: Json = doc;
    for (const part of parts) {
      const next: Json | undefined = Array.isArray(parent)
        ? parent[Number(part)]
        : isObject(parent)
          ? parent[part]
          : undefined;
      if (next === undefined) return fail(`doc is missing path: "${path}": missing value`);
      parent = next;
    }
    if (last === undefined) {
      if (op === 'replace' || op === 'add') doc = operation.value ?? null;
      continue;
    }
    const container = parent;
    if (op === 'add' || op === 'replace') {
      if (Array.isArray(container)) {
        const index = last === '-' ? container.length : Number(last);
        if (op === 'add') container.splice(index, 0, operation.value ?? null);
        else container[index] = operation.value ?? null;
      } else if (isObject(container)) {
        if (op === 'replace' && !(last in container))
          return fail(`replace operation does not apply: doc is missing key: ${path}: missing value`);
        container[last] = operation.value ?? null;
      }
    } else if (op === 'remove') {
      if (Array.isArray(container)) container.splice(Number(last), 1);
      else if (isObject(container)) {
        if (!(last in container)) return fail(`Unable to remove nonexistent key: ${last}: missing value`);
        delete container[last];
      }
    } else return fail(`Unexpected kind: ${op}`);
  }
  return doc;
}

/** run.go Overrider.Apply: the generated Pod with --overrides applied, or kubectl's error. */
export function applyOverrides(
  pod: Record<string, unknown>,
  overrides: string,
  overrideType: string,
): Record<string, unknown> | CommandFailure {
  if (overrides === '') return pod;
  const parsed = parseJson(overrides);
  let result: Json | CommandFailure;
  switch (overrideType) {
    case 'merge':
      if (!parsed.ok) return fail('Invalid JSON Patch');
      result = mergePatch(pod as Json, parsed.value);
      break;
    case 'strategic':
      if (!parsed.ok) return fail('invalid JSON document');
      result = strategicPatch(pod as Json, parsed.value);
      break;
    case 'json':
      // jsonpatch.DecodePatch is json.Unmarshal: Go's decoder names what broke.
      if (!parsed.ok) return fail(overrides.trim() === '' ? 'unexpected end of JSON input' : goJsonError(overrides));
      result = jsonPatch(pod as Json, parsed.value);
      break;
    default:
      return fail(`invalid override type: ${overrideType}`);
  }
  if (result instanceof CommandFailure) return result;
  if (!isObject(result)) return fail("Object 'Kind' is missing in 'null'");
  return result;
}

/** json.Unmarshal's words for the mistakes a hand-typed patch meets most: cut short, or a stray first character. */
function goJsonError(text: string): string {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  if (depth > 0 || inString) return 'unexpected end of JSON input';
  const first = text.trim()[0] ?? '';
  if (!/[[{"\-0-9tfn]/.test(first)) return `invalid character '${first}' looking for beginning of value`;
  return 'Invalid JSON Patch';
}
