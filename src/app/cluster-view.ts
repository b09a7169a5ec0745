// Turns the cluster's objects into the picture the learner sees: nodes as boxes with their
// allocatable and requested CPU and memory, Pods as cards on them (STATUS, READY and RESTARTS as
// `kubectl get pods` says them), Pending Pods beside the nodes with the scheduler's reason, and
// every volume placed where its data lives (inside the Pod, on the node, or outside the nodes).
//
// Pure functions over v1 objects; the store in cluster-view-store.ts decides when to call them.

import type { Node, PersistentVolume, PersistentVolumeClaim, Pod } from '../sim/api';
import { milliCores, quantityValue } from '../sim/apiserver/quantity';
import { summarizePod } from '../kubectl/print/pod-status';

export type Tone = 'ok' | 'warn' | 'bad' | 'idle';

export interface ContainerChip {
  name: string;
  /** Init containers run before the others; sidecars are init containers that keep running. */
  role: 'init' | 'sidecar' | 'main';
  state: 'waiting' | 'running' | 'terminated' | 'none';
  /** The state's reason as kubectl describe shows it ("CrashLoopBackOff", "OOMKilled", "Completed"). */
  reason?: string;
  exitCode?: number;
  ready: boolean;
  restartCount: number;
  tone: Tone;
}

/** Where a volume's data lives decides what it survives. */
export type VolumePlace = 'pod' | 'node' | 'remote' | 'api';

export interface VolumeChip {
  name: string;
  /** The volume source's field name: emptyDir, hostPath, persistentVolumeClaim, nfs, configMap, … */
  type: string;
  place: VolumePlace;
  /** A short detail: the host path, the claim name, the NFS server. */
  detail: string;
  survives: { containerRestart: boolean; podDeletion: boolean; moveToAnotherNode: boolean };
}

export interface PodCard {
  /** "namespace/name": stable across updates, the React key. */
  key: string;
  uid: string;
  namespace: string;
  name: string;
  nodeName?: string;
  phase: string;
  /** STATUS, READY as kubectl prints them (time-independent). */
  status: string;
  ready: string;
  /** The RESTARTS count; the "(71s ago)" part depends on the time and is rendered separately. */
  restartCount: number;
  tone: Tone;
  containers: ContainerChip[];
  volumes: VolumeChip[];
  /** When the grace period of a deleted Pod ends (epoch ms), and how long it was. */
  terminating?: { deadline: number; graceSeconds: number };
  /** Why a Pod waits outside the nodes (the PodScheduled condition's reason and message). */
  pending?: { reason: string; message: string };
  requests: { cpuMilli: number; memoryBytes: number };
  /** The whole object, for the details panel (it is immutable: a new object arrives on every change). */
  pod: Pod;
}

export interface NodeBox {
  name: string;
  ready: boolean;
  cpu: { allocatableMilli: number; requestedMilli: number };
  memory: { allocatableBytes: number; requestedBytes: number };
  pods: PodCard[];
  /** hostPath volumes of the Pods on this node: the data stays on this node. */
  hostPaths: { path: string; pods: string[] }[];
}

export interface RemoteDisk {
  /** The claim or share name as the learner wrote it. */
  name: string;
  type: string;
  detail: string;
  /** Pods mounting it now, "namespace/name". */
  usedBy: string[];
  phase?: string;
}

export interface ClusterPicture {
  nodes: NodeBox[];
  /** Pods with no node yet, waiting beside the nodes. */
  pending: PodCard[];
  remoteDisks: RemoteDisk[];
}

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];
type Container = NonNullable<Pod['spec']>['containers'][number];
type Volume = NonNullable<NonNullable<Pod['spec']>['volumes']>[number];

const BAD_REASONS = new Set([
  'CrashLoopBackOff',
  'Error',
  'OOMKilled',
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
  'StartError',
  'ContainerCannotRun',
]);

function parseTimeMs(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function containerChip(
  status: ContainerStatus | undefined,
  name: string,
  role: ContainerChip['role'],
): ContainerChip {
  const restartCount = status?.restartCount ?? 0;
  const ready = status?.ready ?? false;
  const s = status?.state;
  if (s?.running) {
    // Running but not (yet) ready: readiness or startup probe still failing.
    return { name, role, state: 'running', ready, restartCount, tone: ready || role === 'init' ? 'ok' : 'warn' };
  }
  if (s?.terminated) {
    const reason = s.terminated.reason || (s.terminated.exitCode === 0 ? 'Completed' : 'Error');
    const tone: Tone = s.terminated.exitCode === 0 ? 'idle' : 'bad';
    return { name, role, state: 'terminated', reason, exitCode: s.terminated.exitCode, ready, restartCount, tone };
  }
  if (s?.waiting) {
    const reason = s.waiting.reason || 'Waiting';
    return {
      name,
      role,
      state: 'waiting',
      reason,
      ready,
      restartCount,
      tone: BAD_REASONS.has(reason) ? 'bad' : 'warn',
    };
  }
  return { name, role, state: 'none', ready, restartCount, tone: 'idle' };
}

function statusTone(status: string, ready: string, phase: string): Tone {
  if (
    status === 'Terminating' ||
    status === 'Pending' ||
    status === 'ContainerCreating' ||
    status.startsWith('Init:')
  ) {
    return BAD_REASONS.has(status.slice('Init:'.length)) ? 'bad' : 'warn';
  }
  if (BAD_REASONS.has(status) || phase === 'Failed' || status === 'Unknown') return 'bad';
  if (status === 'Completed' || phase === 'Succeeded') return 'idle';
  const [readyCount, total] = ready.split('/');
  if (status === 'Running' && readyCount === total) return 'ok';
  return 'warn';
}

export function volumeChip(volume: Volume): VolumeChip {
  const { name, ...sources } = volume;
  const type = Object.keys(sources).find((k) => (sources as Record<string, unknown>)[k] != null) ?? 'unknown';
  const kept = (containerRestart: boolean, podDeletion: boolean, moveToAnotherNode: boolean) => ({
    containerRestart,
    podDeletion,
    moveToAnotherNode,
  });
  switch (type) {
    case 'emptyDir':
      // Created when the Pod lands on a node, removed with the Pod (k8s docs: Volumes, emptyDir).
      return {
        name,
        type,
        place: 'pod',
        detail: volume.emptyDir?.medium === 'Memory' ? 'tmpfs (Memory)' : 'empty dir',
        survives: kept(true, false, false),
      };
    case 'hostPath':
      // Lives on the node's disk: survives the Pod, but a Pod scheduled elsewhere sees another disk.
      return { name, type, place: 'node', detail: volume.hostPath?.path ?? '', survives: kept(true, true, false) };
    case 'persistentVolumeClaim':
      return {
        name,
        type,
        place: 'remote',
        detail: volume.persistentVolumeClaim?.claimName ?? '',
        survives: kept(true, true, true),
      };
    case 'nfs':
      return {
        name,
        type,
        place: 'remote',
        detail: `${volume.nfs?.server ?? ''}:${volume.nfs?.path ?? ''}`,
        survives: kept(true, true, true),
      };
    case 'configMap':
    case 'secret':
    case 'projected':
    case 'downwardAPI':
      // Projected from API objects: rebuilt wherever the Pod runs; the files are not the Pod's data.
      return {
        name,
        type,
        place: 'api',
        detail: volume.configMap?.name ?? volume.secret?.secretName ?? '',
        survives: kept(true, true, true),
      };
    default:
      return { name, type, place: 'remote', detail: '', survives: kept(true, true, true) };
  }
}

/** The scheduler's requests for a Pod: max(largest init container, sum of the others) per resource. */
export function podRequests(pod: Pod): { cpuMilli: number; memoryBytes: number } {
  const sum = (containers: readonly Container[]) =>
    containers.reduce(
      (acc, c) => ({
        cpuMilli: acc.cpuMilli + requestOf(c, 'cpu'),
        memoryBytes: acc.memoryBytes + requestOf(c, 'memory'),
      }),
      { cpuMilli: 0, memoryBytes: 0 },
    );
  const main = sum(pod.spec?.containers ?? []);
  let cpuMilli = main.cpuMilli;
  let memoryBytes = main.memoryBytes;
  for (const init of pod.spec?.initContainers ?? []) {
    cpuMilli = Math.max(cpuMilli, requestOf(init, 'cpu'));
    memoryBytes = Math.max(memoryBytes, requestOf(init, 'memory'));
  }
  return { cpuMilli, memoryBytes };
}

/** A container's request for a resource; a limit alone stands in for the request (API defaulting). */
function requestOf(container: Container, resource: 'cpu' | 'memory'): number {
  const raw = container.resources?.requests?.[resource] ?? container.resources?.limits?.[resource];
  if (raw === undefined) return 0;
  return resource === 'cpu' ? milliCores(raw) : Math.round(quantityValue(raw) ?? 0);
}

export function podCard(pod: Pod): PodCard {
  const namespace = pod.metadata?.namespace ?? 'default';
  const name = pod.metadata?.name ?? '';
  // STATUS and READY do not depend on the time; RESTARTS' "(… ago)" does, so only its count is kept.
  const summary = summarizePod(pod, 0);
  const restartCount = Number.parseInt(summary.restarts, 10) || 0;
  const statuses = new Map<string, ContainerStatus>();
  for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    statuses.set(s.name, s);
  }
  const containers: ContainerChip[] = [
    ...(pod.spec?.initContainers ?? []).map((c) =>
      containerChip(statuses.get(c.name), c.name, c.restartPolicy === 'Always' ? 'sidecar' : 'init'),
    ),
    ...(pod.spec?.containers ?? []).map((c) => containerChip(statuses.get(c.name), c.name, 'main')),
  ];
  const deletionAt = parseTimeMs(pod.metadata?.deletionTimestamp);
  const terminating =
    deletionAt !== undefined && summary.status === 'Terminating'
      ? { deadline: deletionAt, graceSeconds: pod.metadata?.deletionGracePeriodSeconds ?? 0 }
      : undefined;
  const scheduled = (pod.status?.conditions ?? []).find((c) => c.type === 'PodScheduled');
  const pending =
    !pod.spec?.nodeName && scheduled?.status === 'False'
      ? { reason: scheduled.reason ?? 'Unschedulable', message: scheduled.message ?? '' }
      : !pod.spec?.nodeName
        ? { reason: 'Scheduling', message: 'waiting for the scheduler' }
        : undefined;
  return {
    key: `${namespace}/${name}`,
    uid: pod.metadata?.uid ?? '',
    namespace,
    name,
    nodeName: pod.spec?.nodeName || undefined,
    phase: pod.status?.phase ?? 'Pending',
    status: summary.status,
    ready: summary.ready,
    restartCount,
    tone: statusTone(summary.status, summary.ready, pod.status?.phase ?? ''),
    containers,
    volumes: (pod.spec?.volumes ?? []).map(volumeChip),
    terminating,
    pending,
    requests: podRequests(pod),
    pod,
  };
}

function nodeReady(node: Node): boolean {
  return (node.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/**
 * Lays cards out on nodes. `cards` should come from a cache keyed by Pod (see cluster-view-store),
 * so an unchanged Pod keeps the same card object and its React component does not re-render.
 */
export function buildPicture(
  nodes: readonly Node[],
  cards: readonly PodCard[],
  claims: readonly PersistentVolumeClaim[] = [],
  volumes: readonly PersistentVolume[] = [],
): ClusterPicture {
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const boxes = new Map<string, NodeBox>();
  for (const node of [...nodes].sort((a, b) =>
    byName({ name: a.metadata?.name ?? '' }, { name: b.metadata?.name ?? '' }),
  )) {
    const name = node.metadata?.name ?? '';
    const allocatable = node.status?.allocatable ?? node.status?.capacity ?? {};
    boxes.set(name, {
      name,
      ready: nodeReady(node),
      cpu: { allocatableMilli: milliCores(allocatable.cpu ?? '0'), requestedMilli: 0 },
      memory: { allocatableBytes: Math.round(quantityValue(allocatable.memory ?? '0') ?? 0), requestedBytes: 0 },
      pods: [],
      hostPaths: [],
    });
  }

  const pending: PodCard[] = [];
  const remote = new Map<string, RemoteDisk>();
  for (const claim of claims) {
    const key = `${claim.metadata?.namespace ?? 'default'}/${claim.metadata?.name ?? ''}`;
    remote.set(`pvc:${key}`, {
      name: claim.metadata?.name ?? '',
      type: 'persistentVolumeClaim',
      detail: claim.spec?.volumeName ? `bound to ${claim.spec.volumeName}` : 'not bound',
      usedBy: [],
      phase: claim.status?.phase,
    });
  }
  const sortedCards = [...cards].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const card of sortedCards) {
    const box = card.nodeName ? boxes.get(card.nodeName) : undefined;
    if (!box) {
      if (!card.nodeName) pending.push(card);
      continue;
    }
    box.pods.push(card);
    // Finished Pods no longer hold their requests on the node (scheduler's NodeInfo skips them).
    if (card.phase !== 'Succeeded' && card.phase !== 'Failed') {
      box.cpu.requestedMilli += card.requests.cpuMilli;
      box.memory.requestedBytes += card.requests.memoryBytes;
    }
    for (const volume of card.volumes) {
      if (volume.type === 'hostPath') {
        const existing = box.hostPaths.find((h) => h.path === volume.detail);
        if (existing) existing.pods.push(card.key);
        else box.hostPaths.push({ path: volume.detail, pods: [card.key] });
      } else if (volume.place === 'remote') {
        const id =
          volume.type === 'persistentVolumeClaim'
            ? `pvc:${card.namespace}/${volume.detail}`
            : `${volume.type}:${volume.detail}`;
        const disk = remote.get(id) ?? {
          name: volume.detail || volume.name,
          type: volume.type,
          detail: '',
          usedBy: [],
        };
        disk.usedBy.push(card.key);
        remote.set(id, disk);
      }
    }
  }
  for (const pv of volumes) {
    const claimRef = pv.spec?.claimRef;
    if (claimRef && remote.has(`pvc:${claimRef.namespace ?? 'default'}/${claimRef.name ?? ''}`)) continue;
    remote.set(`pv:${pv.metadata?.name ?? ''}`, {
      name: pv.metadata?.name ?? '',
      type: 'persistentVolume',
      detail: pv.status?.phase ?? '',
      usedBy: [],
      phase: pv.status?.phase,
    });
  }
  return { nodes: [...boxes.values()], pending, remoteDisks: [...remote.values()] };
}
