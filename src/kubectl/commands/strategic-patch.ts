// The strategic merge patch `kubectl edit` sends and `--output-patch` prints
// (apimachinery strategicpatch.CreateTwoWayMergePatch): changed and added fields as they are now,
// removed fields as null, and lists of named items (containers, volumes, env…) diffed item by item
// under their merge key, with a `$setElementOrder/<list>` directive giving the new order and
// `{"$patch":"delete"}` entries for removed items. Other lists are sent whole. Keys come out
// sorted, as Go marshals a map.

import { deepEqual, mergeKeyOf, sortedJson } from '../apply-merge';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The merge key of a list field in the kinds Pod Lab runs (the types' patchMergeKey tags). */
function patchMergeKey(field: string): string | undefined {
  if (field === 'conditions' || field === 'addresses') return 'type';
  if (field === 'ownerReferences') return 'uid';
  return mergeKeyOf(field);
}

function diffList(field: string, original: unknown[], modified: unknown[], patch: JsonObject): void {
  const key = patchMergeKey(field);
  if (!key || !original.every(isObject) || !modified.every(isObject)) {
    patch[field] = modified;
    return;
  }
  const keyOf = (item: JsonObject) => sortedJson(item[key]);
  const items: unknown[] = [];
  for (const item of modified) {
    const before = original.find((o) => keyOf(o) === keyOf(item));
    if (!before) items.push(item);
    else if (!deepEqual(before, item)) items.push({ ...diffObject(before, item), [key]: item[key] });
  }
  for (const item of original)
    if (!modified.some((m) => keyOf(m) === keyOf(item))) items.push({ $patch: 'delete', [key]: item[key] });
  if (items.length === 0) return;
  patch[`$setElementOrder/${field}`] = modified.map((item) => ({ [key]: item[key] }));
  patch[field] = items;
}

function diffObject(original: JsonObject, modified: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const [field, value] of Object.entries(modified)) {
    if (value === undefined) continue;
    const before = original[field];
    if (before === undefined) {
      patch[field] = value;
    } else if (deepEqual(before, value)) {
      continue;
    } else if (isObject(before) && isObject(value)) {
      const inner = diffObject(before, value);
      if (Object.keys(inner).length > 0) patch[field] = inner;
    } else if (Array.isArray(before) && Array.isArray(value)) {
      diffList(field, before, value, patch);
    } else {
      patch[field] = value;
    }
  }
  for (const field of Object.keys(original))
    if (!(field in modified) && original[field] !== undefined) patch[field] = null;
  return patch;
}

/** The patch from `original` to `modified`, as the JSON text kubectl sends. */
export function twoWayMergePatch(original: JsonObject, modified: JsonObject): string {
  return sortedJson(diffObject(original, modified));
}
