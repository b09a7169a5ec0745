// kubectl's STATUS column for a Pod, as the API server's table printer computes it (printPod in
// kubernetes/pkg/printers/internalversion/printers.go): the first unfinished init container's
// state, else the first main container that waits or has terminated, else the phase; Terminating
// while deletionTimestamp is set on a Pod that has not finished. Checks compare against it.
// TODO(integration): switch to podStatusText from src/kubectl/print once it lands, so both agree by construction.

import type { Pod } from '../sim/api';

export function podStatusText(pod: Pod): string {
  const status = pod.status ?? {};
  let reason = status.reason ?? status.phase ?? 'Pending';
  let initializing = false;
  const inits = status.initContainerStatuses ?? [];
  const initSpecs = pod.spec?.initContainers ?? [];
  for (let i = 0; i < inits.length; i++) {
    const c = inits[i]!;
    const term = c.state?.terminated;
    if (term && term.exitCode === 0) continue;
    initializing = true;
    if (term) reason = term.reason ? `Init:${term.reason}` : term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
    else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${initSpecs.length}`;
    break;
  }
  const initialized = (status.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    let hasRunning = false;
    const containers = [...(status.containerStatuses ?? [])].reverse();
    for (const c of containers) {
      const waiting = c.state?.waiting;
      const term = c.state?.terminated;
      if (waiting?.reason) reason = waiting.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
      else if (c.ready && c.state?.running) hasRunning = true;
    }
    if (reason === 'Completed' && hasRunning) {
      const ready = (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
      reason = ready ? 'Running' : 'NotReady';
    }
  }
  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') return 'Unknown';
  if (pod.metadata?.deletionTimestamp && status.phase !== 'Succeeded' && status.phase !== 'Failed') return 'Terminating';
  return reason;
}
