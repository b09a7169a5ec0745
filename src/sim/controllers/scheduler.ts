// The default scheduler, reduced to what a Pods lesson can hit: the filters in scheduler-filters.ts
// plus PersistentVolumeClaims, and the scheduling queue's timing (pkg/scheduler/internal/queue
// scheduling_queue.go). A Pod with schedulingGates waits outside the queue (SchedulingGates
// PreEnqueue). A Pod that fits nowhere stays Pending with the FitError text and waits among the
// unschedulable Pods until a cluster event one of its rejecting plugins registered for
// (EventsToRegister) moves it back, after its back-off (1 s doubling per attempt to 10 s), or until
// flushUnschedulablePodsLeftover, run every 30 s, finds it has waited longer than 5 minutes.
import type { Node, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { SimClock, TimerId } from '../clock';
import type { SeededRandom } from '../random';
import type { ObjectStore } from '../apiserver/store';
import type { EventRecorder } from '../events';
import { rfc3339 } from '../time-format';
import {
  SCHEDULER_INITIAL_BACKOFF_MS,
  SCHEDULER_MAX_BACKOFF_MS,
  UNSCHEDULABLE_FLUSH_PERIOD_MS,
  UNSCHEDULABLE_MAX_WAIT_MS,
} from '../timing';
import { mut } from '../mutable';
import {
  addToUsage,
  emptyUsage,
  hostPorts,
  nodeScore,
  portsConflict,
  rejectNode,
  type FilterPlugin,
  type NodeUsage,
} from './scheduler-filters';

export { podRequests } from './scheduler-filters';

/** What happened in the cluster, as the queue's move requests name it. */
export type ClusterEvent = { kind: 'AssignedPodDelete'; pod: Pod } | { kind: 'NodeChange' } | { kind: 'StorageChange' };

/** Which rejecting plugins a cluster event may help (each plugin's EventsToRegister and queueing hint). */
function mayHelp(plugin: FilterPlugin, event: ClusterEvent, pod: Pod): boolean {
  switch (event.kind) {
    case 'AssignedPodDelete':
      // NodePorts' hint queues only when the deleted Pod held one of the ports this Pod wants.
      if (plugin === 'NodePorts') return portsConflict(hostPorts(pod), hostPorts(event.pod));
      return plugin === 'NodeResourcesFit';
    case 'NodeChange':
      return plugin !== 'VolumeBinding';
    case 'StorageChange':
      return plugin === 'VolumeBinding';
  }
}

/** calculateBackoffDuration: 1 s for the first attempt, doubling, at most 10 s. */
export function backoffAfter(attempts: number): number {
  let duration = SCHEDULER_INITIAL_BACKOFF_MS;
  for (let i = 1; i < attempts; i++) {
    duration *= 2;
    if (duration > SCHEDULER_MAX_BACKOFF_MS) return SCHEDULER_MAX_BACKOFF_MS;
  }
  return duration;
}

interface QueuedPodInfo {
  attempts: number;
  lastAttempt: number;
  rejectedBy: ReadonlySet<FilterPlugin>;
  timer?: TimerId;
}

function holdsResources(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

export function isSchedulingGated(pod: Pod): boolean {
  return (pod.spec?.schedulingGates?.length ?? 0) > 0;
}

export class Scheduler {
  private queue = new Set<Pod>();
  private unschedulable = new Map<Pod, QueuedPodInfo>();
  private attempts = new WeakMap<Pod, number>();
  private pass: number | undefined;
  private readonly startedAt: number;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: SimClock,
    private readonly random: SeededRandom,
    private readonly events: EventRecorder,
    private readonly bound: (pod: Pod) => void,
  ) {
    this.startedAt = clock.now();
  }

  /** A new Pod, or one whose last scheduling gate was just removed. */
  add(pod: Pod): void {
    if (isSchedulingGated(pod) || this.unschedulable.has(pod)) return;
    this.queue.add(pod);
    this.schedulePass(0);
  }

  /** Something changed that may make room: waiting Pods whose rejecting plugins care move back. */
  clusterChanged(event: ClusterEvent = { kind: 'NodeChange' }): void {
    for (const [pod, info] of [...this.unschedulable]) {
      if ([...info.rejectedBy].some((plugin) => mayHelp(plugin, event, pod))) this.moveToActiveOrBackoff(pod, info);
    }
  }

  forget(pod: Pod): void {
    this.queue.delete(pod);
    const info = this.unschedulable.get(pod);
    if (info) this.clock.cancel(info.timer);
    this.unschedulable.delete(pod);
  }

  /** A Pod still backing off waits in the backoffQ; flushBackoffQCompleted moves it on when that ends. */
  private moveToActiveOrBackoff(pod: Pod, info: QueuedPodInfo): void {
    this.clock.cancel(info.timer);
    this.unschedulable.delete(pod);
    const readyAt = info.lastAttempt + backoffAfter(info.attempts);
    if (readyAt <= this.clock.now()) {
      this.queue.add(pod);
      this.schedulePass(0);
      return;
    }
    this.clock.schedule(
      readyAt,
      () => {
        this.queue.add(pod);
        this.schedulePass(0);
      },
      'scheduler back-off',
    );
  }

  /** The first run of flushUnschedulablePodsLeftover that finds the Pod waiting longer than 5 minutes. */
  private flushTimeFor(lastAttempt: number): number {
    const ticks =
      Math.floor((lastAttempt + UNSCHEDULABLE_MAX_WAIT_MS - this.startedAt) / UNSCHEDULABLE_FLUSH_PERIOD_MS) + 1;
    return this.startedAt + ticks * UNSCHEDULABLE_FLUSH_PERIOD_MS;
  }

  private schedulePass(delay: number): void {
    if (this.pass !== undefined) return;
    this.pass = this.clock.after(
      delay,
      () => {
        this.pass = undefined;
        this.runPass();
      },
      'scheduler',
    );
  }

  private runPass(): void {
    const pods = [...this.queue];
    this.queue.clear();
    if (pods.length === 0) return;
    const usage = this.nodeUsage();
    const nodes = this.store.all<Node>('Node');
    for (const pod of pods) {
      if (
        this.store.find('Pod', pod.metadata?.namespace, pod.metadata!.name!) !== pod ||
        pod.spec?.nodeName ||
        pod.metadata?.deletionTimestamp ||
        isSchedulingGated(pod)
      )
        continue;
      this.scheduleOne(pod, usage, nodes);
    }
  }

  private nodeUsage(): Map<string, NodeUsage> {
    const usage = new Map<string, NodeUsage>();
    for (const node of this.store.all<Node>('Node')) usage.set(node.metadata!.name!, emptyUsage());
    for (const pod of this.store.all<Pod>('Pod')) {
      const u = usage.get(pod.spec?.nodeName ?? '');
      if (u && holdsResources(pod)) addToUsage(u, pod);
    }
    return usage;
  }

  private scheduleOne(pod: Pod, usage: Map<string, NodeUsage>, nodes: readonly Node[]): void {
    const total = nodes.length;
    const claimProblem = this.claimProblem(pod);
    if (claimProblem) {
      const preemption = claimProblem.startsWith('persistentvolumeclaim')
        ? 'No preemption victims found for incoming pod'
        : 'Preemption is not helpful for scheduling';
      this.unschedulableWith(
        pod,
        `0/${total} nodes are available: ${claimProblem}. preemption: 0/${total} nodes are available: ${total} ${preemption}..`,
        new Set(['VolumeBinding']),
      );
      return;
    }
    const reasons = new Map<string, number>();
    const preemption = new Map<string, number>();
    const rejectedBy = new Set<FilterPlugin>();
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    const feasible: { node: Node; score: number }[] = [];
    for (const node of nodes) {
      const u = usage.get(node.metadata!.name!) ?? emptyUsage();
      const rejection = rejectNode(pod, node, u);
      if (!rejection) {
        feasible.push({ node, score: nodeScore(pod, node, u) });
        continue;
      }
      rejectedBy.add(rejection.plugin);
      for (const reason of rejection.reasons) count(reasons, reason);
      count(
        preemption,
        rejection.preemptionMightHelp
          ? 'No preemption victims found for incoming pod'
          : 'Preemption is not helpful for scheduling',
      );
    }
    if (feasible.length === 0) {
      // FitError.Error: each reason with its node count, sorted as strings.
      const render = (map: Map<string, number>) =>
        [...map]
          .map(([k, v]) => `${v} ${k}`)
          .sort()
          .join(', ');
      this.unschedulableWith(
        pod,
        `0/${total} nodes are available: ${render(reasons)}. preemption: 0/${total} nodes are available: ${render(preemption)}..`,
        rejectedBy,
      );
      return;
    }
    const best = Math.min(...feasible.map((f) => f.score));
    const ties = feasible.filter((f) => f.score - best < 1e-9);
    const chosen = ties[this.random.int(ties.length)]!.node;
    const nodeName = chosen.metadata!.name!;
    addToUsage(usage.get(nodeName)!, pod);
    mut(pod).spec!.nodeName = nodeName;
    // The binding subresource records PodScheduled=True along with the node (pkg/registry/core/pod/storage).
    const status = mut(pod.status ?? {});
    status.conditions = [
      {
        lastProbeTime: null as unknown as undefined,
        lastTransitionTime: rfc3339(this.clock.now()),
        status: 'True',
        type: 'PodScheduled',
      },
    ];
    mut(pod).status = status;
    this.store.modified(pod);
    const m = pod.metadata!;
    this.events.recordSeries(
      { kind: 'Pod', namespace: m.namespace, name: m.name!, uid: m.uid, resourceVersion: m.resourceVersion },
      'Normal',
      'Scheduled',
      'Binding',
      `Successfully assigned ${m.namespace}/${m.name} to ${nodeName}`,
      'default-scheduler',
    );
    this.bound(pod);
  }

  private claimProblem(pod: Pod): string | undefined {
    for (const v of pod.spec?.volumes ?? []) {
      if (!v.persistentVolumeClaim) continue;
      const claim = this.store.find<PersistentVolumeClaim>(
        'PersistentVolumeClaim',
        pod.metadata?.namespace,
        v.persistentVolumeClaim.claimName,
      );
      if (!claim) return `persistentvolumeclaim "${v.persistentVolumeClaim.claimName}" not found`;
      if (claim.status?.phase !== 'Bound') return 'pod has unbound immediate PersistentVolumeClaims';
    }
    return undefined;
  }

  private unschedulableWith(pod: Pod, message: string, rejectedBy: ReadonlySet<FilterPlugin>): void {
    const status = mut(pod.status ?? {});
    status.phase = 'Pending';
    status.conditions = [
      {
        lastProbeTime: null as unknown as undefined,
        lastTransitionTime: status.conditions?.[0]?.lastTransitionTime ?? rfc3339(this.clock.now()),
        message,
        reason: 'Unschedulable',
        status: 'False',
        type: 'PodScheduled',
      },
    ];
    mut(pod).status = status;
    // The scheduler patches pods/status under its user agent's name (schedule_one.go updatePod).
    this.store.modified(pod, { manager: 'kube-scheduler', subresource: 'status' });
    const m = pod.metadata!;
    this.events.recordSeries(
      { kind: 'Pod', namespace: m.namespace, name: m.name!, uid: m.uid, resourceVersion: m.resourceVersion },
      'Warning',
      'FailedScheduling',
      'Scheduling',
      message,
      'default-scheduler',
    );
    const attempts = (this.attempts.get(pod) ?? 0) + 1;
    this.attempts.set(pod, attempts);
    const info: QueuedPodInfo = { attempts, lastAttempt: this.clock.now(), rejectedBy };
    info.timer = this.clock.schedule(
      this.flushTimeFor(info.lastAttempt),
      () => {
        info.timer = undefined;
        if (this.unschedulable.get(pod) === info) this.moveToActiveOrBackoff(pod, info);
      },
      'scheduler flush',
    );
    this.unschedulable.set(pod, info);
  }
}
