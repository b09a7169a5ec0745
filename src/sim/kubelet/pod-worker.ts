// One Pod on one node, as the kubelet's pod worker runs it: sandbox and IP, volumes, init
// containers one by one, then the app containers; restart policy on every exit; graceful
// termination on deletion; the status report after every change.
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { HttpRequest, HttpResponse, NetError } from '../program';
import type { DirNode } from '../fs';
import type { KubeletContext, NodeRuntime } from './context';
import { ContainerRunner } from './container-runner';
import { buildPodStatus, computePhase, ConditionTracker, type Phase } from './pod-status';
import { buildPodVolumes } from './volumes';
import { rfc3339 } from '../time-format';
import { mut } from '../mutable';
import type { TimerId } from '../clock';
import type { PodHandle } from './pod-handle';
import { DEFAULT_GRACE_SECONDS, SANDBOX_MS } from '../timing';

export class PodWorker implements PodHandle {
  readonly init: ContainerRunner[];
  readonly main: ContainerRunner[];
  podIP = '';
  volumes = new Map<string, { dir: DirNode; readOnly: boolean }>();
  sandboxReady = false;
  terminating = false;
  gone = false;
  private terminalPhase: Phase | undefined;
  private reason: string | undefined;
  private message: string | undefined;
  private readonly conditions: ConditionTracker;
  private readonly startTime: string;
  private lastReported = '';
  private deadlineTimer: TimerId | undefined;
  private sandboxTimer: TimerId | undefined;
  private ipOctet: number | undefined;

  constructor(
    readonly ctx: KubeletContext,
    readonly node: NodeRuntime,
    readonly pod: Pod,
  ) {
    this.startTime = rfc3339(ctx.clock.now());
    this.conditions = new ConditionTracker(pod.status?.conditions ?? []);
    this.init = (pod.spec?.initContainers ?? []).map((c) => this.runnerFor(c, true));
    this.main = (pod.spec?.containers ?? []).map((c) => this.runnerFor(c, false));
  }

  private runnerFor(spec: Container, init: boolean): ContainerRunner {
    const runner: ContainerRunner = new ContainerRunner(this, spec, init, {
      attempted: () => this.attempted(runner),
      exited: (exitCode) => this.containerExited(runner, exitCode),
    });
    return runner;
  }

  get hasInitContainers(): boolean {
    return (this.pod.spec?.initContainers?.length ?? 0) > 0;
  }

  private allRunners: ContainerRunner[] | undefined;

  /** Init containers, then app containers. */
  get runners(): readonly ContainerRunner[] {
    return (this.allRunners ??= [...this.init, ...this.main]);
  }

  /** The kubelet accepted the Pod: report it, then bring up the sandbox. */
  admit(): void {
    this.changed();
    const deadline = this.pod.spec?.activeDeadlineSeconds;
    if (deadline !== undefined)
      this.deadlineTimer = this.ctx.clock.after(
        deadline * 1000,
        () => this.deadlineExceeded(),
        'activeDeadlineSeconds',
      );
    this.sandboxTimer = this.ctx.clock.after(SANDBOX_MS, () => this.sandboxUp(), 'pod sandbox');
  }

  private sandboxUp(): void {
    this.sandboxTimer = undefined;
    if (this.terminating || this.gone) return;
    if (this.pod.spec?.hostNetwork) {
      // hostNetwork Pods share the node's network namespace and so its address.
      this.podIP = this.node.hostIP;
    } else {
      this.ipOctet = allocateIP(this.node);
      this.podIP = `10.244.${this.node.podSubnet}.${this.ipOctet}`;
    }
    const ns = this.pod.metadata?.namespace ?? 'default';
    this.volumes = buildPodVolumes(this.pod, {
      storage: this.ctx.storage,
      nodeName: this.node.name,
      now: this.ctx.clock.now(),
      boundVolume: (claim) => this.ctx.boundVolume(ns, claim),
      caCert: '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIPodLabSimulatedCA\n-----END CERTIFICATE-----\n',
      token: `eyJhbGciOiJSUzI1NiIsImtpZCI6InBvZC1sYWIifQ.${this.ctx.random.hex(48)}.${this.ctx.random.hex(86)}`,
    });
    this.sandboxReady = true;
    // No report here: the pod worker is still inside the sync that pulls and starts the containers,
    // so the IP and PodReadyToStartContainers show up with the next status (started, or a failed pull).
    this.proceed();
  }

  /** Next step after the sandbox or an init container finished: the next init container, else the apps. */
  private proceed(): void {
    if (this.terminating || this.terminalPhase) return;
    const next = this.init.find((c) => !c.succeeded);
    if (next) {
      if (next.phase === 'New') next.begin();
      return;
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
    if (!runner.init) this.proceed();
  }

  event(type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string): void {
    if (this.gone) return;
    const m = this.pod.metadata!;
    this.ctx.events.record(
      { kind: 'Pod', namespace: m.namespace, name: m.name!, uid: m.uid, resourceVersion: m.resourceVersion, fieldPath },
      type,
      reason,
      message,
      { component: 'kubelet', host: this.node.name },
    );
  }

  /** Restart policy applied to an exit (pkg/kubelet/kuberuntime computePodActions). */
  private containerExited(runner: ContainerRunner, exitCode: number): void {
    if (this.gone) return;
    if (this.terminating) {
      if (this.runners.some((c) => c.running)) this.changed();
      else this.finishIfStopped();
      return;
    }
    if (this.terminalPhase) {
      // Past activeDeadlineSeconds: nothing restarts; the Pod is done once the last container stops.
      this.changed();
      if (!this.runners.some((c) => c.running)) this.finish(this.terminalPhase);
      return;
    }
    const policy = this.pod.spec?.restartPolicy ?? 'Always';
    const probeKill = runner.killReason === 'liveness' || runner.killReason === 'startup';
    if (runner.killReason === 'spec') {
      runner.restartSoon();
    } else if (runner.init) {
      if (exitCode === 0) {
        this.changed();
        this.proceed();
        return;
      }
      if (policy !== 'Never') runner.restartWithBackoff();
    } else if (probeKill) {
      // A probe kill restarts unless the policy is Never (shouldRestartOnFailure), whatever the exit code.
      if (policy !== 'Never') runner.restartAfterProbeKill();
    } else if (policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0)) {
      runner.restartWithBackoff();
    }
    const phase = computePhase(this.init, this.main, policy, false);
    if ((phase === 'Succeeded' || phase === 'Failed') && !this.runners.some((c) => c.running)) this.finish(phase);
    this.changed();
  }

  /** The Pod is done for good: stop what is left and mark it terminal. */
  private finish(phase: Phase): void {
    this.terminalPhase = phase;
    for (const c of this.runners) c.abandon();
    this.sandboxReady = false;
    this.releaseIP();
    this.clearDeadline();
    this.ctx.podGone(this.pod);
  }

  private deadlineExceeded(): void {
    this.deadlineTimer = undefined;
    if (this.terminating || this.terminalPhase) return;
    const message = 'Pod was active on the node longer than the specified deadline';
    this.event('Normal', 'DeadlineExceeded', message);
    this.reason = 'DeadlineExceeded';
    this.message = message;
    const grace = this.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS;
    for (const c of this.runners) {
      c.cancelTimer();
      if (c.running) c.kill('deadline', grace, `Stopping container ${c.name}`);
    }
    this.terminalPhase = 'Failed';
    this.changed();
    if (!this.runners.some((c) => c.running)) this.finish('Failed');
  }

  /** activeDeadlineSeconds counts from the Pod's start time; an update may set or lower it. */
  private rescheduleDeadline(): void {
    const deadline = this.pod.spec?.activeDeadlineSeconds;
    if (deadline === undefined || this.terminating || this.terminalPhase) return;
    this.clearDeadline();
    const startedAt = Date.parse(this.startTime);
    this.deadlineTimer = this.ctx.clock.schedule(
      startedAt + deadline * 1000,
      () => this.deadlineExceeded(),
      'activeDeadlineSeconds',
    );
  }

  private clearDeadline(): void {
    if (this.deadlineTimer !== undefined) this.ctx.clock.cancel(this.deadlineTimer);
    this.deadlineTimer = undefined;
  }

  /** Graceful deletion: SIGTERM every running container, SIGKILL at the end of the grace period. */
  terminate(): void {
    if (this.gone) return;
    const grace =
      this.pod.metadata?.deletionGracePeriodSeconds ??
      this.pod.spec?.terminationGracePeriodSeconds ??
      DEFAULT_GRACE_SECONDS;
    const wasTerminating = this.terminating;
    this.terminating = true;
    this.clearDeadline();
    if (this.sandboxTimer !== undefined) this.ctx.clock.cancel(this.sandboxTimer);
    for (const c of this.runners) {
      c.cancelTimer();
      if (c.running) c.kill('deletion', grace, `Stopping container ${c.name}`);
    }
    if (!wasTerminating) this.finishIfStopped();
  }

  private finishIfStopped(): void {
    if (this.gone || this.runners.some((c) => c.running)) return;
    // Kubelet ≥1.27 reports a terminal phase before the Pod object is removed.
    if (!this.terminalPhase)
      this.terminalPhase = computePhase(this.init, this.main, this.pod.spec?.restartPolicy ?? 'Always', true);
    this.sandboxReady = false;
    this.changed();
    this.releaseIP();
    this.gone = true;
    this.ctx.store.remove(this.pod);
    this.ctx.podGone(this.pod);
  }

  /** The Pod object vanished (force delete): stop everything without reporting. */
  abandon(): void {
    this.gone = true;
    this.clearDeadline();
    if (this.sandboxTimer !== undefined) this.ctx.clock.cancel(this.sandboxTimer);
    for (const c of this.runners) c.abandon();
    this.releaseIP();
  }

  /** An allowed spec change: a changed image restarts that container (kubelet hashes the spec). */
  specUpdated(): void {
    this.rescheduleDeadline();
    const all = [...(this.pod.spec?.initContainers ?? []), ...(this.pod.spec?.containers ?? [])];
    for (const runner of this.runners) {
      const spec = all.find((c) => c.name === runner.name);
      if (!spec || spec.image === runner.spec.image) {
        if (spec) runner.spec = spec;
        continue;
      }
      runner.spec = spec;
      if (runner.running) {
        runner.kill(
          'spec',
          this.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS,
          `Container ${runner.name} definition changed, will be restarted`,
        );
      } else if (
        runner.state.waiting &&
        !this.terminating &&
        !this.terminalPhase &&
        (!runner.init || !runner.succeeded)
      ) {
        const reason = runner.state.waiting.reason;
        if (
          reason === 'ErrImagePull' ||
          reason === 'ImagePullBackOff' ||
          reason === 'InvalidImageName' ||
          reason === 'ErrImageNeverPull'
        )
          runner.begin();
      }
    }
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
    if (this.gone) return;
    // Everything the status is made from, cheaply: an unchanged signature means nothing to report.
    let signature = `${this.terminalPhase}|${this.sandboxReady}|${this.podIP}|${this.reason}`;
    for (const c of this.runners) {
      const st = c.state;
      const detail = st.waiting
        ? `w${st.waiting.reason}${st.waiting.message}`
        : st.running
          ? `r${st.running.startedAt}`
          : `t${st.terminated?.exitCode}${st.terminated?.finishedAt}`;
      signature += `|${detail}|${c.ready}|${c.started}|${c.restartCount}|${c.containerID}|${c.reportedImage}|${c.lastTerminated?.finishedAt}|${c.succeeded}`;
    }
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
      podIP: this.terminalPhase ? this.podIP || undefined : this.podIP || undefined,
      startTime: this.startTime,
      qosClass: this.pod.status?.qosClass,
      reason: this.reason,
      message: this.message,
    });
    mut(this.pod).status = status;
    this.ctx.store.modified(this.pod);
  }
}

function allocateIP(node: NodeRuntime): number {
  // host-local IPAM hands out addresses in order and wraps around, skipping ones in use.
  for (let i = 0; i < 253; i++) {
    const candidate = ((node.nextIP - 2 + i) % 253) + 2;
    if (!node.usedIPs.has(candidate)) {
      node.usedIPs.add(candidate);
      node.nextIP = candidate + 1;
      return candidate;
    }
  }
  return 254;
}
