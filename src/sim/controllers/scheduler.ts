// The default scheduler, reduced to the filters a Pods lesson can hit: nodeSelector, taints,
// PersistentVolumeClaims, pod count and requested CPU/memory against allocatable. A Pod that fits
// nowhere stays Pending with the scheduler's FitError text and is retried when something frees
// up, and at least every 5 minutes (podMaxInUnschedulablePodsDuration).
import type { Node, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { SimClock } from '../clock';
import type { SeededRandom } from '../random';
import type { ObjectStore } from '../apiserver/store';
import type { EventRecorder } from '../events';
import { milliCores, quantityValue } from '../apiserver/quantity';
import { rfc3339 } from '../time-format';
import { mut } from '../mutable';

export const UNSCHEDULABLE_FLUSH_MS = 5 * 60 * 1000;
/** Retry after a change that may make room (the scheduler's pod back-off starts at 1s). */
export const RETRY_AFTER_CHANGE_MS = 1000;

export interface Requests {
  cpuMilli: number;
  memory: number;
}

const requestCache = new WeakMap<object, Requests>();

/** Effective request: max(sum of app containers, largest init container), per resource. */
export function podRequests(pod: Pod): Requests {
  // Container resources cannot change after creation, so the sum is computed once per spec.
  const cached = pod.spec ? requestCache.get(pod.spec) : undefined;
  if (cached) return cached;
  const computed = computeRequests(pod);
  if (pod.spec) requestCache.set(pod.spec, computed);
  return computed;
}

function computeRequests(pod: Pod): Requests {
  const sum = { cpuMilli: 0, memory: 0 };
  for (const c of pod.spec?.containers ?? []) {
    sum.cpuMilli += milliCores(c.resources?.requests?.cpu);
    sum.memory += quantityValue(c.resources?.requests?.memory) ?? 0;
  }
  for (const c of pod.spec?.initContainers ?? []) {
    sum.cpuMilli = Math.max(sum.cpuMilli, milliCores(c.resources?.requests?.cpu));
    sum.memory = Math.max(sum.memory, quantityValue(c.resources?.requests?.memory) ?? 0);
  }
  return sum;
}

const allocatableCache = new WeakMap<object, { cpu: number; memory: number; pods: number }>();

function allocatable(node: Node): { cpu: number; memory: number; pods: number } {
  const source = node.status?.allocatable ?? {};
  let cached = allocatableCache.get(source);
  if (!cached) {
    cached = {
      cpu: milliCores(source.cpu),
      memory: quantityValue(source.memory) ?? 0,
      pods: quantityValue(source.pods) ?? 110,
    };
    allocatableCache.set(source, cached);
  }
  return cached;
}

function holdsResources(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed';
}

export class Scheduler {
  private queue = new Set<Pod>();
  private unschedulable = new Set<Pod>();
  private pass: number | undefined;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: SimClock,
    private readonly random: SeededRandom,
    private readonly events: EventRecorder,
    private readonly bound: (pod: Pod) => void,
  ) {
    this.clock.after(UNSCHEDULABLE_FLUSH_MS, () => this.flush(), 'scheduler flush');
  }

  add(pod: Pod): void {
    this.queue.add(pod);
    this.schedulePass(0);
  }

  /** Something freed room or added storage: unschedulable Pods get another try. */
  clusterChanged(): void {
    if (this.unschedulable.size === 0) return;
    for (const pod of this.unschedulable) this.queue.add(pod);
    this.unschedulable.clear();
    this.schedulePass(RETRY_AFTER_CHANGE_MS);
  }

  forget(pod: Pod): void {
    this.queue.delete(pod);
    this.unschedulable.delete(pod);
  }

  private flush(): void {
    this.clock.after(UNSCHEDULABLE_FLUSH_MS, () => this.flush(), 'scheduler flush');
    if (this.unschedulable.size === 0) return;
    for (const pod of this.unschedulable) this.queue.add(pod);
    this.unschedulable.clear();
    this.runPass();
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
        pod.metadata?.deletionTimestamp
      )
        continue;
      this.scheduleOne(pod, usage, nodes);
    }
  }

  private nodeUsage(): Map<string, { cpuMilli: number; memory: number; pods: number }> {
    const usage = new Map<string, { cpuMilli: number; memory: number; pods: number }>();
    for (const node of this.store.all<Node>('Node'))
      usage.set(node.metadata!.name!, { cpuMilli: 0, memory: 0, pods: 0 });
    for (const pod of this.store.all<Pod>('Pod')) {
      const u = usage.get(pod.spec?.nodeName ?? '');
      if (!u || !holdsResources(pod)) continue;
      const r = podRequests(pod);
      u.cpuMilli += r.cpuMilli;
      u.memory += r.memory;
      u.pods++;
    }
    return usage;
  }

  private scheduleOne(
    pod: Pod,
    usage: Map<string, { cpuMilli: number; memory: number; pods: number }>,
    nodes: readonly Node[],
  ): void {
    const total = nodes.length;
    const claimProblem = this.claimProblem(pod);
    if (claimProblem) {
      const preemption = claimProblem.startsWith('persistentvolumeclaim')
        ? 'No preemption victims found for incoming pod'
        : 'Preemption is not helpful for scheduling';
      this.unschedulableWith(
        pod,
        `0/${total} nodes are available: ${claimProblem}. preemption: 0/${total} nodes are available: ${total} ${preemption}..`,
      );
      return;
    }
    const req = podRequests(pod);
    const reasons = new Map<string, number>();
    const preemption = new Map<string, number>();
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    const feasible: { node: Node; score: number }[] = [];
    for (const node of nodes) {
      const name = node.metadata!.name!;
      const labels = node.metadata?.labels ?? {};
      if (node.spec?.unschedulable) {
        count(reasons, 'node(s) were unschedulable');
        count(preemption, 'Preemption is not helpful for scheduling');
        continue;
      }
      const taint = (node.spec?.taints ?? []).find(
        (t) =>
          (t.effect === 'NoSchedule' || t.effect === 'NoExecute') &&
          !(pod.spec?.tolerations ?? []).some(
            (tol) =>
              (tol.operator === 'Exists'
                ? !tol.key || tol.key === t.key
                : tol.key === t.key && (tol.value ?? '') === (t.value ?? '')) &&
              (!tol.effect || tol.effect === t.effect),
          ),
      );
      if (taint) {
        count(reasons, `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
        count(preemption, 'Preemption is not helpful for scheduling');
        continue;
      }
      const selector = pod.spec?.nodeSelector ?? {};
      if (Object.entries(selector).some(([k, v]) => labels[k] !== v)) {
        count(reasons, "node(s) didn't match Pod's node affinity/selector");
        count(preemption, 'Preemption is not helpful for scheduling');
        continue;
      }
      const u = usage.get(name)!;
      const { cpu: allocCpu, memory: allocMem, pods: allocPods } = allocatable(node);
      let fits = true;
      if (u.pods + 1 > allocPods) {
        count(reasons, 'Too many pods');
        fits = false;
      }
      if (req.cpuMilli > 0 && u.cpuMilli + req.cpuMilli > allocCpu) {
        count(reasons, 'Insufficient cpu');
        fits = false;
      }
      if (req.memory > 0 && u.memory + req.memory > allocMem) {
        count(reasons, 'Insufficient memory');
        fits = false;
      }
      if (!fits) {
        count(preemption, 'No preemption victims found for incoming pod');
        continue;
      }
      // NodeResourcesFit LeastAllocated: prefer the emptier node (requests as a share of allocatable).
      const score =
        (u.cpuMilli + req.cpuMilli) / Math.max(allocCpu, 1) +
        (u.memory + req.memory) / Math.max(allocMem, 1) +
        u.pods / 1000;
      feasible.push({ node, score });
    }
    if (feasible.length === 0) {
      const render = (map: Map<string, number>) =>
        [...map]
          .map(([k, v]) => `${v} ${k}`)
          .sort()
          .join(', ');
      this.unschedulableWith(
        pod,
        `0/${total} nodes are available: ${render(reasons)}. preemption: 0/${total} nodes are available: ${render(preemption)}..`,
      );
      return;
    }
    const best = Math.min(...feasible.map((f) => f.score));
    const ties = feasible.filter((f) => f.score - best < 1e-9);
    const chosen = ties[this.random.int(ties.length)]!.node;
    const nodeName = chosen.metadata!.name!;
    const u = usage.get(nodeName)!;
    u.cpuMilli += req.cpuMilli;
    u.memory += req.memory;
    u.pods++;
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

  private unschedulableWith(pod: Pod, message: string): void {
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
    this.store.modified(pod);
    const m = pod.metadata!;
    this.events.recordSeries(
      { kind: 'Pod', namespace: m.namespace, name: m.name!, uid: m.uid, resourceVersion: m.resourceVersion },
      'Warning',
      'FailedScheduling',
      'Scheduling',
      message,
      'default-scheduler',
    );
    this.unschedulable.add(pod);
  }
}
