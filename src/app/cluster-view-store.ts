// Keeps the cluster picture up to date from the API's watch stream. Changes are collected and
// turned into a new picture once per burst (one microtask after the clock's advance, so at 30× a
// frame that runs a hundred Pod updates rebuilds the picture once). A Pod that did not change keeps
// its card object, so React's memo skips it.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClusterApi, KubeObject, Node, PersistentVolume, PersistentVolumeClaim, Pod } from '../sim/api';
import { buildPicture, podCard, type ClusterPicture, type PodCard } from './cluster-view';

export interface ClusterViewState {
  picture: ClusterPicture;
  /** Counts rebuilds of the picture; bumps whenever a Pod, Node or volume changed. */
  version: number;
  /** Counts Event changes, so an open details panel can refresh its event list. */
  eventsVersion: number;
  /** The Pod whose details are open ("namespace/name"). */
  selected: string | undefined;
  select(key: string | undefined): void;
  dispose(): void;
}

export type ClusterViewStore = StoreApi<ClusterViewState>;

const keyOf = (obj: KubeObject): string => `${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`;

function listOf<T extends KubeObject>(
  cluster: ClusterApi,
  kind: 'Pod' | 'Node' | 'PersistentVolume' | 'PersistentVolumeClaim',
): T[] {
  const result = cluster.list(kind, undefined);
  return result.ok ? (result.value as T[]) : [];
}

export function createClusterViewStore(
  cluster: ClusterApi,
  schedule: (flush: () => void) => void = queueMicrotask,
): ClusterViewStore {
  const pods = new Map<string, Pod>();
  const nodes = new Map<string, Node>();
  const claims = new Map<string, PersistentVolumeClaim>();
  const volumes = new Map<string, PersistentVolume>();
  // The card made from a Pod object, reused as long as the API hands out the same object.
  const cards = new Map<string, { pod: Pod; card: PodCard }>();
  let dirty = false;
  let eventsDirty = false;
  let flushQueued = false;
  let disposed = false;

  for (const p of listOf<Pod>(cluster, 'Pod')) pods.set(keyOf(p), p);
  for (const n of listOf<Node>(cluster, 'Node')) nodes.set(keyOf(n), n);
  for (const c of listOf<PersistentVolumeClaim>(cluster, 'PersistentVolumeClaim')) claims.set(keyOf(c), c);
  for (const v of listOf<PersistentVolume>(cluster, 'PersistentVolume')) volumes.set(keyOf(v), v);

  const cardFor = (key: string, pod: Pod): PodCard => {
    const cached = cards.get(key);
    if (cached && cached.pod === pod) return cached.card;
    const card = podCard(pod);
    cards.set(key, { pod, card });
    return card;
  };

  const compute = (): ClusterPicture => {
    for (const key of cards.keys()) if (!pods.has(key)) cards.delete(key);
    const podCards = [...pods].map(([key, pod]) => cardFor(key, pod));
    return buildPicture([...nodes.values()], podCards, [...claims.values()], [...volumes.values()]);
  };

  const store = createStore<ClusterViewState>()((set) => ({
    picture: compute(),
    version: 0,
    eventsVersion: 0,
    selected: undefined,
    select: (key) => set({ selected: key }),
    dispose() {
      disposed = true;
      unwatch();
    },
  }));

  const flush = (): void => {
    flushQueued = false;
    if (disposed) return;
    const state = store.getState();
    const patch: Partial<ClusterViewState> = {};
    if (dirty) {
      dirty = false;
      patch.picture = compute();
      patch.version = state.version + 1;
    }
    if (eventsDirty) {
      eventsDirty = false;
      patch.eventsVersion = state.eventsVersion + 1;
    }
    store.setState(patch);
  };

  const unwatch = cluster.watch((event) => {
    const obj = event.object;
    const key = keyOf(obj);
    const table =
      obj.kind === 'Pod'
        ? pods
        : obj.kind === 'Node'
          ? nodes
          : obj.kind === 'PersistentVolumeClaim'
            ? claims
            : obj.kind === 'PersistentVolume'
              ? volumes
              : undefined;
    if (table) {
      if (event.type === 'DELETED') table.delete(key);
      else (table as Map<string, KubeObject>).set(key, obj);
      dirty = true;
    } else if (obj.kind === 'Event') {
      eventsDirty = true;
    } else {
      return;
    }
    if (!flushQueued) {
      flushQueued = true;
      schedule(flush);
    }
  });

  return store;
}

/** The card of one Pod in a picture, wherever it is drawn. */
export function findCard(picture: ClusterPicture, key: string): PodCard | undefined {
  for (const node of picture.nodes) {
    const card = node.pods.find((p) => p.key === key);
    if (card) return card;
  }
  return picture.pending.find((p) => p.key === key);
}
