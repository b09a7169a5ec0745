// A container's probes, wired to the container: each result goes to the probe-timeline listeners,
// then flips started/ready or kills the container as the kubelet's prober manager does.
import type { Container } from 'kubernetes-types/core/v1';
import type { ContainerInstance } from './container-instance';
import type { PodHandle } from './pod-handle';
import { ProbeRunner, type Outcome, type ProbeKind } from './prober';
import { DEFAULT_GRACE_SECONDS } from '../timing';

/** The container as its probes see it: what they read, and the two things they may do to it. */
export interface ProbedContainer {
  readonly name: string;
  readonly spec: Container;
  readonly pod: PodHandle;
  readonly stopping: boolean;
  readonly sidecar: boolean;
  started: boolean;
  ready: boolean;
  event(type: 'Normal' | 'Warning', reason: string, message: string): void;
  kill(reason: 'liveness' | 'startup', graceSeconds: number, message: string): void;
}

export class ContainerProbes {
  private runners: ProbeRunner[] = [];

  constructor(private readonly c: ProbedContainer) {}

  start(instance: ContainerInstance): void {
    const target = {
      clock: this.c.pod.ctx.clock,
      instance,
      container: this.c.spec,
      podIP: this.c.pod.podIP,
      started: () => this.c.started,
      report: (kind: ProbeKind, outcome: Outcome, runner: ProbeRunner) => this.probeReported(kind, outcome, runner),
      mayCountSuccessesAtOnce: () => instance.program.quietProbes === true && this.c.pod.ctx.probeListeners.size === 0,
    };
    const kinds: [ProbeKind, Container['livenessProbe']][] = [
      ['startup', this.c.spec.startupProbe],
      ['liveness', this.c.spec.livenessProbe],
      ['readiness', this.c.spec.readinessProbe],
    ];
    for (const [kind, probe] of kinds) {
      if (!probe) continue;
      const runner = new ProbeRunner(kind, probe, target);
      this.runners.push(runner);
      runner.start();
    }
  }

  stop(): void {
    for (const p of this.runners) p.stop();
    this.runners = [];
  }

  private probeReported(kind: ProbeKind, outcome: Outcome, runner: ProbeRunner): void {
    if (this.c.pod.ctx.probeListeners.size > 0) this.tellListeners(kind, outcome, runner);
    if (this.c.stopping) return;
    this.applyProbe(kind, outcome, runner);
  }

  private tellListeners(kind: ProbeKind, outcome: Outcome, runner: ProbeRunner): void {
    const worker = this.c.pod;
    const r = {
      time: worker.ctx.clock.now(),
      namespace: worker.pod.metadata?.namespace ?? 'default',
      pod: worker.pod.metadata?.name ?? '',
      container: this.c.name,
      probe: kind,
      result: outcome.result,
      message: outcome.output,
      consecutiveFailures: runner.consecutiveFailures,
      failureThreshold: runner.failureThreshold,
    };
    for (const listener of worker.ctx.probeListeners) listener(r);
  }

  private applyProbe(kind: ProbeKind, outcome: Outcome, runner: ProbeRunner): void {
    const worker = this.c.pod;
    const label = kind[0]!.toUpperCase() + kind.slice(1);
    if (outcome.result === 'success') {
      if (kind === 'startup' && !this.c.started) {
        this.c.started = true;
        runner.stop();
        if (!this.c.spec.readinessProbe) this.c.ready = true;
        worker.changed();
        worker.containerStarted();
      } else if (kind === 'readiness' && !this.c.ready && runner.consecutiveSuccesses >= runner.successThreshold) {
        this.c.ready = true;
        worker.changed();
      }
      return;
    }
    this.c.event('Warning', 'Unhealthy', `${label} probe failed: ${outcome.output}`);
    if (runner.consecutiveFailures < runner.failureThreshold) return;
    if (kind === 'readiness') {
      if (this.c.ready) {
        this.c.ready = false;
        worker.changed();
      }
      return;
    }
    // Liveness/startup past the threshold: kill with the probe's grace period, or the Pod's.
    // A sidecar restarts whatever the Pod's policy (kuberuntime computePodActions).
    const suffix = worker.pod.spec?.restartPolicy === 'Never' && !this.c.sidecar ? '' : ', will be restarted';
    const grace =
      runner.probe.terminationGracePeriodSeconds ??
      worker.pod.spec?.terminationGracePeriodSeconds ??
      DEFAULT_GRACE_SECONDS;
    this.c.kill(kind, grace, `Container ${this.c.name} failed ${kind} probe${suffix}`);
  }
}
