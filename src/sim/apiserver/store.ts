// The object store behind the API: one map per kind, a cluster-wide resourceVersion counter, and
// the watch fan-out. Internal controllers mutate stored objects in place and call `modified`;
// everything handed outside is a copy, so no caller can change the cluster behind its back.
import type { Kind, KubeObject, WatchEvent } from '../api';
import { mut } from '../mutable';

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

export class ObjectStore {
  private byKind = new Map<Kind, Map<string, KubeObject>>();
  private version = 1000;
  private listeners = new Set<(event: WatchEvent) => void>();

  constructor() {
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
    this.byKind.get(obj.kind as Kind)!.set(keyOf(obj.metadata!.namespace, obj.metadata!.name!), obj);
    this.emit('ADDED', obj);
  }

  /** Records an in-place change: bumps resourceVersion and tells watchers. */
  modified(obj: KubeObject): void {
    mut(obj.metadata!).resourceVersion = this.nextResourceVersion();
    this.emit('MODIFIED', obj);
  }

  replace(obj: KubeObject): void {
    mut(obj.metadata!).resourceVersion = this.nextResourceVersion();
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
