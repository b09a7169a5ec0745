// The READY, STATUS and RESTARTS cells of `kubectl get pods`, computed the way the API server's
// table convertor does (printPod in kubernetes pkg/printers/internalversion/printers.go). The
// STATUS is never stored: it is derived from phase, container states and deletionTimestamp.

import type { Pod } from '../../sim/api';
import { humanDuration, parseTime } from './duration';

export interface PodRowSummary {
  ready: string;
  status: string;
  restarts: string;
}

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

// Terminal phases keep their last STATUS even while deletion is pending.
const TERMINAL_PHASES = new Set(['Succeeded', 'Failed']);
// The kubelet's reason for pods on a node that stopped reporting (pkg/util/node).
const NODE_UNREACHABLE_REASON = 'NodeLost';

function conditionTrue(pod: Pod, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

function lastTerminationTime(status: ContainerStatus): number | undefined {
  return parseTime(status.lastState?.terminated?.finishedAt);
}

export function summarizePod(pod: Pod, now: number): PodRowSummary {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const phase = status.phase ?? '';
  let reason: string = status.reason || phase;
  for (const condition of status.conditions ?? []) {
    if (condition.type === 'PodScheduled' && condition.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  const initSpecs = spec?.initContainers ?? [];
  // Sidecars (init containers with restartPolicy Always) count as regular containers.
  const sidecars = new Set(initSpecs.filter((c) => c.restartPolicy === 'Always').map((c) => c.name));
  const totalContainers = (spec?.containers?.length ?? 0) + sidecars.size;
  let readyContainers = 0;
  let restarts = 0;
  let lastRestart: number | undefined;
  let sidecarRestarts = 0;
  let lastSidecarRestart: number | undefined;

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i]!;
    restarts += c.restartCount ?? 0;
    const finished = lastTerminationTime(c);
    if (finished !== undefined && (lastRestart === undefined || finished > lastRestart)) lastRestart = finished;
    const isSidecar = sidecars.has(c.name);
    if (isSidecar) {
      sidecarRestarts += c.restartCount ?? 0;
      if (finished !== undefined && (lastSidecarRestart === undefined || finished > lastSidecarRestart)) {
        lastSidecarRestart = finished;
      }
    }
    const terminated = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (isSidecar && c.started) {
      if (c.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      if (!terminated.reason) {
        reason = terminated.signal ? `Init:Signal:${terminated.signal}` : `Init:ExitCode:${terminated.exitCode}`;
      } else {
        reason = `Init:${terminated.reason}`;
      }
    } else if (waiting && waiting.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${initSpecs.length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || conditionTrue(pod, 'Initialized')) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Walk backwards so that the first container's state wins.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i]!;
      restarts += c.restartCount ?? 0;
      const finished = lastTerminationTime(c);
      if (finished !== undefined && (lastRestart === undefined || finished > lastRestart)) lastRestart = finished;
      const waiting = c.state?.waiting;
      const terminated = c.state?.terminated;
      if (waiting && waiting.reason) {
        reason = waiting.reason;
      } else if (terminated && terminated.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      } else if (c.ready && c.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = conditionTrue(pod, 'Ready') ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata?.deletionTimestamp && status.reason === NODE_UNREACHABLE_REASON) {
    reason = 'Unknown';
  } else if (pod.metadata?.deletionTimestamp && !TERMINAL_PHASES.has(phase)) {
    reason = 'Terminating';
  }

  const restartText =
    restarts !== 0 && lastRestart !== undefined
      ? `${restarts} (${humanDuration(now - lastRestart)} ago)`
      : String(restarts);
  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts: restartText };
}

/** The STATUS column of `kubectl get pods` for this pod. */
export function podStatusText(pod: Pod): string {
  return summarizePod(pod, 0).status;
}
