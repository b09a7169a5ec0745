import { describe, expect, it } from 'vitest';
import type { ClusterApi, KubeObject, Pod, WatchEvent } from '../sim/api';
import { createClusterViewStore, findCard } from './cluster-view-store';

/** Just enough of a cluster for the store: list and watch over a map the test edits. */
function fakeCluster(initial: KubeObject[]) {
  const objects = new Map(initial.map((o) => [`${o.kind}/${o.metadata?.name}`, o]));
  const listeners = new Set<(e: WatchEvent) => void>();
  const emit = (type: WatchEvent['type'], object: KubeObject) => {
    if (type === 'DELETED') objects.delete(`${object.kind}/${object.metadata?.name}`);
    else objects.set(`${object.kind}/${object.metadata?.name}`, object);
    for (const l of listeners) l({ type, object });
  };
  const cluster = {
    list: (kind: string) => ({ ok: true, value: [...objects.values()].filter((o) => o.kind === kind) }),
    watch: (l: (e: WatchEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  } as unknown as ClusterApi;
  return { cluster, emit, listenerCount: () => listeners.size };
}

const node = {
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: 'node-1' },
  status: { allocatable: { cpu: '2', memory: '4Gi' } },
} as const;
const pod = (name: string, phase: string, extra: Partial<Pod> = {}): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', uid: name },
  spec: { containers: [{ name: 'c', image: 'x' }], nodeName: 'node-1' },
  status: { phase },
  ...extra,
});

describe('createClusterViewStore', () => {
  it('starts from what the cluster lists and follows its watch, once per burst', () => {
    const { cluster, emit } = fakeCluster([node, pod('a', 'Running')]);
    const flushes: (() => void)[] = [];
    const store = createClusterViewStore(cluster, (f) => flushes.push(f));
    expect(store.getState().picture.nodes[0]!.pods.map((p) => p.name)).toEqual(['a']);

    emit('ADDED', pod('b', 'Pending'));
    emit('MODIFIED', pod('b', 'Running'));
    emit('DELETED', pod('a', 'Running'));
    expect(flushes).toHaveLength(1); // three changes, one rebuild
    expect(store.getState().version).toBe(0);
    flushes[0]!();
    expect(store.getState().version).toBe(1);
    expect(store.getState().picture.nodes[0]!.pods.map((p) => `${p.name}:${p.phase}`)).toEqual(['b:Running']);
  });

  it('reuses the card of a Pod that did not change, so its view need not re-render', () => {
    const unchanged = pod('steady', 'Running');
    const { cluster, emit } = fakeCluster([node, unchanged, pod('busy', 'Pending')]);
    const flushes: (() => void)[] = [];
    const store = createClusterViewStore(cluster, (f) => flushes.push(f));
    const before = findCard(store.getState().picture, 'default/steady');
    const busyBefore = findCard(store.getState().picture, 'default/busy');
    emit('MODIFIED', pod('busy', 'Running'));
    flushes.shift()!();
    expect(findCard(store.getState().picture, 'default/steady')).toBe(before);
    expect(findCard(store.getState().picture, 'default/busy')).not.toBe(busyBefore);
  });

  it('counts Event changes separately and stops listening on dispose', () => {
    const { cluster, emit, listenerCount } = fakeCluster([node]);
    const flushes: (() => void)[] = [];
    const store = createClusterViewStore(cluster, (f) => flushes.push(f));
    emit('ADDED', {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'e1', namespace: 'default' },
      involvedObject: {},
    });
    flushes.shift()!();
    expect(store.getState()).toMatchObject({ version: 0, eventsVersion: 1 });
    store.getState().dispose();
    expect(listenerCount()).toBe(0);
  });
});
