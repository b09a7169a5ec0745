// The contract between the simulated kubelet (src/sim) and what runs inside a container
// (src/sim/images). The kubelet starts a program, asks it to answer probes and requests, runs
// exec'd processes in it, sends it signals and learns its resource use; the program writes logs
// and may exit on its own. Everything time-related goes through the host, never the real clock.

import type { ContainerFs } from './fs';

export type Signal = 'SIGTERM' | 'SIGKILL' | 'SIGINT';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';
  path: string; // with query string, e.g. "/healthy" or "/memory/api/alloc?size=104857600"
  headers?: Record<string, string>;
  body?: string;
  /** Who is asking: the kubelet's prober identifies itself as "kube-probe/1.32" in User-Agent. */
  from?: 'probe' | 'port-forward' | 'pod';
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A network-level failure, worded as the caller needs it (e.g. for a probe's Unhealthy message). */
export interface NetError {
  error: 'connection-refused' | 'timeout';
}

export interface ProcessIO {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Called exactly once, when the process ends. */
  exit(code: number): void;
}

/** A process started inside a container: `kubectl exec`, an exec probe, or a shell. */
export interface ProcessHandle {
  /** Feeds standard input (interactive shells receive one line at a time, with its "\n"). */
  write(input: string): void;
  /** Ctrl+C / Ctrl+D from a terminal, or termination. */
  signal(sig: Signal | 'EOF'): void;
}

export interface ResourceUse {
  memoryBytes: number;
  cpuMillicores: number;
}

/** What the kubelet gives a running program. Valid from start() until the container stops. */
export interface ContainerHost {
  now(): number;
  /** Runs `fn` after `delayMs` of simulated time; returns a cancel function. Cancelled automatically when the container stops. */
  after(delayMs: number, fn: () => void): () => void;
  /** Appends to the container's log (each call one or more complete lines ending in "\n"). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** The program's own exit (a crash, a finished job, or a clean exit after SIGTERM). */
  exit(code: number): void;
  /** Reports resource use; memory above the container's limit gets it OOMKilled (exit 137). */
  setUsage(use: ResourceUse): void;
  readonly fs: ContainerFs;
  readonly env: Readonly<Record<string, string>>;
  readonly hostname: string;
  readonly podIP: string;
  readonly podName: string;
  readonly namespace: string;
  readonly containerName: string;
  /** From the container's resources.limits, for programs that size themselves (undefined: no limit). */
  readonly memoryLimitBytes: number | undefined;
  readonly cpuLimitMillicores: number | undefined;
  /** Seeded randomness for the program's own choices (e.g. kuard's request IDs). */
  random(): number;
  /** Other containers of the same Pod share the network: `localhost:PORT` reaches them. */
  localhostRequest(port: number, req: HttpRequest): HttpResponse | NetError;
  /** The container spec's `stdin` / `tty` (kubectl run -it): PID 1 then reads its input from attach. */
  readonly stdin?: boolean;
  readonly tty?: boolean;
}

export interface ContainerProgram {
  /** Starts the program. `argv` is the resolved command + args (image entrypoint/cmd overridden by the spec). */
  start(host: ContainerHost, argv: readonly string[]): void;
  /** SIGTERM: the program may exit (promptly or after cleanup) or ignore it. SIGKILL ends it regardless. */
  signal(sig: Signal): void;
  /** An HTTP request to a port the program listens on (probes, port-forward, other containers). */
  http(port: number, req: HttpRequest): HttpResponse | NetError;
  /** True when something accepts TCP connections on the port. */
  tcpConnect(port: number): boolean;
  /**
   * Set by a program whose answers to http, tcpConnect and grpcHealth depend only on the request,
   * with no side effect (no log line, no counter), for as long as it runs. Its passing probes may
   * then be counted at once over long stretches of simulated time (prober.ts).
   */
  readonly quietProbes?: boolean;
  /** gRPC health checking protocol (grpc probes): "SERVING", "NOT_SERVING", or a network error. */
  grpcHealth(port: number, service: string): 'SERVING' | 'NOT_SERVING' | NetError;
  /** Starts a process in the container. An executable missing from the image exits 126 with the OCI runtime's message on stderr (k8s-reference §8.6). */
  exec(argv: readonly string[], io: ProcessIO, opts: { tty: boolean; stdin: boolean }): ProcessHandle;
  usage(): ResourceUse;
  /**
   * Set when start() could not run the command at all (e.g. a typo in `command:`): the runtime's
   * message. A real kubelet reports it as state.terminated reason "StartError", exit code 128.
   */
  readonly startFailure?: string;
  /**
   * `kubectl attach` / `kubectl run -it`: connects to PID 1's standard streams (its input only
   * when the container was started with stdin). Output written from now on is also sent to `io`;
   * `io.exit` is called when PID 1 ends.
   */
  attach?(io: ProcessIO): ProcessHandle;
}

export interface ImageInfo {
  /** Normalised reference as the kubelet reports it in status.containerStatuses[].image, e.g. "docker.io/library/nginx:latest". */
  reportedName: string;
  /** e.g. "docker.io/library/nginx@sha256:…" for imageID. */
  imageID: string;
  sizeBytes: number;
  /** ENTRYPOINT and CMD of the image; the Pod's command/args replace them as Docker/Kubernetes do. */
  entrypoint: readonly string[];
  cmd: readonly string[];
  workingDir: string;
  env: Readonly<Record<string, string>>;
  /** Ports the image documents (informational; listening is up to the program). */
  exposedPorts: readonly number[];
}

export type ImageLookup =
  | { found: true; info: ImageInfo; createProgram(): ContainerProgram; filesystem(): import('./fs').DirNode }
  | {
      found: false;
      /** The registry/runtime error text the kubelet puts in the ErrImagePull event and waiting message. */
      pullError: string;
    };

export interface ImageCatalog {
  lookup(image: string): ImageLookup;
}
