// The simulated API server's surface: what kubectl, the lessons and the UI may ask of a cluster.
// Objects are stored and returned as real v1 JSON (kubernetes-types), errors as real v1 Status
// objects, so every printer downstream works from what a real API server would have sent.

import type { Event, Namespace, Node, PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { SimClock } from './clock';
import type { HttpRequest, HttpResponse, NetError, ProcessHandle, ProcessIO, ResourceUse } from './program';

export type { Event, Namespace, Node, PersistentVolume, PersistentVolumeClaim, Pod };

export type KubeObject = Pod | Node | Event | PersistentVolume | PersistentVolumeClaim | Namespace;

/** The kinds this cluster serves, as the API names them. */
export type Kind = 'Pod' | 'Node' | 'Event' | 'PersistentVolume' | 'PersistentVolumeClaim' | 'Namespace';

/** A v1 Status, exactly as the API server returns it for a failed request. */
export interface StatusError {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason:
    | 'NotFound'
    | 'AlreadyExists'
    | 'Invalid'
    | 'BadRequest'
    | 'Conflict'
    | 'Forbidden'
    | 'MethodNotAllowed'
    | 'InternalError'
    | 'Timeout';
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    causes?: { reason: string; message: string; field?: string }[];
  };
  code: number;
}

export type ApiResult<T> = { ok: true; value: T; warnings?: string[] } | { ok: false; error: StatusError };

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: KubeObject;
}

export interface WriteOptions {
  /** dryRun=All: validate and default, store nothing. */
  dryRun?: boolean;
  /** Strict (kubectl's default since 1.27) rejects unknown and duplicate fields. */
  fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
  fieldManager?: string;
}

export interface DeleteOptions {
  /** undefined: the object's own terminationGracePeriodSeconds; 0 with force: immediate removal. */
  gracePeriodSeconds?: number;
  dryRun?: boolean;
}

export interface ListOptions {
  /** Label selector in the API's syntax ("app=kuard,tier!=db", "env in (a,b)", "!canary"). */
  labelSelector?: string;
  /** Field selector, e.g. "involvedObject.name=kuard,involvedObject.uid=…" or "status.phase=Running". */
  fieldSelector?: string;
}

export interface LogLine {
  time: number;
  stream: 'stdout' | 'stderr';
  text: string; // without the trailing newline
}

export interface LogReadOptions {
  container?: string;
  previous?: boolean;
}

export interface LogStream {
  container: string;
  lines: readonly LogLine[];
  /** Calls `onLine` for each later line, and `onEnd` when the container stops; returns an unsubscribe function. */
  follow(onLine: (line: LogLine) => void, onEnd: () => void): () => void;
}

export interface ExecOptions {
  container?: string;
  tty: boolean;
  stdin: boolean;
}

export interface PodMetrics {
  namespace: string;
  name: string;
  containers: { name: string; usage: ResourceUse }[];
}

export interface NodeMetrics {
  name: string;
  usage: ResourceUse;
}

/** What `cluster-info`, `version` and `api-resources` report. */
export interface ServerInfo {
  gitVersion: string; // "v1.32.4"
  controlPlaneURL: string; // "https://127.0.0.1:6443"
  coreDNSURL: string;
}

export interface ClusterApi {
  readonly clock: SimClock;
  readonly server: ServerInfo;

  /** Validates (strict decoding, field validation, defaults) and stores a new object. */
  create(obj: unknown, opts?: WriteOptions): ApiResult<KubeObject>;
  /** Replaces an existing object (apply/edit/label/annotate go through here); enforces immutability rules. */
  update(obj: unknown, opts?: WriteOptions): ApiResult<KubeObject>;
  get(kind: Kind, namespace: string | undefined, name: string): ApiResult<KubeObject>;
  /** namespace undefined lists every namespace (kubectl -A) for namespaced kinds. */
  list(kind: Kind, namespace: string | undefined, opts?: ListOptions): ApiResult<KubeObject[]>;
  /** Graceful deletion: sets deletionTimestamp and lets the kubelet stop the Pod; returns the object as it is now. */
  delete(kind: Kind, namespace: string | undefined, name: string, opts?: DeleteOptions): ApiResult<KubeObject>;

  /** Every stored change, in order, after it happened. Returns an unsubscribe function. */
  watch(listener: (event: WatchEvent) => void): () => void;

  /** The kubelet's log endpoint. Errors as the API server words them (waiting to start, no previous container…). */
  readLogs(namespace: string, pod: string, opts: LogReadOptions): ApiResult<LogStream>;
  /** The kubelet's exec endpoint: starts a process in a running container. */
  exec(
    namespace: string,
    pod: string,
    argv: readonly string[],
    io: ProcessIO,
    opts: ExecOptions,
  ): ApiResult<ProcessHandle>;
  /** Port-forward: one request to a Pod's port, as if over the forwarded connection. */
  portForward(namespace: string, pod: string, port: number, req: HttpRequest): ApiResult<HttpResponse | NetError>;
  /** metrics-server's view, for kubectl top. */
  podMetrics(namespace: string | undefined): ApiResult<PodMetrics[]>;
  nodeMetrics(): ApiResult<NodeMetrics[]>;
}
