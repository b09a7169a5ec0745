// What `kubectl edit` does with the saved editor text (pkg/cmd/util/editor/editoptions.go, Run's
// editFn and visitToPatch): comments dropped, an unchanged or empty file cancels, and each edited
// object is matched to the one opened by uid, checked, and sent as the difference between what
// was opened and what was saved.

import { parse as parseYaml } from 'yaml';
import type { KubeObject } from '../../sim/api';
import { deepEqual, LAST_APPLIED, sortedJson, threeWayMerge } from '../apply-merge';
import type { CommandContext } from '../command';
import { formatStatusError, formatWarnings } from '../errors';
import { printObjects } from '../print/objects';
import type { ResourceType } from '../resources';
import { twoWayMergePatch } from './strategic-patch';

type JsonObject = Record<string, unknown>;

export interface EditTarget {
  type: ResourceType;
  /** The object as the server returned it, managedFields included. */
  live: KubeObject;
}

export interface SaveOptions {
  namespace: string;
  output: '' | 'yaml' | 'json';
  outputPatch: boolean;
  saveConfig: boolean;
  fieldManager: string;
  subresource: string;
  validation: 'Strict' | 'Warn' | 'Ignore';
  /** For -o json/yaml after the edit: managedFields are hidden unless asked for. */
  showManagedFields: boolean;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function metadataOf(obj: JsonObject): JsonObject {
  return isObject(obj.metadata) ? obj.metadata : {};
}

/** The object as the editor showed it: no managedFields (editoptions.go extractManagedFields). */
export function withoutManagedFields(obj: KubeObject): JsonObject {
  const copy = JSON.parse(JSON.stringify(obj)) as JsonObject;
  if (isObject(copy.metadata)) delete copy.metadata.managedFields;
  return copy;
}

/** What the editor opens: one object, or a v1 List of several (editFn's `default:` case). */
export function editedDocument(targets: readonly EditTarget[]): JsonObject {
  if (targets.length === 1) return withoutManagedFields(targets[0]!.live);
  return {
    kind: 'List',
    apiVersion: 'v1',
    metadata: {},
    items: targets.map((t) => withoutManagedFields(t.live)),
  };
}

/** hasLines: a line with something other than spaces that is not a comment. */
function hasLines(text: string): boolean {
  return text.split('\n').some((line) => {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#');
  });
}

/**
 * util.CreateApplyAnnotation over the edited object (visitAnnotation, only with --save-config):
 * the object without the annotation, with its managedFields back (restoreManagedFields runs
 * first), and `annotations: {}` kept when nothing else is annotated.
 */
function withSavedConfig(obj: JsonObject): JsonObject {
  const metadata = metadataOf(obj);
  const annotations = isObject(metadata.annotations) ? { ...metadata.annotations } : {};
  delete annotations[LAST_APPLIED];
  const config = { ...obj, metadata: { ...metadata, annotations } };
  return {
    ...obj,
    metadata: { ...metadata, annotations: { ...annotations, [LAST_APPLIED]: `${sortedJson(config)}\n` } },
  };
}

function labelOf(target: EditTarget): string {
  return `${target.type.singular}/${target.live.metadata?.name ?? ''}`;
}

/** Sends one edited object; false when the server refused it. */
function saveOne(target: EditTarget, edited: JsonObject, options: SaveOptions, ctx: CommandContext): boolean {
  const opened = withoutManagedFields(target.live);
  if (deepEqual(edited, opened)) {
    ctx.stdout(`${labelOf(target)} skipped\n`);
    return true;
  }
  const precondition = ['apiVersion', 'kind'].every((key) => edited[key] === opened[key]);
  if (!precondition || metadataOf(edited).name !== metadataOf(opened).name) {
    ctx.stderr('error: At least one of apiVersion, kind and name was changed\n');
    return false;
  }
  const managedFields = target.live.metadata?.managedFields;
  const restored = { ...edited, metadata: { ...metadataOf(edited), managedFields } };
  const sent = options.saveConfig ? withSavedConfig(restored) : restored;
  if (!isObject(sent.metadata)) return false;
  delete sent.metadata.managedFields;
  const patch = twoWayMergePatch(opened, sent);
  if (options.outputPatch) ctx.stdout(`Patch: ${patch}\n`);
  // The difference is laid over the live object as it is now, so changes made meanwhile
  // (status, restarts) are kept.
  const live = ctx.cluster.get(target.type.kind, target.live.metadata?.namespace, target.live.metadata?.name ?? '');
  const base = live.ok ? (live.value as unknown as JsonObject) : opened;
  let patched = threeWayMerge(base, opened, sent);
  // The status subresource takes only the status from the patch (the registry's status strategy).
  if (options.subresource === 'status') patched = { ...base, status: patched.status };
  const updated = ctx.cluster.update(patched, {
    fieldValidation: options.validation,
    fieldManager: options.fieldManager,
  });
  if (!updated.ok) {
    ctx.stderr(formatStatusError(updated.error));
    return false;
  }
  ctx.stderr(formatWarnings(updated.warnings));
  if (options.output === '') ctx.stdout(`${labelOf(target)} edited\n`);
  else ctx.stdout(printObjects([updated.value], options.output, { showManagedFields: options.showManagedFields }));
  return true;
}

/** Handles one save of the editor; returns the exit code. */
export function saveEdits(
  targets: readonly EditTarget[],
  text: string,
  options: SaveOptions,
  ctx: CommandContext,
): number {
  if (!hasLines(text)) {
    ctx.stderr('Edit cancelled, saved file was empty.\n');
    return 0;
  }
  const uncommented = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
  let value: unknown;
  try {
    value = parseYaml(uncommented);
  } catch (error) {
    ctx.stderr(
      `error: error parsing edited object: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
    );
    return 1;
  }
  // The editor showed JSON-compatible values; compare as such.
  if (deepEqual(value, editedDocument(targets))) {
    ctx.stderr('Edit cancelled, no changes made.\n');
    return 0;
  }
  if (!isObject(value)) {
    ctx.stderr('error: the edited file is not an object\n');
    return 1;
  }
  const items = value.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
  let ok = true;
  for (const item of items) {
    if (!isObject(item)) continue;
    const uid = metadataOf(item).uid;
    // Matched by uid, as visitToPatch does: an object whose uid was edited away has no original.
    const target = targets.find((t) => t.live.metadata?.uid === uid);
    if (!target) {
      ctx.stderr('error: no original object found for the edited object\n');
      ok = false;
      continue;
    }
    const namespace = metadataOf(item).namespace;
    if (
      target.type.namespaced &&
      typeof namespace === 'string' &&
      namespace !== '' &&
      namespace !== options.namespace
    ) {
      ctx.stderr(
        `error: the namespace from the provided object "${namespace}" does not match the namespace "${options.namespace}". You must pass '--namespace=${namespace}' to perform this operation.\n`,
      );
      return 1;
    }
    ok = saveOne(target, item, options, ctx) && ok;
  }
  return ok ? 0 : 1;
}
