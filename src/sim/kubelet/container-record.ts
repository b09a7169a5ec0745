// What one container is, as the kubelet tracks it: the status the API shows, its counters, the
// running instance, and the timers a lifecycle step sets. container-runner.ts adds what it does.
import type { Container, ContainerState, ContainerStateTerminated } from 'kubernetes-types/core/v1';
import type { TimerId } from '../clock';
import type { ImageLookup } from '../program';
import type { ContainerInstance } from './container-instance';
import { Backoff } from './backoff';
import type { LogBuffer } from './log-buffer';
import type { ContainerEvent, ContainerPhase } from './lifecycle-table';
import type { QueuedPull } from './image-pull';
import type { ContainerCallbacks, PodHandle } from './pod-handle';

export type KillReason = 'liveness' | 'startup' | 'deletion' | 'spec' | 'deadline' | 'postStart';

export abstract class ContainerRecord {
  /** Where the container is in CONTAINER_LIFECYCLE. */
  phase: ContainerPhase = 'New';
  /** The container state the API shows. */
  state: ContainerState;
  lastTerminated: ContainerStateTerminated | undefined;
  restartCount = 0;
  ready = false;
  started = false;
  succeeded = false;
  /** The first start attempt finished (started, or failed to): SyncPod moved on to the next container. */
  attempted = false;
  containerID: string | undefined;
  imageID = '';
  reportedImage: string;
  instance: ContainerInstance | undefined;
  previousLogs: LogBuffer | undefined;
  /** Why the current instance is being (or was) stopped. */
  killReason: KillReason | undefined;
  protected killMessage = '';
  protected graceSeconds = 0;
  /** The runtime's message when the current instance's command could not be started at all. */
  protected startFailure: string | undefined;
  /** Why the container's config could not be built (a missing ConfigMap or Secret). */
  protected configError = '';
  /** When the instance before the current one exited (what a probe kill's back-off check reads). */
  protected previousFinishedAt: number | undefined;
  protected lookup: ImageLookup | undefined;
  protected pull: QueuedPull | undefined;
  protected pullRetryAt = 0;
  /** Stops the hook handler in flight, if any. */
  protected cancelHookRun: (() => void) | undefined;
  protected hookError = '';
  protected preStopStartedAt = 0;
  protected timer: TimerId | undefined;
  protected repeatTimer: TimerId | undefined;
  protected readonly crashBackoff = new Backoff();
  protected readonly pullBackoff = new Backoff();

  constructor(
    readonly pod: PodHandle,
    public spec: Container,
    readonly init: boolean,
    protected readonly callbacks: ContainerCallbacks,
  ) {
    this.reportedImage = spec.image ?? '';
    const initializing = init || pod.hasInitContainers;
    this.state = { waiting: { reason: initializing ? 'PodInitializing' : 'ContainerCreating' } };
  }
  get name(): string {
    return this.spec.name;
  }

  get sidecar(): boolean {
    return this.init && this.spec.restartPolicy === 'Always';
  }

  /** An instance is up and its exit (if any) has not been handled yet. */
  get running(): boolean {
    const p = this.phase;
    return p === 'Running' || p === 'Stopping' || p === 'PostStartHook' || p === 'PreStopHook';
  }

  get stopping(): boolean {
    return this.phase === 'Stopping' || this.phase === 'PreStopHook';
  }

  protected fieldPath(): string {
    return `spec.${this.init ? 'initContainers' : 'containers'}{${this.name}}`;
  }

  event(type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.pod.event(type, reason, message, this.fieldPath());
  }

  cancelPending(): void {
    if (this.timer !== undefined) this.pod.ctx.clock.cancel(this.timer);
    this.timer = undefined;
    if (this.repeatTimer !== undefined) this.pod.ctx.clock.cancel(this.repeatTimer);
    this.repeatTimer = undefined;
  }

  /** Drops any planned restart or retry (the Pod is stopping). */
  cancelTimer(): void {
    if (this.phase !== 'Stopping') this.cancelPending();
  }

  setWaiting(reason: string, message: string | undefined): void {
    // A terminated state that gives way becomes the container's last state.
    if (this.state.terminated) this.lastTerminated = this.state.terminated;
    this.state = { waiting: message === undefined ? { reason } : { reason, message } };
  }

  record(event: { type: 'Normal' | 'Warning'; reason: string }, text: string): void {
    this.event(event.type, event.reason, text);
  }

  report(): void {
    this.pod.changed();
  }

  schedule(after: number, fire: ContainerEvent, repeat: { every: number; emit: () => void } | undefined): void {
    const clock = this.pod.ctx.clock;
    const at = clock.now() + Math.max(0, after);
    this.timer = clock.schedule(
      at,
      () => {
        this.timer = undefined;
        this.fire(fire);
      },
      fire,
    );
    if (repeat) this.repeatUntil(at, repeat.every, repeat.emit);
  }

  /** While a back-off lasts, each pod-worker resync repeats the back-off events. */
  protected repeatUntil(until: number, every: number, emit: () => void): void {
    const clock = this.pod.ctx.clock;
    const next = clock.now() + every;
    if (next >= until) return;
    this.repeatTimer = clock.schedule(
      next,
      () => {
        this.repeatTimer = undefined;
        emit();
        this.repeatUntil(until, every, emit);
      },
      'pod worker resync',
    );
  }

  protected abstract fire(event: ContainerEvent): void;
}
