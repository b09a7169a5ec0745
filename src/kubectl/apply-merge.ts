// What `kubectl apply` sends for an object that already exists: a three-way merge of the live
// object, the last applied configuration (the annotation) and the new manifest. Fields the
// manifest sets win; fields the previous apply set and the new manifest dropped are removed;
// fields only the server or other clients set are kept. Lists of named items (containers,
// volumes, env, ports…) merge item by item, as strategic merge patch does for Pods.

type Json = unknown;
type JsonObject = Record<string, Json>;

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/** The field manager client-side `kubectl apply` names on its writes (apply.go fieldManagerClientSideApply). */
export const CLIENT_SIDE_APPLY_MANAGER = 'kubectl-client-side-apply';

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The merge key strategic merge patch uses for a list field of the Pod schema. */
export function mergeKeyOf(field: string): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'volumes':
    case 'env':
    case 'imagePullSecrets':
      return 'name';
    case 'ports':
      return 'containerPort';
    case 'volumeMounts':
      return 'mountPath';
    case 'hostAliases':
      return 'ip';
    default:
      return undefined;
  }
}

function mergeList(field: string, live: Json[], last: Json[] | undefined, desired: Json[]): Json[] {
  const key = mergeKeyOf(field);
  if (!key || !desired.every(isObject) || !live.every(isObject)) return desired;
  const keyOf = (item: Json) => String((item as JsonObject)[key]);
  const desiredKeys = new Set(desired.map(keyOf));
  const lastKeys = new Set((last ?? []).filter(isObject).map(keyOf));
  const result: Json[] = [];
  // Desired items in their order, each merged with its live counterpart.
  for (const item of desired) {
    const liveItem = live.find((l) => keyOf(l) === keyOf(item));
    const lastItem = (last ?? []).find((l) => isObject(l) && keyOf(l) === keyOf(item));
    result.push(liveItem ? mergeValue(liveItem, lastItem, item) : item);
  }
  // Live items the manifest never mentioned (and did not drop) stay.
  for (const liveItem of live) {
    const k = keyOf(liveItem);
    if (!desiredKeys.has(k) && !lastKeys.has(k)) result.push(liveItem);
  }
  return result;
}

function mergeValue(live: Json, last: Json, desired: Json, field = ''): Json {
  if (isObject(desired) && isObject(live)) {
    const lastObj = isObject(last) ? last : {};
    const out: JsonObject = { ...live };
    for (const [key, value] of Object.entries(desired)) {
      out[key] = key in live ? mergeValue(live[key], lastObj[key], value, key) : value;
    }
    for (const key of Object.keys(lastObj)) if (!(key in desired)) delete out[key];
    return out;
  }
  if (Array.isArray(desired) && Array.isArray(live))
    return mergeList(field, live, Array.isArray(last) ? last : undefined, desired);
  return desired;
}

/** The object apply would send as an update, given the live object and the new manifest. */
export function threeWayMerge(live: JsonObject, lastApplied: JsonObject | undefined, desired: JsonObject): JsonObject {
  return mergeValue(live, lastApplied ?? {}, desired) as JsonObject;
}

/** JSON with keys sorted at every level, as Go marshals a map (the annotation's exact text). */
export function sortedJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The annotation value kubectl stores: the manifest as given, with `metadata.annotations`
 * present (without the annotation itself) and the namespace filled in.
 */
export function lastAppliedFor(manifest: JsonObject, namespace: string | undefined): string {
  const copy = JSON.parse(JSON.stringify(manifest)) as JsonObject;
  const metadata = isObject(copy.metadata) ? copy.metadata : {};
  const annotations = isObject(metadata.annotations) ? { ...metadata.annotations } : {};
  delete annotations[LAST_APPLIED];
  metadata.annotations = annotations;
  if (namespace !== undefined) metadata.namespace = namespace;
  copy.metadata = metadata;
  return sortedJson(copy) + '\n';
}

export function deepEqual(a: Json, b: Json): boolean {
  return sortedJson(a) === sortedJson(b);
}

/** What `kubectl apply -f` creates when the object is missing: the manifest, in its namespace, annotated. */
export function objectToCreateByApply(manifest: JsonObject, namespace: string | undefined): JsonObject {
  const annotation = lastAppliedFor(manifest, namespace);
  const withNs =
    namespace === undefined ? manifest : { ...manifest, metadata: { ...asObject(manifest.metadata), namespace } };
  const metadata = asObject(withNs.metadata);
  return {
    ...withNs,
    metadata: { ...metadata, annotations: { ...asObject(metadata.annotations), [LAST_APPLIED]: annotation } },
  };
}

function asObject(value: Json): JsonObject {
  return isObject(value) ? value : {};
}
