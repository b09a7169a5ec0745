// What the Pod's restart policy does with one container's exit (pkg/kubelet/kuberuntime
// kuberuntime_manager.go computePodActions; shouldRestartOnFailure for probe kills).
import type { ContainerRunner } from './container-runner';

/** Applies the policy; returns 'initDone' when an init container finished and the Pod may move on. */
export function applyRestartPolicy(runner: ContainerRunner, exitCode: number, policy: string): 'initDone' | undefined {
  const probeKill = runner.killReason === 'liveness' || runner.killReason === 'startup';
  if (runner.killReason === 'spec') {
    runner.restartSoon();
  } else if (runner.sidecar) {
    // Restartable init containers restart on any exit, like restartPolicy Always.
    if (probeKill) runner.restartAfterProbeKill();
    else runner.restartWithBackoff();
  } else if (runner.init) {
    if (exitCode === 0) return 'initDone';
    if (policy !== 'Never') runner.restartWithBackoff();
  } else if (probeKill) {
    // A probe kill restarts unless the policy is Never, whatever the exit code.
    if (policy !== 'Never') runner.restartAfterProbeKill();
  } else if (policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0)) {
    runner.restartWithBackoff();
  }
  return undefined;
}
