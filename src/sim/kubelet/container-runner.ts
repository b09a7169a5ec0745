// One container of a Pod through its whole life on the node: image pull (with ErrImagePull /
// ImagePullBackOff), create and start, probes, exit, crash back-off and restart, and kills (liveness,
// deletion, spec change). The Pod worker decides *whether* to restart; this file knows *how*.
import type { Container, ContainerState, ContainerStateTerminated } from 'kubernetes-types/core/v1';
import type { TimerId } from '../clock';
import type { ImageLookup } from '../program';
import { ContainerProbes } from './container-probes';
import { ContainerInstance } from './container-instance';
import { Backoff } from './backoff';
import type { LogBuffer } from './log-buffer';
import { rfc3339 } from '../time-format';
import { goDuration } from '../time-format';
import type { PodWorker } from './pod-worker';
import { containerArgv, containerEnv } from './container-env';
import { containerFs } from './volumes';
import { cloneTree } from '../fs';
import { terminationMessage } from './termination-message';
import { quantityValue, milliCores } from '../apiserver/quantity';

/** Pull time: a fixed registry round trip plus the image's size at ~10 MB/s (kuard's 9.7 MB ≈ 1.5 s). */
export const PULL_LATENCY_MS = 500;
export const PULL_BYTES_PER_MS = 10_000;
/** The kubelet notices an exit and restarts on its next sync, about a second later (PLEG relist 1s). */
export const RESTART_SYNC_MS = 1000;
/** An image-pull failure shows ErrImagePull until the next sync turns it into ImagePullBackOff. */
export const PULL_BACKOFF_SYNC_MS = 1000;
/** A pod worker whose sync failed (back-off) retries about every 10 s, repeating its event (pod_workers.go backOffPeriod). */
export const WORKER_RESYNC_MS = 10_000;
/** killContainer never waits less than 2 s (pkg/kubelet/kuberuntime minimumGracePeriodInSeconds). */
export const MIN_KILL_GRACE_SECONDS = 2;

/** startedAt of a container that never started: containerd leaves it at 0, the kubelet shows the Unix epoch. */
const NEVER_STARTED = '1970-01-01T00:00:00Z';

const INVALID_REFERENCE = /[A-Z\s]|^[:@/]|[:@/]$|\/\//;

export type KillReason = 'liveness' | 'startup' | 'deletion' | 'spec' | 'deadline';

export class ContainerRunner {
  state: ContainerState;
  lastTerminated: ContainerStateTerminated | undefined;
  restartCount = 0;
  ready = false;
  started = false;
  containerID: string | undefined;
  imageID = '';
  reportedImage: string;
  instance: ContainerInstance | undefined;
  previousLogs: LogBuffer | undefined;
  /** Why the current instance is being stopped, if it is. */
  killReason: KillReason | undefined;
  /** True once an instance of this container has run to exit 0 (init containers move on). */
  succeeded = false;
  /** The worker asked for the first start; `firstAttemptDone` once it started or failed to. */
  attempting = false;
  firstAttemptDone = false;
  /** The runtime's message when the current instance's command could not be started at all. */
  private startFailure: string | undefined;
  /** When the instance before the current one exited (what a probe kill's back-off check reads). */
  private previousFinishedAt: number | undefined;
  private everCreated = false;
  private alive = false;
  private timer: TimerId | undefined;
  private repeatTimer: TimerId | undefined;
  private killTimer: TimerId | undefined;
  private readonly probes = new ContainerProbes(this);
  private readonly crashBackoff = new Backoff();
  private readonly pullBackoff = new Backoff();

  constructor(
    readonly worker: PodWorker,
    public spec: Container,
    readonly init: boolean,
  ) {
    this.reportedImage = spec.image ?? '';
    this.state = {
      waiting: {
        reason: init ? 'PodInitializing' : worker.hasInitContainers ? 'PodInitializing' : 'ContainerCreating',
      },
    };
  }

  get name(): string {
    return this.spec.name;
  }

  /** An instance is up and its exit (if any) has not been handled yet. */
  get running(): boolean {
    return this.alive;
  }

  get ctx() {
    return this.worker.ctx;
  }

  private fieldPath(): string {
    return `spec.${this.init ? 'initContainers' : 'containers'}{${this.name}}`;
  }

  event(type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.worker.event(type, reason, message, this.fieldPath());
  }

  private setTimer(at: number, fn: () => void, label: string): void {
    this.cancelTimer();
    this.timer = this.ctx.clock.schedule(
      at,
      () => {
        this.timer = undefined;
        fn();
      },
      label,
    );
  }

  cancelTimer(): void {
    if (this.timer !== undefined) this.ctx.clock.cancel(this.timer);
    this.timer = undefined;
    if (this.repeatTimer !== undefined) this.ctx.clock.cancel(this.repeatTimer);
    this.repeatTimer = undefined;
  }

  /** While a back-off lasts, each pod-worker resync repeats the back-off events. */
  private repeatUntil(until: number, emit: () => void): void {
    const next = this.ctx.clock.now() + WORKER_RESYNC_MS;
    if (next >= until) return;
    this.repeatTimer = this.ctx.clock.schedule(
      next,
      () => {
        this.repeatTimer = undefined;
        emit();
        this.repeatUntil(until, emit);
      },
      'pod worker resync',
    );
  }

  /** Pull (or find) the image, then create and start an instance. */
  begin(): void {
    this.cancelTimer();
    const image = this.spec.image ?? '';
    const clock = this.ctx.clock;
    if (INVALID_REFERENCE.test(image)) {
      const message = `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`;
      this.state = { waiting: { reason: 'InvalidImageName', message } };
      this.event('Warning', 'InspectFailed', message);
      this.event('Warning', 'Failed', 'Error: InvalidImageName');
      this.worker.changed();
      this.attemptDone();
      return;
    }
    const node = this.worker.node;
    const present = node.images.has(image);
    const lookup = this.ctx.images.lookup(image);
    if (this.spec.imagePullPolicy === 'Never' && !present) {
      const message = `Container image "${image}" is not present with pull policy of Never`;
      this.state = { waiting: { reason: 'ErrImageNeverPull', message } };
      this.event('Warning', 'ErrImageNeverPull', message);
      this.event('Warning', 'Failed', 'Error: ErrImageNeverPull');
      this.worker.changed();
      this.attemptDone();
      return;
    }
    if (present && this.spec.imagePullPolicy !== 'Always' && lookup.found) {
      this.event('Normal', 'Pulled', `Container image "${image}" already present on machine`);
      this.create(lookup);
      return;
    }
    this.event('Normal', 'Pulling', `Pulling image "${image}"`);
    // A cached image under Always only re-checks the manifest: a short round trip.
    const requested = clock.now();
    const layersComing = (node.pullsQueued.get(image) ?? -1) >= requested;
    const duration = lookup.found
      ? present || layersComing
        ? 350
        : PULL_LATENCY_MS + Math.round(lookup.info.sizeBytes / PULL_BYTES_PER_MS)
      : 400;
    // Pulls on a node queue behind each other; the Pulled event reports the wait as well.
    const done = Math.max(requested, node.pullBusyUntil) + duration;
    node.pullBusyUntil = done;
    if (lookup.found) node.pullsQueued.set(image, done);
    this.setTimer(done, () => this.pulled(lookup, duration, done - requested), 'image pull');
  }

  private pulled(lookup: ImageLookup, duration: number, total: number): void {
    const image = this.spec.image ?? '';
    if (lookup.found) {
      this.worker.node.images.add(image);
      this.pullBackoff.reset();
      this.event(
        'Normal',
        'Pulled',
        `Successfully pulled image "${image}" in ${goDuration(duration)} (${goDuration(total)} including waiting). Image size: ${lookup.info.sizeBytes} bytes.`,
      );
      this.create(lookup);
      return;
    }
    const clock = this.ctx.clock;
    this.event('Warning', 'Failed', `Failed to pull image "${image}": ${lookup.pullError}`);
    this.event('Warning', 'Failed', 'Error: ErrImagePull');
    this.state = { waiting: { reason: 'ErrImagePull', message: lookup.pullError } };
    this.worker.changed();
    this.attemptDone();
    const failedAt = clock.now();
    // Image pulls back off like crashes: 10s, 20s, 40s … capped at 5m (pkg/kubelet/images).
    this.pullBackoff.next(failedAt);
    const retryAt = failedAt + this.pullBackoff.currentDelayMs;
    this.setTimer(
      failedAt + PULL_BACKOFF_SYNC_MS,
      () => {
        this.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } };
        const emit = () => {
          this.event('Normal', 'BackOff', `Back-off pulling image "${image}"`);
          this.event('Warning', 'Failed', 'Error: ImagePullBackOff');
        };
        emit();
        this.worker.changed();
        this.setTimer(retryAt, () => this.begin(), 'image pull retry');
        this.repeatUntil(retryAt, emit);
      },
      'image pull backoff',
    );
  }

  private create(lookup: ImageLookup): void {
    if (!lookup.found) return;
    const { ctx, worker } = this;
    const now = ctx.clock.now();
    const pod = worker.pod;
    if (this.everCreated) this.restartCount++;
    this.everCreated = true;
    this.containerID = `containerd://${ctx.random.hex(64)}`;
    this.reportedImage = lookup.info.reportedName;
    this.imageID = lookup.info.imageID;
    this.killReason = undefined;
    const env = containerEnv(
      pod,
      this.spec,
      lookup.info,
      worker.node.name,
      worker.node.hostIP,
      worker.podIP,
      worker.node.allocatableMemory,
      worker.node.allocatableCpuMilli / 1000,
    );
    const fs = containerFs(cloneTree(lookup.filesystem()), this.spec.volumeMounts ?? [], worker.volumes, () =>
      ctx.clock.now(),
    );
    const memoryLimit = quantityValue(this.spec.resources?.limits?.memory);
    const cpuLimit =
      this.spec.resources?.limits?.cpu === undefined ? undefined : milliCores(this.spec.resources.limits.cpu);
    this.event('Normal', 'Created', `Created container ${this.name}`);
    const instance = new ContainerInstance({
      clock: ctx.clock,
      random: ctx.random,
      program: lookup.createProgram(),
      fs,
      env,
      hostname: pod.metadata?.name ?? '',
      podIP: worker.podIP,
      podName: pod.metadata?.name ?? '',
      namespace: pod.metadata?.namespace ?? 'default',
      containerName: this.name,
      memoryLimitBytes: memoryLimit,
      cpuLimitMillicores: cpuLimit,
      localhostRequest: (port, req) => worker.localhostRequest(port, req),
      onExit: (code, reason) => this.exited(instance, code, reason),
    });
    this.instance = instance;
    this.alive = true;
    this.startFailure = undefined;
    instance.start(containerArgv(this.spec, lookup.info, env));
    const failure = instance.program.startFailure;
    if (failure !== undefined) {
      // StartContainer failed (kuberuntime startContainer): a Failed event instead of Started; the
      // exit (StartError, 128) follows in this same instant, so the state never shows running.
      this.startFailure = failure;
      this.event('Warning', 'Failed', `Error: ${failure}`);
      this.attemptDone();
      return;
    }
    this.state = { running: { startedAt: rfc3339(now) } };
    this.started = !this.spec.startupProbe;
    this.ready = this.started && !this.spec.readinessProbe;
    this.event('Normal', 'Started', `Started container ${this.name}`);
    this.probes.start(instance);
    worker.changed();
    this.attemptDone();
  }

  /** SyncPod moves on to the next container once this one started or failed to (pull errors included). */
  private attemptDone(): void {
    if (this.firstAttemptDone) return;
    this.firstAttemptDone = true;
    this.worker.attempted(this);
  }

  /** SIGTERM now, SIGKILL when the grace period ends (if the program has not exited by then). */
  kill(reason: KillReason, graceSeconds: number, message: string): void {
    this.cancelTimer();
    const instance = this.instance;
    if (!instance || instance.exited) return;
    if (this.killReason) {
      // Already stopping: a shorter grace (e.g. a second delete) can only bring SIGKILL closer.
      if (reason === 'deletion') this.killReason = 'deletion';
      this.scheduleSigkill(instance, graceSeconds);
      return;
    }
    this.killReason = reason;
    this.probes.stop();
    this.event('Normal', 'Killing', message);
    instance.signal('SIGTERM');
    if (!instance.exited) this.scheduleSigkill(instance, graceSeconds);
  }

  private scheduleSigkill(instance: ContainerInstance, graceSeconds: number): void {
    const at = this.ctx.clock.now() + Math.max(graceSeconds, MIN_KILL_GRACE_SECONDS) * 1000;
    if (this.killTimer !== undefined) this.ctx.clock.cancel(this.killTimer);
    this.killTimer = this.ctx.clock.schedule(
      at,
      () => {
        this.killTimer = undefined;
        instance.signal('SIGKILL');
      },
      'SIGKILL',
    );
  }

  /** Stops everything at once, with no events (the Pod object is already gone). */
  abandon(): void {
    this.cancelTimer();
    this.probes.stop();
    if (this.killTimer !== undefined) this.ctx.clock.cancel(this.killTimer);
    this.killTimer = undefined;
    if (this.instance && !this.instance.exited) {
      this.killReason = 'deletion';
      this.instance.signal('SIGKILL');
    }
    this.alive = false;
  }

  private exited(instance: ContainerInstance, exitCode: number, oom: 'OOMKilled' | undefined): void {
    if (instance !== this.instance) return;
    this.alive = false;
    if (this.killTimer !== undefined) this.ctx.clock.cancel(this.killTimer);
    this.killTimer = undefined;
    this.probes.stop();
    const failure = this.startFailure;
    const reason = failure !== undefined ? 'StartError' : (oom ?? (exitCode === 0 ? 'Completed' : 'Error'));
    const running = this.state.running;
    const message = failure ?? terminationMessage(this.spec, instance, exitCode);
    this.state = {
      terminated: {
        containerID: this.containerID,
        exitCode,
        finishedAt: rfc3339(instance.finishedAt ?? this.ctx.clock.now()),
        ...(message ? { message } : {}),
        reason,
        // containerd never sets startedAt for a container that failed to start: Unix time 0.
        startedAt: failure !== undefined ? NEVER_STARTED : (running?.startedAt ?? rfc3339(instance.startedAt)),
      },
    };
    this.ready = false;
    this.started = false;
    if (exitCode === 0 && !this.killReason) this.succeeded = true;
    this.worker.containerExited(this, exitCode);
  }

  /** Restart after the crash back-off: at once for the first exit, then 10s, 20s … 5m. */
  restartWithBackoff(): void {
    const clock = this.ctx.clock;
    const finishedAt = this.instance?.finishedAt ?? clock.now();
    if (this.startFailure !== undefined && this.state.terminated) {
      // The failed start's sync reports the container waiting with RunContainerError (the kubelet's
      // reasonCache), the StartError exit as its last state, until the next sync decides on back-off.
      this.lastTerminated = this.state.terminated;
      this.state = { waiting: { reason: 'RunContainerError', message: this.startFailure } };
    }
    const wait = this.crashBackoff.waitAfter(finishedAt);
    const pod = this.worker.pod;
    if (wait === 0) {
      this.setTimer(finishedAt + RESTART_SYNC_MS, () => this.restartNow(), 'restart');
      return;
    }
    const who = `${pod.metadata?.name}_${pod.metadata?.namespace}(${pod.metadata?.uid})`;
    this.setTimer(
      finishedAt + RESTART_SYNC_MS,
      () => {
        if (this.state.terminated) this.lastTerminated = this.state.terminated;
        this.state = {
          waiting: {
            reason: 'CrashLoopBackOff',
            message: `back-off ${goDuration(wait)} restarting failed container=${this.name} pod=${who}`,
          },
        };
        const emit = () =>
          this.event('Warning', 'BackOff', `Back-off restarting failed container ${this.name} in pod ${who}`);
        emit();
        this.worker.changed();
        const restartAt = Math.max(finishedAt + wait, clock.now());
        this.setTimer(restartAt, () => this.restartNow(), 'restart after back-off');
        this.repeatUntil(restartAt, emit);
      },
      'crash back-off',
    );
  }

  /**
   * After a liveness or startup kill. The kubelet kills and starts again in one sync (kuberuntime
   * computePodActions puts the container in ContainersToKill and ContainersToStart; SyncPod kills,
   * then starts), so the restart follows the exit at once. doBackOff in that sync reads the status
   * from before the kill, so it looks at the exit of the instance before this one: the first kill
   * restarts at once without touching the back-off, later ones at once while the back-off is
   * shorter than the time since that earlier exit, else CrashLoopBackOff from this exit.
   */
  restartAfterProbeKill(): void {
    const now = this.ctx.clock.now();
    const previous = this.previousFinishedAt;
    if (previous !== undefined && this.crashBackoff.inBackOffSince(previous, now)) {
      this.restartWithBackoff();
      return;
    }
    this.restartNow(previous !== undefined);
  }

  /** Restart without back-off (spec change). */
  restartSoon(): void {
    this.setTimer(this.ctx.clock.now() + RESTART_SYNC_MS, () => this.restartNow(), 'restart');
  }

  private restartNow(countBackoff = true): void {
    if (countBackoff) this.crashBackoff.next(this.ctx.clock.now());
    if (this.state.terminated) this.lastTerminated = this.state.terminated;
    if (this.instance) {
      this.previousLogs = this.instance.logs;
      this.previousFinishedAt = this.instance.finishedAt;
    }
    this.begin();
  }
}
