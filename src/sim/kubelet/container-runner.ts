// One container of a Pod through its whole life on the node. What happens when is the table in
// lifecycle-table.ts; this class keeps the container's facts (status, back-off, the running instance)
// and does the steps the table names. The Pod worker decides *whether* to restart; this file knows *how*.
import type { LifecycleHandler } from 'kubernetes-types/core/v1';
import type { ImageLookup } from '../program';
import { ContainerProbes, type ProbedContainer } from './container-probes';
import type { ContainerInstance } from './container-instance';
import { goDuration, rfc3339 } from '../time-format';
import { terminationMessage } from './termination-message';
import { step, type Executor } from './lifecycle-engine';
import {
  CONTAINER_LIFECYCLE,
  type ContainerAction,
  type ContainerEvent,
  type ContainerGuard,
  type ContainerPhase,
} from './lifecycle-table';
import { neverPullsMissing, queuePull, referenceError, usesPresentImage } from './image-pull';
import { createInstance } from './container-create';
import { envConfigError } from './config-objects';
import type { ContainerView } from './pod-handle';
import { ContainerRecord } from './container-record';

import type { KillReason } from './container-record';

export type { KillReason };
import { DEFAULT_GRACE_SECONDS, MIN_KILL_GRACE_SECONDS, RESTART_SYNC_MS } from '../timing';
import { runHook } from './lifecycle-hooks';

/** startedAt of a container that never started: containerd leaves it at 0, the kubelet shows the Unix epoch. */
const NEVER_STARTED = '1970-01-01T00:00:00Z';

export class ContainerRunner
  extends ContainerRecord
  implements ContainerView, ProbedContainer, Executor<ContainerPhase, ContainerEvent, ContainerGuard, ContainerAction>
{
  private readonly probes = new ContainerProbes(this);

  protected fire(event: ContainerEvent): void {
    step(CONTAINER_LIFECYCLE, this, event);
  }

  // ── what the Pod worker asks for ──

  /** Pull (or find) the image, then create and start an instance. */
  begin(): void {
    this.fire('sync');
  }

  /** SIGTERM now, SIGKILL when the grace period ends (if the program has not exited by then). */
  kill(reason: KillReason, graceSeconds: number, message: string): void {
    if (!this.instance || this.instance.exited || !this.running) return;
    if (!this.killReason || reason === 'deletion') this.killReason = reason;
    this.killMessage = message;
    this.graceSeconds = graceSeconds;
    this.fire('kill');
  }

  /** Stops everything at once, with no events (the Pod object is already gone). */
  abandon(): void {
    this.fire('abandon');
  }

  /** Restart after the crash back-off: at once for the first exit, then 10s, 20s … 5m. */
  restartWithBackoff(): void {
    this.fire('crashed');
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
    this.fire('probeKilled');
  }

  /** Restart without back-off (spec change). */
  restartSoon(): void {
    this.fire('specChanged');
  }

  // ── the engine's executor ──
  guard(name: ContainerGuard): boolean {
    const node = this.pod.node;
    switch (name) {
      case 'invalidReference':
        return referenceError(this.spec.image ?? '') !== undefined;
      case 'neverPullMissing':
        return neverPullsMissing(this.spec, node);
      case 'imagePresent':
        return usesPresentImage(this.spec, node, this.imageLookup());
      case 'imageFound':
        return this.pull?.lookup.found === true;
      case 'startFailed':
        return this.startFailure !== undefined;
      case 'inBackOff':
        return this.crashBackoff.waitAfter(this.finishedAt()) > 0;
      case 'previousExitInBackOff': {
        const previous = this.previousFinishedAt;
        return previous !== undefined && this.crashBackoff.inBackOffSince(previous, this.pod.ctx.clock.now());
      }
      case 'firstProbeKill':
        return this.previousFinishedAt === undefined;
      case 'hasPostStart':
        return this.spec.lifecycle?.postStart !== undefined;
      case 'hasPreStop':
        return this.spec.lifecycle?.preStop !== undefined && this.graceSeconds > 0;
      case 'postStartFailed':
        return this.killReason === 'postStart';
    }
  }

  variable(name: string): string {
    const image = this.spec.image ?? '';
    const lookup = this.pull?.lookup;
    switch (name) {
      case 'image':
        return image;
      case 'name':
        return this.name;
      case 'referenceError':
        return referenceError(image) ?? '';
      case 'pullError':
        return lookup && !lookup.found ? lookup.pullError : '';
      case 'pullTime':
        return goDuration(this.pull?.durationMs ?? 0);
      case 'pullTotal':
        return goDuration(this.pull?.totalMs ?? 0);
      case 'imageSize':
        return String(lookup?.found ? lookup.info.sizeBytes : 0);
      case 'startFailure':
        return this.startFailure ?? '';
      case 'configError':
        return this.configError;
      case 'killMessage':
        return this.killMessage;
      case 'hookError':
        return this.hookError;
      case 'backOff':
        return goDuration(this.crashBackoff.waitAfter(this.finishedAt()));
      case 'who': {
        const m = this.pod.pod.metadata;
        return `${m?.name}_${m?.namespace}(${m?.uid})`;
      }
    }
    return '';
  }

  delay(name: string): number {
    const now = this.pod.ctx.clock.now();
    switch (name) {
      case 'pull':
        return (this.pull?.doneAt ?? now) - now;
      case 'pullBackOff':
        return this.pullRetryAt - now;
      case 'grace':
        return Math.max(this.graceSeconds, MIN_KILL_GRACE_SECONDS) * 1000;
      case 'graceAfterHook': {
        // executePreStopHook returns whole seconds spent; StopContainer gets the rest, at least 2 s.
        const spent = Math.floor((now - this.preStopStartedAt) / 1000);
        return Math.max(this.graceSeconds - spent, MIN_KILL_GRACE_SECONDS) * 1000;
      }
      case 'restartSync':
        return this.finishedAt() + RESTART_SYNC_MS - now;
      case 'backOffLeft':
        return Math.max(this.finishedAt() + this.crashBackoff.waitAfter(this.finishedAt()), now) - now;
    }
    return 0;
  }

  action(name: ContainerAction): void {
    switch (name) {
      case 'attemptDone':
        if (this.attempted) return;
        this.attempted = true;
        this.callbacks.attempted();
        return;
      case 'queuePull':
        this.pull = queuePull(this.pod.node, this.spec.image ?? '', this.imageLookup(), this.pod.ctx.clock.now());
        return;
      case 'imagePulled':
        this.pod.node.images.add(this.spec.image ?? '');
        this.pullBackoff.reset();
        return;
      case 'pullBackOffStep': {
        // Image pulls back off like crashes: 10s, 20s, 40s … capped at 5m (pkg/kubelet/images).
        const now = this.pod.ctx.clock.now();
        this.pullBackoff.next(now);
        this.pullRetryAt = now + this.pullBackoff.currentDelayMs;
        return;
      }
      case 'create':
        return this.create();
      case 'setRunning':
        this.state = { running: { startedAt: rfc3339(this.instance!.startedAt) } };
        this.started = !this.spec.startupProbe;
        this.ready = this.started && !this.spec.readinessProbe;
        return;
      case 'startProbes':
        return this.probes.start(this.instance!);
      case 'stopProbes':
        return this.probes.stop();
      case 'report':
        return this.report();
      case 'sigterm':
        return this.instance?.signal('SIGTERM');
      case 'runPostStart':
        return this.runHook(this.spec.lifecycle!.postStart!);
      case 'runPreStop':
        this.preStopStartedAt = this.pod.ctx.clock.now();
        return this.runHook(this.spec.lifecycle!.preStop!);
      case 'cancelHook':
        this.cancelHookRun?.();
        this.cancelHookRun = undefined;
        return;
      case 'killForPostStart':
        this.killReason = 'postStart';
        this.graceSeconds = this.pod.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS;
        return;
      case 'sigkill':
        return this.instance?.signal('SIGKILL');
      case 'silentKill':
        if (this.instance && !this.instance.exited) {
          this.killReason = 'deletion';
          this.instance.signal('SIGKILL');
        }
        return;
      case 'recordExit':
        return this.recordExit();
      case 'tellWorker':
        return this.callbacks.exited(this.state.terminated?.exitCode ?? 0);
      case 'countBackOff':
        return this.crashBackoff.next(this.pod.ctx.clock.now());
      case 'nextInstance':
        if (this.state.terminated) this.lastTerminated = this.state.terminated;
        if (this.instance) {
          this.previousLogs = this.instance.logs;
          this.previousFinishedAt = this.instance.finishedAt;
        }
        return;
      case 'sync':
        return this.fire('sync');
    }
  }

  // ── the steps that need more than a line ──

  private imageLookup(): ImageLookup {
    return (this.lookup = this.pod.ctx.images.lookup(this.spec.image ?? ''));
  }

  private runHook(handler: LifecycleHandler): void {
    const { pod } = this;
    const target = {
      clock: pod.ctx.clock,
      instance: this.instance!,
      container: this.spec,
      pod: pod.pod,
      podIP: pod.podIP,
    };
    this.cancelHookRun = runHook(handler, target, (error) => {
      this.cancelHookRun = undefined;
      if (error === undefined) return this.fire('hookSucceeded');
      this.hookError = error;
      this.fire('hookFailed');
    });
  }

  private finishedAt(): number {
    return this.instance?.finishedAt ?? this.pod.ctx.clock.now();
  }

  private create(): void {
    const lookup = this.pull?.lookup.found ? this.pull.lookup : this.lookup;
    if (!lookup?.found) return;
    const configError = envConfigError(this.pod.pod, this.spec);
    if (configError !== undefined) {
      this.configError = configError;
      this.pull = undefined;
      return this.fire('configFailed');
    }
    if (this.instance) this.restartCount++;
    this.containerID = `containerd://${this.pod.ctx.random.hex(64)}`;
    this.reportedImage = lookup.info.reportedName;
    this.imageID = lookup.info.imageID;
    this.killReason = undefined;
    const { instance, argv } = createInstance(this.pod, this.spec, lookup, (i, code, reason) =>
      this.exited(i, code, reason),
    );
    this.instance = instance;
    this.startFailure = undefined;
    this.pull = undefined;
    instance.start(argv);
    this.startFailure = instance.program.startFailure;
    this.fire('created');
  }

  private exited(instance: ContainerInstance, exitCode: number, oom: 'OOMKilled' | undefined): void {
    if (instance !== this.instance) return;
    this.exitInfo = { exitCode, oom };
    this.fire('exit');
  }

  private exitInfo: { exitCode: number; oom: 'OOMKilled' | undefined } = { exitCode: 0, oom: undefined };

  private recordExit(): void {
    const instance = this.instance!;
    const { exitCode, oom } = this.exitInfo;
    const failure = this.startFailure;
    const reason = failure !== undefined ? 'StartError' : (oom ?? (exitCode === 0 ? 'Completed' : 'Error'));
    const running = this.state.running;
    const message = failure ?? terminationMessage(this.spec, instance, exitCode);
    this.state = {
      terminated: {
        containerID: this.containerID,
        exitCode,
        finishedAt: rfc3339(instance.finishedAt ?? this.pod.ctx.clock.now()),
        ...(message ? { message } : {}),
        reason,
        // containerd never sets startedAt for a container that failed to start: Unix time 0.
        startedAt: failure !== undefined ? NEVER_STARTED : (running?.startedAt ?? rfc3339(instance.startedAt)),
      },
    };
    this.ready = false;
    this.started = false;
    if (exitCode === 0 && !this.killReason) this.succeeded = true;
  }
}
