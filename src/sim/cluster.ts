// The simulated cluster: one API server over one store, the scheduler, the volume binder and a
// kubelet per node, all driven by one SimClock. Everything a client may do goes through ClusterApi.
import type { Pod } from 'kubernetes-types/core/v1';
import type {
  ApiResult,
  ClusterApi,
  DeleteOptions,
  ExecOptions,
  Kind,
  KubeObject,
  ListOptions,
  LogReadOptions,
  LogStream,
  NodeMetrics,
  PodMetrics,
  ServerInfo,
  WatchEvent,
  WriteOptions,
} from './api';
import type { HttpRequest, HttpResponse, ImageCatalog, NetError, ProcessHandle, ProcessIO } from './program';
import { SimClock } from './clock';
import { SeededRandom } from './random';
import { ObjectStore } from './apiserver/store';
import { ApiServer } from './apiserver/apiserver';
import { EventRecorder } from './events';
import { Scheduler } from './controllers/scheduler';
import { VolumeBinder } from './controllers/volume-binder';
import { PodGarbageCollector } from './controllers/pod-gc';
import { Kubelets } from './kubelet/kubelet';
import type { NodeRuntime, KubeletContext } from './kubelet/context';
import type { ProbeResult } from './kubelet/prober';
import { VolumeStorage } from './kubelet/volumes';
import {
  buildNamespace,
  buildNode,
  DEFAULT_NODES,
  KUBELET_VERSION,
  withRegistrationHistory,
  type NodeSpecOption,
} from './nodes';
import { createImageCatalog } from './images';
import { corednsPod, kubeProxyPod, withAddonImages } from './system-pods';
import { milliCores, quantityValue } from './apiserver/quantity';
import { scrapedPodMetrics } from './metrics-server';
import { watchExecStart } from './exec-stream';
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';

export const DEFAULT_START_TIME = Date.UTC(2026, 10, 22, 10, 0, 0);
/** How long before "now" the cluster was set up (node and namespace ages in `kubectl get`). */
export const CLUSTER_AGE_MS = 6 * 60 * 60 * 1000;
/** The add-ons are deployed a minute after the nodes join. */
const ADDONS_AFTER_MS = 60_000;

export interface ClusterOptions {
  /** Simulated "now" at creation, epoch ms (default 2026-11-22T10:00:00Z; the app passes the real time). */
  startTime?: number;
  /** Seed for uids, IPs, container IDs and tie-breaks (default 1). */
  seed?: number;
  /** Where images come from (default: the catalogue in ./images). */
  images?: ImageCatalog;
  /** Worker nodes (default: node-1..3, 2 CPU / ~4 GiB / 110 pods each, hostIPs 10.0.0.11-13). */
  nodes?: readonly NodeSpecOption[];
  /** Run the kube-system add-ons (CoreDNS ×2, kube-proxy per node) from cluster set-up on (default true). */
  systemPods?: boolean;
}

export class Cluster implements ClusterApi {
  readonly clock: SimClock;
  readonly server: ServerInfo = {
    gitVersion: KUBELET_VERSION,
    controlPlaneURL: 'https://127.0.0.1:6443',
    coreDNSURL: 'https://127.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy',
  };
  readonly random: SeededRandom;
  private readonly store = new ObjectStore(() => this.clock.now());
  private readonly api: ApiServer;
  private readonly events: EventRecorder;
  private readonly scheduler: Scheduler;
  private readonly binder: VolumeBinder;
  private readonly podGC: PodGarbageCollector;
  private readonly kubelets: Kubelets;
  private readonly probeListeners = new Set<(r: ProbeResult) => void>();

  constructor(opts: ClusterOptions = {}) {
    const start = opts.startTime ?? DEFAULT_START_TIME;
    const setupAt = start - CLUSTER_AGE_MS;
    // The cluster lives from its set-up on; the clock is moved to `start` once the add-ons run.
    this.clock = new SimClock(setupAt);
    this.random = new SeededRandom(opts.seed ?? 1);
    this.events = new EventRecorder(this.store, this.clock, this.random);
    const nodeRuntimes = new Map<string, NodeRuntime>();
    for (const name of ['default', 'kube-node-lease', 'kube-public', 'kube-system'])
      this.store.add(buildNamespace(name, setupAt, this.random.uuid()));
    (opts.nodes ?? DEFAULT_NODES).forEach((option, i) => {
      const node = withRegistrationHistory(buildNode(option, i, setupAt, this.random.uuid(), this.random.hex(32)));
      this.store.add(node);
      nodeRuntimes.set(option.name, {
        name: option.name,
        hostIP: option.hostIP,
        podSubnet: i + 1,
        images: new Set(),
        usedIPs: new Set(),
        pullBusyUntil: 0,
        pullsQueued: new Map(),
        nextIP: 2,
        allocatableCpuMilli: milliCores(node.status?.allocatable?.cpu),
        allocatableMemory: quantityValue(node.status?.allocatable?.memory) ?? 0,
      });
    });
    const ctx: KubeletContext = {
      clock: this.clock,
      random: this.random,
      store: this.store,
      events: this.events,
      images: withAddonImages(opts.images ?? createImageCatalog()),
      storage: new VolumeStorage(),
      probeListeners: this.probeListeners,
      boundVolume: (namespace, claimName) => this.boundVolume(namespace, claimName),
      podGone: (pod) => {
        if (!this.store.find('Pod', pod.metadata?.namespace, pod.metadata!.name!)) this.kubelets.forget(pod);
        // The scheduler's cache drops a Pod once it is terminal, as if it were deleted.
        this.scheduler.clusterChanged({ kind: 'AssignedPodDelete', pod });
        if (pod.spec?.volumes?.some((v) => v.persistentVolumeClaim)) this.binder.changed();
      },
    };
    this.kubelets = new Kubelets(ctx, nodeRuntimes);
    this.scheduler = new Scheduler(this.store, this.clock, this.random, this.events, (pod) =>
      this.kubelets.podBound(pod),
    );
    this.binder = new VolumeBinder(this.store, this.clock, this.events, () =>
      this.scheduler.clusterChanged({ kind: 'StorageChange' }),
    );
    this.api = new ApiServer(this.store, this.clock, this.random, {
      // A Pod that names its node skips the scheduler: that node's kubelet runs it (or nothing does).
      podCreated: (pod) => {
        if (!pod.spec?.nodeName) return this.scheduler.add(pod);
        this.kubelets.podBound(pod);
        this.podGC.podBound(pod);
      },
      podSpecUpdated: (pod) => (pod.spec?.nodeName ? this.kubelets.podSpecUpdated(pod) : this.scheduler.add(pod)),
      podDeletionRequested: (pod) => this.kubelets.podDeletionRequested(pod),
      podRemoved: (pod) => {
        this.scheduler.forget(pod);
        this.kubelets.podRemoved(pod);
        if (pod.spec?.nodeName) this.scheduler.clusterChanged({ kind: 'AssignedPodDelete', pod });
        if (pod.spec?.volumes?.some((v) => v.persistentVolumeClaim)) this.binder.changed();
      },
      storageChanged: () => this.binder.changed(),
    });
    this.podGC = new PodGarbageCollector(this.store, this.clock, (pod) => {
      this.api.delete('Pod', pod.metadata?.namespace, pod.metadata!.name!, { gracePeriodSeconds: 0 });
    });
    if (opts.systemPods !== false) {
      this.clock.advanceBy(ADDONS_AFTER_MS);
      for (const option of opts.nodes ?? DEFAULT_NODES) this.api.create(kubeProxyPod(this.random, option.name));
      for (let i = 0; i < 2; i++) this.api.create(corednsPod(this.random));
    }
    this.clock.advanceTo(start);
  }

  private boundVolume(namespace: string, claimName: string) {
    const claim = this.store.find<PersistentVolumeClaim>('PersistentVolumeClaim', namespace, claimName);
    if (claim?.status?.phase !== 'Bound' || !claim.spec?.volumeName) return undefined;
    const pv = this.store.find<PersistentVolume>('PersistentVolume', undefined, claim.spec.volumeName);
    if (!pv) return undefined;
    return {
      name: pv.metadata!.name!,
      ...(pv.spec?.nfs ? { nfs: { server: pv.spec.nfs.server, path: pv.spec.nfs.path } } : {}),
      ...(pv.spec?.hostPath ? { hostPath: { path: pv.spec.hostPath.path } } : {}),
    };
  }

  create(obj: unknown, opts?: WriteOptions): ApiResult<KubeObject> {
    return this.api.create(obj, opts);
  }

  update(obj: unknown, opts?: WriteOptions): ApiResult<KubeObject> {
    const result = this.api.update(obj, opts);
    // New node labels or taints may let a Pending Pod fit.
    if (result.ok && result.value.kind === 'Node') this.scheduler.clusterChanged({ kind: 'NodeChange' });
    return result;
  }

  get(kind: Kind, namespace: string | undefined, name: string): ApiResult<KubeObject> {
    if (kind === 'Event') this.events.purgeExpired();
    return this.api.get(kind, namespace, name);
  }

  list(kind: Kind, namespace: string | undefined, opts?: ListOptions): ApiResult<KubeObject[]> {
    if (kind === 'Event') this.events.purgeExpired();
    return this.api.list(kind, namespace, opts);
  }

  delete(kind: Kind, namespace: string | undefined, name: string, opts?: DeleteOptions): ApiResult<KubeObject> {
    return this.api.delete(kind, namespace, name, opts);
  }

  watch(listener: (event: WatchEvent) => void): () => void {
    return this.store.watch(listener);
  }

  /** The same stream as `watch` (the UI's name for it). */
  onClusterEvent(listener: (event: WatchEvent) => void): () => void {
    return this.store.watch(listener);
  }

  /** Every probe attempt as it happens (for the probe timeline). Returns an unsubscribe function. */
  onProbe(listener: (r: ProbeResult) => void): () => void {
    this.probeListeners.add(listener);
    return () => this.probeListeners.delete(listener);
  }

  readLogs(namespace: string, pod: string, opts: LogReadOptions): ApiResult<LogStream> {
    return this.kubelets.readLogs(namespace, pod, opts);
  }

  exec(
    namespace: string,
    pod: string,
    argv: readonly string[],
    io: ProcessIO,
    opts: ExecOptions,
  ): ApiResult<ProcessHandle> {
    const watch = watchExecStart(io, `${namespace}/${pod}/${this.clock.now()}/${argv.join(' ')}`);
    const started = this.kubelets.exec(namespace, pod, argv, watch.io, opts);
    const failure = watch.failure();
    return failure ? { ok: false, error: failure } : started;
  }

  portForward(namespace: string, pod: string, port: number, req: HttpRequest): ApiResult<HttpResponse | NetError> {
    return this.kubelets.portForward(namespace, pod, port, req);
  }

  podMetrics(namespace: string | undefined): ApiResult<PodMetrics[]> {
    const pods = this.store.all<Pod>('Pod', namespace);
    return { ok: true, value: scrapedPodMetrics(this.kubelets.podMetrics(namespace), pods, this.clock.now()) };
  }

  nodeMetrics(): ApiResult<NodeMetrics[]> {
    return { ok: true, value: this.kubelets.nodeMetrics() };
  }

  /** Why a Pod is Pending, in the scheduler's words (the PodScheduled condition's message), if it is unschedulable. */
  schedulingProblem(namespace: string, name: string): string | undefined {
    const pod = this.store.find<Pod>('Pod', namespace, name);
    return pod?.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False')?.message;
  }
}
