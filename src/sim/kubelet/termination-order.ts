// The order a Pod with sidecars stops in (pkg/kubelet/kuberuntime/kuberuntime_termination_order.go,
// used by killContainersWithSyncResult): the app containers first; then each restartable init
// container, last declared first, once the app containers and the sidecars after it have exited.
// A sidecar gets what is left of the grace period (killContainer subtracts the whole seconds it
// waited for its turn; the 2 s minimum still applies).
import type { ContainerRunner, KillReason } from './container-runner';

export class TerminationOrder {
  private active = false;
  private graceSeconds = 0;
  private startedAt = 0;
  private reason: KillReason = 'deletion';

  begin(graceSeconds: number, reason: KillReason, now: number): void {
    this.active = true;
    this.graceSeconds = graceSeconds;
    this.reason = reason;
    this.startedAt = now;
  }

  /** Stops the next sidecar whose turn has come (called at the start and after every exit). */
  next(main: readonly ContainerRunner[], init: readonly ContainerRunner[], now: number): void {
    if (!this.active || main.some((c) => c.running)) return;
    const sidecars = init.filter((c) => c.sidecar);
    for (let i = sidecars.length - 1; i >= 0; i--) {
      const c = sidecars[i]!;
      if (!c.running) continue;
      if (c.stopping) return;
      const waited = Math.floor((now - this.startedAt) / 1000);
      c.kill(this.reason, Math.max(this.graceSeconds - waited, 0), `Stopping container ${c.name}`);
      return;
    }
  }
}
