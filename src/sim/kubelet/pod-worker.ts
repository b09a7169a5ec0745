// One Pod on one node, as the kubelet's pod worker runs it. What happens when is the table in
// pod-lifecycle-table.ts (sandbox, deadline, restart policy, deletion); this class keeps the Pod's
// facts (IP, volumes, conditions) and does the steps the table names.
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { HttpRequest, HttpResponse, NetError } from '../program';
import type { DirNode } from '../fs';
import type { KubeletContext, NodeRuntime } from './context';
import { ContainerRunner, type KillReason } from './container-runner';
import {
  buildPodStatus,
  computePhase,
  ConditionTracker,
  foreignConditions,
  statusSignature,
  type Phase,
} from './pod-status';
import { allocateIP, podVolumes } from './pod-sandbox';
import { rfc3339 } from '../time-format';
import { mut } from '../mutable';
import type { TimerId } from '../clock';
import type { PodHandle } from './pod-handle';
import { step, type EmittedEvent, type Executor } from './lifecycle-engine';
import {
  POD_LIFECYCLE,
  type PodAction,
  type PodEvent,
  type PodGuard,
  type PodPhaseOnNode,
} from './pod-lifecycle-table';
import { DEFAULT_GRACE_SECONDS, SANDBOX_MS } from '../timing';
import { applyRestartPolicy } from './restart-policy';
import { MountRetry } from './volume-mount-retry';
import { TerminationOrder } from './termination-order';
import { volumeMountErrors } from './config-objects';
import { restartChangedContainers } from './spec-update';

const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';

export class PodWorker implements PodHandle, Executor<PodPhaseOnNode, PodEvent, PodGuard, PodAction> {
  /** Where the Pod is in POD_LIFECYCLE. */
  phase: PodPhaseOnNode = 'Admitted';
  readonly init: ContainerRunner[];
  readonly main: ContainerRunner[];
  podIP = '';
  volumes = new Map<string, { dir: DirNode; readOnly: boolean }>();
  sandboxReady = false;
  /** Nothing more is reported: the object is gone. */
  private removed = false;
  private terminalPhase: Phase | undefined;
  private reason: string | undefined;
  private message: string | undefined;
  private readonly conditions: ConditionTracker;
  private readonly startTime: string;
  private lastReported = '';
  private deadlineTimer: TimerId | undefined;
  private sandboxTimer: TimerId | undefined;
  private readonly mountRetry: MountRetry;
  private readonly terminationOrder = new TerminationOrder();
  /** Every init container has finished (a sidecar: started); the app containers may start. */
  private initialized = false;
  private ipOctet: number | undefined;
  /** The container whose exit is being handled (for the restart policy step). */
  private exitedRunner: { runner: ContainerRunner; exitCode: number } | undefined;

  constructor(
    readonly ctx: KubeletContext,
    readonly node: NodeRuntime,
    readonly pod: Pod,
  ) {
    this.startTime = rfc3339(ctx.clock.now());
    this.conditions = new ConditionTracker(pod.status?.conditions ?? []);
    this.mountRetry = new MountRetry(ctx.clock);
    this.init = (pod.spec?.initContainers ?? []).map((c) => this.runnerFor(c, true));
    this.main = (pod.spec?.containers ?? []).map((c) => this.runnerFor(c, false));
  }

  private runnerFor(spec: Container, init: boolean): ContainerRunner {
    const runner: ContainerRunner = new ContainerRunner(this, spec, init, {
      attempted: () => this.attempted(runner),
      exited: (exitCode) => {
        this.exitedRunner = { runner, exitCode };
        this.fire('containerStopped');
        this.exitedRunner = undefined;
      },
    });
    return runner;
  }

  get hasInitContainers(): boolean {
    return (this.pod.spec?.initContainers?.length ?? 0) > 0;
  }
  /** Init containers, then app containers. */
  get runners(): readonly ContainerRunner[] {
    return (this.allRunners ??= [...this.init, ...this.main]);
  }
  private allRunners: ContainerRunner[] | undefined;

  private fire(event: PodEvent): void {
    step(POD_LIFECYCLE, this, event);
  }

  private anyRunning(): boolean {
    return this.runners.some((c) => c.running);
  }

  // ── what the kubelet asks for ──

  /** The kubelet accepted the Pod: report it, then bring up the sandbox. */
  admit(): void {
    this.changed();
    const deadline = this.pod.spec?.activeDeadlineSeconds;
    if (deadline !== undefined)
      this.deadlineTimer = this.ctx.clock.after(deadline * 1000, () => this.deadlineReached(), 'activeDeadlineSeconds');
    this.fire('volumesChecked');
  }

  /** Graceful deletion: SIGTERM every running container, SIGKILL at the end of the grace period. */
  terminate(): void {
    this.fire('delete');
  }

  /** The Pod object vanished (force delete): stop everything without reporting. */
  abandon(): void {
    this.fire('forceDelete');
  }

  private deadlineReached(): void {
    this.deadlineTimer = undefined;
    this.fire('deadline');
  }

  // ── the engine's executor ──

  guard(name: PodGuard): boolean {
    if (name === 'volumesMissing') return volumeMountErrors(this.pod).length > 0;
    return this.anyRunning();
  }

  record(e: EmittedEvent, text: string): void {
    this.event(e.type, e.reason, text);
  }

  action(name: PodAction): void {
    switch (name) {
      case 'setUpNetwork':
        return this.setUpNetwork();
      case 'mountVolumes':
        return this.mountVolumes();
      case 'startNext':
        return this.proceed();
      case 'failMount':
        for (const message of volumeMountErrors(this.pod)) this.event('Warning', 'FailedMount', message);
        return this.mountRetry.failed(() => this.fire('volumesChecked'));
      case 'createSandbox':
        this.sandboxTimer = this.ctx.clock.after(
          SANDBOX_MS,
          () => {
            this.sandboxTimer = undefined;
            this.fire('sandboxUp');
          },
          'pod sandbox',
        );
        return;
      case 'cancelStart':
        if (this.sandboxTimer !== undefined) this.ctx.clock.cancel(this.sandboxTimer);
        this.sandboxTimer = undefined;
        return this.mountRetry.cancel();
      case 'clearDeadline':
        return this.clearDeadline();
      case 'killContainers':
        return this.killContainers();
      case 'stopNextSidecar':
        return this.terminationOrder.next(this.main, this.init, this.ctx.clock.now());
      case 'checkStopped':
        if (!this.anyRunning()) this.fire('containerStopped');
        return;
      case 'applyRestartPolicy': {
        const exited = this.exitedRunner;
        if (exited && applyRestartPolicy(exited.runner, exited.exitCode, this.restartPolicy) === 'initDone') {
          this.changed();
          this.proceed();
        }
        return;
      }
      case 'checkCompleted': {
        const phase = computePhase(this.init, this.main, this.restartPolicy, false);
        if (phase !== 'Succeeded' && phase !== 'Failed') return;
        // Only sidecars can still run once the app containers are done for good.
        if (this.anyRunning()) return this.fire('appsFinished');
        this.terminalPhase = phase;
        return this.fire('completed');
      }
      case 'stopSidecars':
        // killPod with the spec's grace period; the sidecars stop last declared first.
        this.terminationOrder.begin(
          this.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS,
          'deletion',
          this.ctx.clock.now(),
        );
        return this.terminationOrder.next(this.main, this.init, this.ctx.clock.now());
      case 'settlePhase':
        this.terminalPhase = computePhase(this.init, this.main, this.restartPolicy, true);
        return;
      case 'failForDeadline':
        this.terminalPhase = 'Failed';
        this.reason = 'DeadlineExceeded';
        this.message = DEADLINE_MESSAGE;
        return;
      case 'finish':
        return this.finish();
      case 'report':
        return this.changed();
      case 'reportTerminal':
        // Kubelet ≥1.27 reports a terminal phase before the Pod object is removed.
        this.terminalPhase ??= computePhase(this.init, this.main, this.restartPolicy, true);
        this.sandboxReady = false;
        this.changed();
        this.releaseIP();
        return;
      case 'removeObject':
        this.removed = true;
        this.ctx.store.remove(this.pod);
        this.ctx.podGone(this.pod);
        return;
      case 'abandonContainers':
        this.removed = true;
        for (const c of this.runners) c.abandon();
        this.releaseIP();
        return;
    }
  }

  // ── the steps that need more than a line ──

  private get restartPolicy(): string {
    return this.pod.spec?.restartPolicy ?? 'Always';
  }

  private setUpNetwork(): void {
    if (this.pod.spec?.hostNetwork) {
      // hostNetwork Pods share the node's network namespace and so its address.
      this.podIP = this.node.hostIP;
    } else {
      this.ipOctet = allocateIP(this.node);
      this.podIP = `10.244.${this.node.podSubnet}.${this.ipOctet}`;
    }
  }

  private mountVolumes(): void {
    this.volumes = podVolumes(this.ctx, this.node, this.pod);
    // No report here: the pod worker is still inside the sync that pulls and starts the containers,
    // so the IP and PodReadyToStartContainers show up with the next status (started, or a failed pull).
    this.sandboxReady = true;
  }

  /** Next step after the sandbox or an init container finished: the next init container, else the apps. */
  private proceed(): void {
    if (this.phase !== 'Active') return;
    if (!this.initialized) {
      // A sidecar counts as done once started (SyncPod starts the next init container only then).
      const next = this.init.find((c) => !c.succeeded && !(c.sidecar && c.started));
      if (next) {
        if (next.phase === 'New') next.begin();
        return;
      }
      this.initialized = true;
    }
    let initialized = false;
    for (const c of this.main) {
      if (c.phase === 'New' && c.state.waiting?.reason === 'PodInitializing') {
        c.state = { waiting: { reason: 'ContainerCreating' } };
        initialized = true;
      }
    }
    if (initialized) this.changed();
    // SyncPod starts the app containers one after another: each is pulled and started before the next.
    for (const c of this.main) {
      if (c.attempted) continue;
      if (c.phase === 'New') c.begin();
      return;
    }
  }

  /** A container's first start finished (or failed): the next one may go. */
  private attempted(runner: ContainerRunner): void {
    if (!runner.init || runner.sidecar) this.proceed();
  }

  containerStarted(): void {
    if (!this.initialized) this.proceed();
  }

  event(type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void {
    if (this.removed) return;
    const m = this.pod.metadata!;
    this.ctx.events.record(
      { kind: 'Pod', namespace: m.namespace, name: m.name!, uid: m.uid, resourceVersion: m.resourceVersion, fieldPath },
      type,
      reason,
      message,
      { component: 'kubelet', host: this.node.name },
    );
  }

  /** The Pod is done for good: stop what is left. */
  private finish(): void {
    for (const c of this.runners) c.abandon();
    this.sandboxReady = false;
    this.releaseIP();
    this.clearDeadline();
    this.ctx.podGone(this.pod);
  }

  /** SIGTERM to every running container; the grace period is the deletion's, or the spec's for a deadline. */
  private killContainers(): void {
    const specGrace = this.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS;
    const deletion = this.phase === 'Terminating';
    const grace = deletion ? (this.pod.metadata?.deletionGracePeriodSeconds ?? specGrace) : specGrace;
    const reason: KillReason = deletion ? 'deletion' : 'deadline';
    for (const c of this.runners) {
      c.cancelTimer();
      if (c.running && !c.sidecar) c.kill(reason, grace, `Stopping container ${c.name}`);
    }
    this.terminationOrder.begin(grace, reason, this.ctx.clock.now());
    this.terminationOrder.next(this.main, this.init, this.ctx.clock.now());
  }

  /** activeDeadlineSeconds counts from the Pod's start time; an update may set or lower it. */
  private rescheduleDeadline(): void {
    const deadline = this.pod.spec?.activeDeadlineSeconds;
    if (deadline === undefined || (this.phase !== 'Admitted' && this.phase !== 'Active')) return;
    this.clearDeadline();
    const startedAt = Date.parse(this.startTime);
    this.deadlineTimer = this.ctx.clock.schedule(
      startedAt + deadline * 1000,
      () => this.deadlineReached(),
      'activeDeadlineSeconds',
    );
  }

  private clearDeadline(): void {
    if (this.deadlineTimer !== undefined) this.ctx.clock.cancel(this.deadlineTimer);
    this.deadlineTimer = undefined;
  }

  /** An allowed spec change: a changed image restarts that container (kubelet hashes the spec). */
  specUpdated(): void {
    this.rescheduleDeadline();
    restartChangedContainers(this.runners, this.pod, this.phase === 'Active');
  }

  private releaseIP(): void {
    if (this.ipOctet !== undefined) this.node.usedIPs.delete(this.ipOctet);
    this.ipOctet = undefined;
  }

  /** Containers of a Pod share one network namespace: localhost reaches every container's ports. */
  localhostRequest(port: number, req: HttpRequest): HttpResponse | NetError {
    for (const c of this.runners) {
      if (c.running && c.instance!.program.tcpConnect(port)) return c.instance!.program.http(port, req);
    }
    return { error: 'connection-refused' };
  }

  /** Re-renders the status and stores it if anything a client could see changed. */
  changed(): void {
    if (this.removed) return;
    // Everything the status is made from, cheaply: an unchanged signature means nothing to report.
    const signature = `${this.terminalPhase}|${this.sandboxReady}|${this.podIP}|${this.reason}|${statusSignature(this.runners)}`;
    if (signature === this.lastReported) return;
    this.lastReported = signature;
    const status = buildPodStatus({
      now: this.ctx.clock.now(),
      conditions: this.conditions,
      init: this.init,
      main: this.main,
      restartPolicy: this.pod.spec?.restartPolicy ?? 'Always',
      terminalPhase: this.terminalPhase,
      sandboxReady: this.sandboxReady,
      hostIP: this.node.hostIP,
      podIP: this.podIP || undefined,
      startTime: this.startTime,
      qosClass: this.pod.status?.qosClass,
      reason: this.reason,
      message: this.message,
      readinessGates: (this.pod.spec?.readinessGates ?? []).map((g) => g.conditionType),
      foreignConditions: foreignConditions(this.pod.status?.conditions),
    });
    mut(this.pod).status = status;
    this.ctx.store.modified(this.pod, { manager: 'kubelet', subresource: 'status' });
  }
}
