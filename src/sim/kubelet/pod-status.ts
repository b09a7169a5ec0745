// The Pod status the kubelet reports (pkg/kubelet/kubelet_pods.go generateAPIPodStatus, getPhase
// and pkg/kubelet/status/generate.go): phase from the containers' states, the five conditions with
// their reasons and transition times, and one status per container.
import type { ContainerStatus, PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import type { ContainerView } from './pod-handle';
import { rfc3339 } from '../time-format';

export type Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

/** getPhase, simplified to the states this simulator produces. `terminal`: the Pod is being torn down. */
export function computePhase(
  init: readonly ContainerView[],
  main: readonly ContainerView[],
  restartPolicy: string,
  terminal: boolean,
): Phase {
  let pendingInit = 0;
  let failedInit = 0;
  for (const c of init) {
    if (c.succeeded) continue;
    if (c.sidecar) {
      // A restartable init container is pending until it first starts; later exits restart it.
      const neverStarted = c.state.waiting ? !c.lastTerminated : !!c.state.running && !c.started;
      if (neverStarted && !initialized(init, main)) pendingInit++;
      continue;
    }
    const t = c.state.terminated ?? (c.state.waiting ? c.lastTerminated : undefined);
    if (t && t.exitCode !== 0) failedInit++;
    else pendingInit++;
  }
  if (failedInit > 0 && restartPolicy === 'Never') return 'Failed';
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of main) {
    if (c.state.running) running++;
    else if (c.state.terminated) {
      stopped++;
      if (c.state.terminated.exitCode === 0) succeeded++;
    } else if (c.state.waiting && c.lastTerminated) {
      stopped++;
      if (c.lastTerminated.exitCode === 0) succeeded++;
    } else waiting++;
  }
  if (pendingInit > 0 && !terminal) return 'Pending';
  if (waiting > 0 && !terminal) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0 || terminal) {
    if (terminal) return stopped === succeeded && waiting === 0 ? 'Succeeded' : 'Failed';
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

/**
 * generate.go GeneratePodInitializedCondition: every regular init container exited 0 and every
 * sidecar started - or an app container has already started (a sidecar's later restart changes nothing).
 */
function initialized(init: readonly ContainerView[], main: readonly ContainerView[]): boolean {
  if (main.some((c) => c.containerID !== undefined)) return true;
  return init.every((c) => c.succeeded || (c.sidecar && c.started && !!c.state.running));
}

/** Keeps each condition's lastTransitionTime across reports: it moves only when status flips. */
export class ConditionTracker {
  private last = new Map<string, PodCondition>();

  /** Carries over conditions already on the Pod (PodScheduled from the binding). */
  constructor(existing: readonly PodCondition[] = []) {
    for (const c of existing) this.last.set(c.type, c);
  }

  set(type: string, status: boolean, now: number, reason?: string, message?: string): PodCondition {
    const prev = this.last.get(type);
    const text = status ? 'True' : 'False';
    if (prev && prev.status === text && prev.reason === reason && prev.message === message) return prev;
    const condition: PodCondition = {
      lastProbeTime: null as unknown as undefined,
      lastTransitionTime: prev && prev.status === text ? prev.lastTransitionTime : rfc3339(now),
      status: text,
      type,
    };
    if (message) condition.message = message;
    if (reason) condition.reason = reason;
    this.last.set(type, condition);
    return condition;
  }
}

/**
 * A regular init container is ready once it has exited 0, and not while it runs (prober_manager.go
 * UpdatePodStatus); an app container is ready while running and passing its readiness probe.
 */
function containerReady(c: ContainerView): boolean {
  if (c.init && !c.sidecar) return c.state.terminated?.exitCode === 0;
  return c.ready && !!c.state.running;
}

export function containerStatus(c: ContainerView): ContainerStatus {
  const status: ContainerStatus = {
    image: c.reportedImage,
    imageID: c.imageID,
    lastState: c.lastTerminated ? { terminated: c.lastTerminated } : {},
    name: c.name,
    ready: containerReady(c),
    restartCount: c.restartCount,
    started: c.started && !!c.state.running,
    state: c.state,
  };
  if (c.containerID) status.containerID = c.containerID;
  if (c.containerID) {
    status.volumeMounts = (c.spec.volumeMounts ?? []).map((m) => ({
      mountPath: m.mountPath,
      name: m.name,
      ...(m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}),
    }));
  }
  return status;
}

export interface StatusInputs {
  now: number;
  conditions: ConditionTracker;
  init: readonly ContainerView[];
  main: readonly ContainerView[];
  restartPolicy: string;
  /** Set once the Pod is finished (all stopped, no restarts) or being torn down after deletion. */
  terminalPhase: Phase | undefined;
  sandboxReady: boolean;
  hostIP: string;
  podIP: string | undefined;
  startTime: string;
  qosClass: string | undefined;
  reason?: string;
  message?: string;
  /** spec.readinessGates condition types. */
  readinessGates?: readonly string[];
  /** Conditions other clients set on the Pod (the kubelet keeps them: status_manager.go mergePodStatus). */
  foreignConditions?: readonly PodCondition[];
}

/** The conditions the kubelet owns; any other type on the Pod belongs to someone else. */
const KUBELET_CONDITIONS = new Set([
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
]);

export function foreignConditions(conditions: readonly PodCondition[] | undefined): PodCondition[] {
  return (conditions ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type));
}

/** generate.go GeneratePodReadyCondition: why readiness gates keep the Pod unready, or undefined. */
function readinessGateProblem(gates: readonly string[], conditions: readonly PodCondition[]): string | undefined {
  const problems: string[] = [];
  for (const gate of gates) {
    const c = conditions.find((x) => x.type === gate);
    if (!c) problems.push(`corresponding condition of pod readiness gate "${gate}" does not exist.`);
    else if (c.status !== 'True')
      problems.push(`the status of pod readiness gate "${gate}" is not "True", but ${c.status}`);
  }
  return problems.length > 0 ? problems.join(', ') : undefined;
}

export function buildPodStatus(s: StatusInputs): PodStatus {
  const generated = s.terminalPhase ?? computePhase(s.init, s.main, s.restartPolicy, false);
  const terminal = generated === 'Succeeded' || generated === 'Failed';
  // status_manager.go mergePodStatus: never terminal while a container (a sidecar being stopped)
  // may still run; the conditions stay as generated.
  const stillRunning = !s.terminalPhase && [...s.init, ...s.main].some((c) => !!c.state.running);
  const phase = terminal && stillRunning ? 'Running' : generated;
  const initDone = initialized(s.init, s.main);
  // generate.go GenerateContainersReadyCondition: sidecars first, then the app containers.
  const unready = [...s.init.filter((c) => c.sidecar), ...s.main]
    .filter((c) => !(c.ready && c.state.running))
    .map((c) => c.name);
  const incomplete = s.init.filter((c) => !c.succeeded && !(c.sidecar && c.started)).map((c) => c.name);
  const conditions: PodCondition[] = [
    s.conditions.set('PodReadyToStartContainers', s.sandboxReady && !terminal, s.now),
    initDone || terminal
      ? s.conditions.set('Initialized', true, s.now, terminal && !initDone ? 'PodCompleted' : undefined)
      : s.conditions.set(
          'Initialized',
          false,
          s.now,
          'ContainersNotInitialized',
          `containers with incomplete status: [${incomplete.join(' ')}]`,
        ),
  ];
  const gateProblem = readinessGateProblem(s.readinessGates ?? [], s.foreignConditions ?? []);
  for (const type of ['Ready', 'ContainersReady']) {
    if (terminal) conditions.push(s.conditions.set(type, false, s.now, 'PodCompleted'));
    else if (unready.length === 0 && type === 'Ready' && gateProblem)
      conditions.push(s.conditions.set(type, false, s.now, 'ReadinessGatesNotReady', gateProblem));
    else if (unready.length === 0) conditions.push(s.conditions.set(type, true, s.now));
    else
      conditions.push(
        s.conditions.set(
          type,
          false,
          s.now,
          'ContainersNotReady',
          `containers with unready status: [${unready.join(' ')}]`,
        ),
      );
  }
  conditions.push(s.conditions.set('PodScheduled', true, s.now), ...(s.foreignConditions ?? []));
  const status: PodStatus = {
    conditions,
    // The kubelet sorts app container statuses by name (kubetypes.SortedContainerStatuses); init ones keep spec order.
    containerStatuses: s.main.map(containerStatus).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    hostIP: s.hostIP,
    hostIPs: [{ ip: s.hostIP }],
    phase,
    startTime: s.startTime,
  };
  if (s.init.length > 0) status.initContainerStatuses = s.init.map(containerStatus);
  if (s.podIP) {
    status.podIP = s.podIP;
    status.podIPs = [{ ip: s.podIP }];
  }
  if (s.qosClass) status.qosClass = s.qosClass;
  if (s.reason) status.reason = s.reason;
  if (s.message) status.message = s.message;
  return status;
}

/** Everything a Pod status is made from, cheaply: an unchanged signature means nothing to report. */
export function statusSignature(containers: readonly ContainerView[]): string {
  let signature = '';
  for (const c of containers) {
    const st = c.state;
    const detail = st.waiting
      ? `w${st.waiting.reason}${st.waiting.message}`
      : st.running
        ? `r${st.running.startedAt}`
        : `t${st.terminated?.exitCode}${st.terminated?.finishedAt}`;
    signature += `|${detail}|${c.ready}|${c.started}|${c.restartCount}|${c.containerID}|${c.reportedImage}|${c.lastTerminated?.finishedAt}|${c.succeeded}`;
  }
  return signature;
}
