// The object store behind the API: one map per kind, a cluster-wide resourceVersion counter, and
// the watch fan-out. Internal controllers mutate stored objects in place and call `modified`;
// everything handed outside is a copy, so no caller can change the cluster behind its back.
// A controller that names itself as the writer (the kubelet's status updates) gets the fields
// it changed since the last stored version recorded in managedFields, as the API server would.
import type { Kind, KubeObject, WatchEvent } from '../api';
import { mut } from '../mutable';
import { rfc3339 } from '../time-format';
import { managedFieldsAfterWrite, type FieldWriter } from './managed-fields';

export const NAMESPACED: Record<Kind, boolean> = {
  Pod: true,
  Event: true,
  PersistentVolumeClaim: true,
  Node: false,
  PersistentVolume: false,
  Namespace: false,
};

/** Deep copy of a JSON value (objects, arrays, primitives); undefined members are dropped as JSON would. */
export function copyObject<T>(obj: T): T {
  return copyValue(obj) as T;
}

function copyValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = value[i] === undefined ? null : copyValue(value[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = copyValue(v);
  }
  return out;
}

function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

// Events are the most written kind: the recorder keeps their managedFields itself (events.ts),
// so the store keeps no copy of them to compare with.

export class ObjectStore {
  private byKind = new Map<Kind, Map<string, KubeObject>>();
  private version = 1000;
  private listeners = new Set<(event: WatchEvent) => void>();
  /** Each object as last stored: what a controller's next write is compared with. */
  private stored = new WeakMap<KubeObject, KubeObject>();

  /** `now` is the cluster clock's, read only when a controller writes. */
  constructor(private readonly now: () => number = () => 0) {
    for (const kind of Object.keys(NAMESPACED) as Kind[]) this.byKind.set(kind, new Map());
  }

  nextResourceVersion(): string {
    return String(++this.version);
  }

  currentResourceVersion(): string {
    return String(this.version);
  }

  /** The stored object itself (internal use only: mutate, then call `modified`). */
  find<T extends KubeObject>(kind: Kind, namespace: string | undefined, name: string): T | undefined {
    return this.byKind.get(kind)!.get(keyOf(NAMESPACED[kind] ? namespace : undefined, name)) as T | undefined;
  }

  /** Stored objects of a kind in key order (namespace, then name), as etcd returns them. */
  all<T extends KubeObject>(kind: Kind, namespace?: string): T[] {
    const out: T[] = [];
    for (const obj of this.byKind.get(kind)!.values()) {
      if (namespace === undefined || obj.metadata?.namespace === namespace) out.push(obj as T);
    }
    return out.sort((a, b) => compareKeys(a, b));
  }

  count(kind: Kind): number {
    return this.byKind.get(kind)!.size;
  }

  add(obj: KubeObject): void {
    mut(obj.metadata!).resourceVersion = this.nextResourceVersion();
    this.remember(obj);
    this.byKind.get(obj.kind as Kind)!.set(keyOf(obj.metadata!.namespace, obj.metadata!.name!), obj);
    this.emit('ADDED', obj);
  }

  /**
   * Records an in-place change: bumps resourceVersion and tells watchers. With a `writer`, the
   * fields it changed are recorded in managedFields; without one (the binding subresource, a
   * deletion) the change is nobody's, as those server-side paths record none.
   */
  modified(obj: KubeObject, writer?: FieldWriter): void {
    const before = this.stored.get(obj);
    if (writer && before) {
      const managedFields = managedFieldsAfterWrite(obj.kind!, before, obj, writer, rfc3339(this.now()));
      mut(obj.metadata!).managedFields = managedFields;
    }
    mut(obj.metadata!).resourceVersion = this.nextResourceVersion();
    this.remember(obj);
    this.emit('MODIFIED', obj);
  }

  private remember(obj: KubeObject): void {
    if (obj.kind !== 'Event') this.stored.set(obj, copyObject(obj));
  }

  replace(obj: KubeObject): void {
    mut(obj.metadata!).resourceVersion = this.nextResourceVersion();
    this.remember(obj);
    this.byKind.get(obj.kind as Kind)!.set(keyOf(obj.metadata!.namespace, obj.metadata!.name!), obj);
    this.emit('MODIFIED', obj);
  }

  remove(obj: KubeObject): void {
    const map = this.byKind.get(obj.kind as Kind)!;
    const key = keyOf(obj.metadata!.namespace, obj.metadata!.name!);
    if (map.get(key) !== obj) return;
    map.delete(key);
    mut(obj.metadata!).resourceVersion = this.nextResourceVersion();
    this.emit('DELETED', obj);
  }

  watch(listener: (event: WatchEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(type: WatchEvent['type'], obj: KubeObject): void {
    if (this.listeners.size === 0) return;
    // One copy per change, shared by every listener: cheap when nobody watches.
    const event: WatchEvent = { type, object: copyObject(obj) };
    for (const listener of [...this.listeners]) listener(event);
  }
}

function compareKeys(a: KubeObject, b: KubeObject): number {
  const na = a.metadata?.namespace ?? '';
  const nb = b.metadata?.namespace ?? '';
  if (na !== nb) return na < nb ? -1 : 1;
  const ma = a.metadata?.name ?? '';
  const mb = b.metadata?.name ?? '';
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}
