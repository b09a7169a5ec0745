// metadata.managedFields as a v1.32 API server keeps them (k8s.io/apiserver pkg/endpoints/handlers/
// fieldmanager, over k8s.io/apimachinery pkg/util/managedfields/internal): every write that is
// not a server-side apply is an "Update" by the manager the request names (kubectl sends
// ?fieldManager=kubectl-run, kubectl-client-side-apply, ...; without one the user agent's first
// word, "kubectl"). The manager takes the fields its write added or changed; fields it removed
// leave every manager; a write that changed nothing leaves the entries, and their times, alone.
import type { KubeObject } from '../api';
import { parseTime } from '../time-format';
import {
  compareObjects,
  difference,
  emptySet,
  fromFieldsV1,
  insertPath,
  intersection,
  isEmptySet,
  toFieldsV1,
  union,
  withoutSubtrees,
  type FieldSet,
  type FieldsV1,
} from './field-set';

export interface FieldWriter {
  manager: string;
  /** Writes to the status subresource (the kubelet, the scheduler's Unschedulable). */
  subresource?: 'status';
}

export interface ManagedFieldsEntry {
  apiVersion: string;
  fieldsType: 'FieldsV1';
  fieldsV1: FieldsV1;
  manager: string;
  operation: 'Update' | 'Apply';
  subresource?: string;
  time: string;
}

// stripmeta.go NewStripMetaManager: server-owned metadata is never anyone's field.
const STRIPPED: FieldSet = (() => {
  const set = emptySet();
  insertPath(set, ['f:apiVersion']);
  insertPath(set, ['f:kind']);
  insertPath(set, ['f:metadata']);
  for (const field of [
    'name',
    'namespace',
    'creationTimestamp',
    'selfLink',
    'uid',
    'clusterName',
    'generation',
    'managedFields',
    'resourceVersion',
  ])
    insertPath(set, ['f:metadata', `f:${field}`]);
  return set;
})();

// The strategies' GetResetFields (pkg/registry/core/{pod,persistentvolume,persistentvolumeclaim,
// namespace}/strategy.go): a write to the main resource cannot own status, nor a status write spec.
function resetFields(kind: string, writer: FieldWriter): string[][] {
  if (writer.subresource !== 'status') return [['f:status']];
  if (kind === 'Pod') return [['f:spec'], ['f:metadata', 'f:deletionTimestamp'], ['f:metadata', 'f:ownerReferences']];
  return [['f:spec']];
}

/**
 * What `scope.Creater.New(kind)` gives as the "live" object of a create, as the unstructured
 * converter writes a zero value: fields without omitempty, and non-pointer structs, are present.
 */
function zeroObject(kind: string): object {
  const metadata = { creationTimestamp: null };
  switch (kind) {
    case 'Pod':
      return { metadata, spec: { containers: null }, status: {} };
    case 'PersistentVolumeClaim':
      return { metadata, spec: { resources: {} }, status: {} };
    case 'Node':
    case 'PersistentVolume':
    case 'Namespace':
      return { metadata, spec: {}, status: {} };
    case 'Event':
      return {
        metadata,
        involvedObject: {},
        source: {},
        firstTimestamp: null,
        lastTimestamp: null,
        eventTime: null,
        reportingComponent: '',
        reportingInstance: '',
      };
    default:
      return { metadata };
  }
}

interface Managed {
  entry: Omit<ManagedFieldsEntry, 'fieldsV1'>;
  set: FieldSet;
}

const identity = (e: { manager: string; operation: string; subresource?: string }) =>
  `${e.manager}\u0000${e.operation}\u0000${e.subresource ?? ''}`;

function decode(entries: readonly ManagedFieldsEntry[] | undefined): Map<string, Managed> {
  const managers = new Map<string, Managed>();
  for (const { fieldsV1, ...entry } of entries ?? [])
    managers.set(identity(entry), { entry, set: fromFieldsV1(fieldsV1) });
  return managers;
}

// managedfields.go sortEncodedManagedFields: by operation, then time (seconds), manager, version, subresource.
function encode(managers: Map<string, Managed>): ManagedFieldsEntry[] {
  const order = (e: Managed['entry']) => [e.operation, e.time, e.manager, e.apiVersion, e.subresource ?? ''];
  return [...managers.values()]
    .sort((a, b) => {
      const x = order(a.entry);
      const y = order(b.entry);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return 0;
    })
    .map(({ entry, set }) => {
      const { apiVersion, manager, operation, subresource, time } = entry;
      return {
        apiVersion,
        fieldsType: 'FieldsV1' as const,
        fieldsV1: toFieldsV1(set),
        manager,
        operation,
        ...(subresource ? { subresource } : {}),
        time,
      };
    });
}

/**
 * The managedFields after `writer` turned `live` into `next` (undefined `live`: a create), at
 * `time` (RFC 3339 seconds). Neither object is changed.
 */
export function managedFieldsAfterWrite(
  kind: string,
  live: KubeObject | undefined,
  next: KubeObject,
  writer: FieldWriter,
  time: string,
): ManagedFieldsEntry[] {
  const managers = decode(live?.metadata?.managedFields as ManagedFieldsEntry[] | undefined);
  const reset = resetFields(kind, writer);
  const compared = compareObjects(kind, live ?? zeroObject(kind), next);
  const added = withoutSubtrees(compared.added, reset);
  const modified = withoutSubtrees(compared.modified, reset);
  const removed = withoutSubtrees(compared.removed, reset);
  const self = identity({ manager: writer.manager, operation: 'Update', subresource: writer.subresource });
  const taken = union(added, modified);
  // Updater.update with force: others lose what this write changed, everyone what it removed.
  for (const [key, managed] of managers) {
    let set = difference(managed.set, removed);
    if (key !== self) set = difference(set, intersection(set, taken));
    if (isEmptySet(set)) managers.delete(key);
    else managed.set = set;
  }
  const claimed = difference(difference(taken, removed), STRIPPED);
  if (!isEmptySet(claimed)) {
    const previous = managers.get(self);
    managers.set(self, {
      entry: {
        apiVersion: next.apiVersion ?? 'v1',
        fieldsType: 'FieldsV1',
        manager: writer.manager,
        operation: 'Update',
        ...(writer.subresource ? { subresource: writer.subresource } : {}),
        time,
      },
      set: previous ? union(previous.set, claimed) : claimed,
    });
  }
  return encode(capUpdateManagers(managers));
}

/** DefaultMaxUpdateManagers in k8s.io/apimachinery pkg/util/managedfields/internal/capmanagers.go. */
export const MAX_UPDATE_MANAGERS = 10;
const ANCIENT_CHANGES = 'ancient-changes';

// BuildManagerIdentifier (managedfields/internal/managedfields.go): the entry as JSON without its
// fields, type and time; capUpdateManagers breaks ties between equal times with it.
const managerIdentifier = (e: Managed['entry']) =>
  JSON.stringify({
    manager: e.manager,
    operation: e.operation,
    apiVersion: e.apiVersion,
    ...(e.subresource ? { subresource: e.subresource } : {}),
  });

const unixSeconds = (time: string) => Math.floor((parseTime(time) ?? 0) / 1000);

/**
 * capManagersManager.capUpdateManagers: past MAX_UPDATE_MANAGERS Update entries, the oldest
 * ones (by time in seconds, then identifier) are merged, per apiVersion, into one "ancient-changes"
 * entry that takes the time of the newest entry merged into it. Mirrors the upstream loop
 * step by step: the first entry of a version only moves into the bucket once a second one of
 * that version is merged.
 */
function capUpdateManagers(managers: Map<string, Managed>): Map<string, Managed> {
  const updaters = [...managers.entries()].filter(([, m]) => m.entry.operation === 'Update');
  if (updaters.length <= MAX_UPDATE_MANAGERS) return managers;
  const sortKey = new Map(updaters.map(([key, m]) => [key, [unixSeconds(m.entry.time), managerIdentifier(m.entry)]]));
  const order = updaters
    .map(([key]) => key)
    .sort((a, b) => {
      const [ta, ia] = sortKey.get(a)!;
      const [tb, ib] = sortKey.get(b)!;
      if (ta !== tb) return (ta as number) - (tb as number);
      return ia! < ib! ? -1 : ia! > ib! ? 1 : 0;
    });
  const firstOfVersion = new Map<string, string>();
  let length = order.length;
  for (let i = 0; i < order.length && length > MAX_UPDATE_MANAGERS; i++) {
    const key = order[i]!;
    const merged = managers.get(key)!;
    const version = merged.entry.apiVersion;
    const bucketEntry = { apiVersion: version, fieldsType: 'FieldsV1' as const, manager: ANCIENT_CHANGES };
    const bucket = identity({ ...bucketEntry, operation: 'Update' });
    const first = firstOfVersion.get(version);
    if (first === undefined) {
      firstOfVersion.set(version, key);
      continue;
    }
    if (!managers.has(bucket)) {
      managers.set(bucket, managers.get(first)!);
      managers.delete(first);
    }
    const set = union(merged.set, managers.get(bucket)!.set);
    managers.set(bucket, { entry: { ...bucketEntry, operation: 'Update', time: merged.entry.time }, set });
    // Upstream stores the bucket and then deletes `key`: when `key` is an older bucket, newer
    // than another entry of its version, the bucket goes. Mirrored as it is.
    managers.delete(key);
    length--;
  }
  return managers;
}
