// The kubelets of every node, behind one object: they take bound Pods from the scheduler, run them
// through pod workers, and serve the node endpoints the API server proxies (logs, exec,
// port-forward) and the figures metrics-server scrapes.
import type { Pod } from 'kubernetes-types/core/v1';
import type { ApiResult, ExecOptions, LogReadOptions, LogStream, NodeMetrics, PodMetrics } from '../api';
import type { HttpRequest, HttpResponse, NetError, ProcessHandle, ProcessIO } from '../program';
import type { KubeletContext, NodeRuntime } from './context';
import { PodWorker } from './pod-worker';
import { ADMIT_MS } from '../timing';
import type { ContainerRunner } from './container-runner';
import type { LogBuffer } from './log-buffer';
import { badRequest, notFound } from '../apiserver/status-errors';

/** What the node's own processes (kubelet, containerd, kube-proxy) use, for `kubectl top node`. */
const NODE_BASELINE = { cpuMillicores: 85, memoryBytes: 712 * 1024 * 1024 };

function fail<T>(message: string): ApiResult<T> {
  return { ok: false, error: badRequest(message) };
}

export class Kubelets {
  private workers = new Map<string, PodWorker>();

  constructor(
    private readonly ctx: KubeletContext,
    readonly nodes: ReadonlyMap<string, NodeRuntime>,
  ) {}

  workerOf(pod: Pod): PodWorker | undefined {
    return this.workers.get(pod.metadata?.uid ?? '');
  }

  /** The scheduler bound `pod`: its node's kubelet picks it up shortly after. */
  podBound(pod: Pod): void {
    const node = this.nodes.get(pod.spec?.nodeName ?? '');
    if (!node) return;
    this.ctx.clock.after(
      ADMIT_MS,
      () => {
        if (this.ctx.store.find('Pod', pod.metadata?.namespace, pod.metadata!.name!) !== pod) return;
        const worker = new PodWorker(this.ctx, node, pod);
        this.workers.set(pod.metadata!.uid!, worker);
        worker.admit();
        if (pod.metadata?.deletionTimestamp) worker.terminate();
      },
      'kubelet admit',
    );
  }

  podDeletionRequested(pod: Pod): void {
    const worker = this.workerOf(pod);
    if (worker) worker.terminate();
    else if (pod.spec?.nodeName) {
      // Bound but not yet admitted: nothing runs, so the kubelet confirms the deletion at once.
      this.ctx.clock.after(
        ADMIT_MS,
        () => {
          if (this.ctx.store.find('Pod', pod.metadata?.namespace, pod.metadata!.name!) === pod && !this.workerOf(pod)) {
            this.ctx.store.remove(pod);
            this.ctx.podGone(pod);
          }
        },
        'kubelet confirm delete',
      );
    }
  }

  podRemoved(pod: Pod): void {
    const worker = this.workerOf(pod);
    if (worker) {
      worker.abandon();
      this.workers.delete(pod.metadata!.uid!);
    }
  }

  /** The worker removed its Pod from the store (graceful deletion done). */
  forget(pod: Pod): void {
    this.workers.delete(pod.metadata?.uid ?? '');
  }

  podSpecUpdated(pod: Pod): void {
    this.workerOf(pod)?.specUpdated();
  }

  private locate(
    namespace: string,
    podName: string,
    containerName: string | undefined,
  ): ApiResult<{ pod: Pod; worker: PodWorker | undefined; runner: ContainerRunner | undefined }> {
    const pod = this.ctx.store.find<Pod>('Pod', namespace, podName);
    if (!pod) return { ok: false, error: notFound('Pod', podName) };
    const worker = this.workerOf(pod);
    const names = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c) => c.name);
    const name = containerName ?? pod.spec?.containers?.[0]?.name;
    if (!name || !names.includes(name)) return fail(`container ${name} is not valid for pod ${podName}`);
    return { ok: true, value: { pod, worker, runner: worker?.runners.find((r) => r.name === name) } };
  }

  /** validateContainerLogStatus (pkg/kubelet/kubelet_pods.go) with its messages. */
  readLogs(namespace: string, podName: string, opts: LogReadOptions): ApiResult<LogStream> {
    const found = this.locate(namespace, podName, opts.container);
    if (!found.ok) return found;
    const { pod, runner } = found.value;
    const name = opts.container ?? pod.spec!.containers[0]!.name;
    const stream = (buffer: LogBuffer | undefined): ApiResult<LogStream> => ({
      ok: true,
      value: {
        container: name,
        lines: buffer ? [...buffer.lines] : [],
        follow: (onLine, onEnd) => (buffer ? buffer.follow(onLine, onEnd) : (onEnd(), () => {})),
      },
    });
    // Not on a node yet: the API server has nowhere to send the request and returns nothing.
    if (!pod.spec?.nodeName) return stream(undefined);
    if (!runner) return fail(`container "${name}" in pod "${podName}" is waiting to start: ContainerCreating`);
    if (opts.previous) {
      if (!runner.previousLogs || !runner.lastTerminated)
        return fail(`previous terminated container "${name}" in pod "${podName}" not found`);
      return stream(runner.previousLogs);
    }
    const waiting = runner.state.waiting;
    if (waiting && !runner.instance) {
      const reason = waiting.reason ?? 'ContainerCreating';
      const why =
        reason === 'ErrImagePull'
          ? "image can't be pulled"
          : reason === 'ImagePullBackOff'
            ? 'trying and failing to pull image'
            : reason === 'InvalidImageName'
              ? 'invalid image name'
              : reason;
      return fail(`container "${name}" in pod "${podName}" is waiting to start: ${why}`);
    }
    return stream(runner.instance?.logs);
  }

  exec(
    namespace: string,
    podName: string,
    argv: readonly string[],
    io: ProcessIO,
    opts: ExecOptions,
  ): ApiResult<ProcessHandle> {
    const found = this.locate(namespace, podName, opts.container);
    if (!found.ok) return found;
    const { pod, runner } = found.value;
    const name = opts.container ?? pod.spec!.containers[0]!.name;
    // The API server can only proxy to a node (pkg/registry/core/pod streamLocation).
    if (!pod.spec?.nodeName) return fail(`pod ${podName} does not have a host assigned`);
    if (!runner?.running) return fail(`unable to upgrade connection: container not found ("${name}")`);
    if (argv.length === 0) return fail('you must specify at least one command for the container');
    try {
      return { ok: true, value: runner.instance!.program.exec(argv, io, { tty: opts.tty, stdin: opts.stdin }) };
    } catch (error) {
      // A program that throws is a failed process, never a broken cluster.
      io.stderr(`${String(error)}\n`);
      io.exit(1);
      return { ok: true, value: { write: () => {}, signal: () => {} } };
    }
  }

  portForward(namespace: string, podName: string, port: number, req: HttpRequest): ApiResult<HttpResponse | NetError> {
    const pod = this.ctx.store.find<Pod>('Pod', namespace, podName);
    if (!pod) return { ok: false, error: notFound('Pod', podName) };
    if (pod.status?.phase !== 'Running')
      return fail(
        `unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}`,
      );
    const worker = this.workerOf(pod);
    if (!worker) return { ok: true, value: { error: 'connection-refused' } };
    return { ok: true, value: worker.localhostRequest(port, { ...req, from: 'port-forward' }) };
  }

  podMetrics(namespace: string | undefined): PodMetrics[] {
    const out: PodMetrics[] = [];
    for (const pod of this.ctx.store.all<Pod>('Pod', namespace)) {
      const worker = this.workerOf(pod);
      if (!worker || pod.status?.phase !== 'Running') continue;
      const containers = worker.main
        .filter((r) => r.running)
        .map((r) => ({ name: r.name, usage: r.instance!.usage() }));
      if (containers.length > 0)
        out.push({ namespace: pod.metadata!.namespace!, name: pod.metadata!.name!, containers });
    }
    return out;
  }

  nodeMetrics(): NodeMetrics[] {
    const totals = new Map<string, { cpuMillicores: number; memoryBytes: number }>();
    for (const name of this.nodes.keys()) totals.set(name, { ...NODE_BASELINE });
    for (const worker of this.workers.values()) {
      const total = totals.get(worker.node.name);
      if (!total) continue;
      for (const r of worker.runners) {
        if (!r.running) continue;
        const use = r.instance!.usage();
        total.cpuMillicores += use.cpuMillicores;
        total.memoryBytes += use.memoryBytes;
      }
    }
    return [...totals].map(([name, usage]) => ({ name, usage }));
  }
}
