// The scheduler's Filter plugins a Pods lesson can reach, in the v1.32 default profile's order
// (pkg/scheduler/apis/config/v1/default_plugins.go): NodeUnschedulable, TaintToleration,
// NodeAffinity, NodePorts, NodeResourcesFit. A node is rejected by the first plugin that fails,
// with that plugin's reasons (schedulingCycle runs the filters in order and stops at a failure).
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { milliCores, quantityValue } from '../apiserver/quantity';

/** Plugins that can turn a node down; the scheduler queue asks them which cluster events may help. */
export type FilterPlugin =
  'NodeUnschedulable' | 'TaintToleration' | 'NodeAffinity' | 'NodePorts' | 'NodeResourcesFit' | 'VolumeBinding';

export interface Requests {
  cpuMilli: number;
  memory: number;
  /** Extended and hugepages resources (nvidia.com/gpu, example.com/dongle): whole units requested. */
  scalar: Readonly<Record<string, number>>;
}

export interface HostPort {
  ip: string;
  protocol: string;
  port: number;
}

export interface NodeUsage {
  cpuMilli: number;
  memory: number;
  pods: number;
  scalar: Map<string, number>;
  ports: HostPort[];
}

export interface NodeRejection {
  plugin: FilterPlugin;
  reasons: string[];
  /** Preemption could free the node (Unschedulable) rather than not help at all (UnschedulableAndUnresolvable). */
  preemptionMightHelp: boolean;
}

/** Names NodeResourcesFit counts as scalar resources: extended (domain-prefixed) and hugepages. */
function isScalarResource(name: string): boolean {
  return (name.includes('/') && !name.startsWith('kubernetes.io/')) || name.startsWith('hugepages-');
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
  const sum = { cpuMilli: 0, memory: 0, scalar: {} as Record<string, number> };
  const scalarOf = (requests: Record<string, unknown> | undefined) =>
    Object.entries(requests ?? {})
      .filter(([name]) => isScalarResource(name))
      .map(([name, value]) => [name, quantityValue(value as string) ?? 0] as const);
  for (const c of pod.spec?.containers ?? []) {
    sum.cpuMilli += milliCores(c.resources?.requests?.cpu);
    sum.memory += quantityValue(c.resources?.requests?.memory) ?? 0;
    for (const [name, value] of scalarOf(c.resources?.requests)) sum.scalar[name] = (sum.scalar[name] ?? 0) + value;
  }
  for (const c of pod.spec?.initContainers ?? []) {
    sum.cpuMilli = Math.max(sum.cpuMilli, milliCores(c.resources?.requests?.cpu));
    sum.memory = Math.max(sum.memory, quantityValue(c.resources?.requests?.memory) ?? 0);
    for (const [name, value] of scalarOf(c.resources?.requests))
      sum.scalar[name] = Math.max(sum.scalar[name] ?? 0, value);
  }
  return sum;
}

/** The host ports a Pod asks for (NodePorts' getContainerPorts: every container port with a hostPort). */
export function hostPorts(pod: Pod): HostPort[] {
  const ports: HostPort[] = [];
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    for (const p of c.ports ?? []) {
      if (!p.hostPort) continue;
      ports.push({ ip: p.hostIP || '0.0.0.0', protocol: p.protocol ?? 'TCP', port: p.hostPort });
    }
  }
  return ports;
}

/** HostPortInfo.CheckConflict: same protocol and port, and the same IP or either one 0.0.0.0. */
export function portsConflict(wanted: readonly HostPort[], used: readonly HostPort[]): boolean {
  return wanted.some((w) =>
    used.some(
      (u) =>
        u.port === w.port && u.protocol === w.protocol && (u.ip === w.ip || u.ip === '0.0.0.0' || w.ip === '0.0.0.0'),
    ),
  );
}

export function emptyUsage(): NodeUsage {
  return { cpuMilli: 0, memory: 0, pods: 0, scalar: new Map(), ports: [] };
}

/** Counts a Pod that holds room on a node. */
export function addToUsage(usage: NodeUsage, pod: Pod): void {
  const r = podRequests(pod);
  usage.cpuMilli += r.cpuMilli;
  usage.memory += r.memory;
  usage.pods++;
  for (const [name, value] of Object.entries(r.scalar)) usage.scalar.set(name, (usage.scalar.get(name) ?? 0) + value);
  usage.ports.push(...hostPorts(pod));
}

export interface Allocatable {
  cpu: number;
  memory: number;
  pods: number;
  scalar: (name: string) => number;
}

const allocatableCache = new WeakMap<object, Allocatable>();

export function allocatable(node: Node): Allocatable {
  const source = node.status?.allocatable ?? {};
  let cached = allocatableCache.get(source);
  if (!cached) {
    cached = {
      cpu: milliCores(source.cpu),
      memory: quantityValue(source.memory) ?? 0,
      pods: quantityValue(source.pods) ?? 110,
      scalar: (name) => quantityValue(source[name]) ?? 0,
    };
    allocatableCache.set(source, cached);
  }
  return cached;
}

function untoleratedTaint(pod: Pod, node: Node) {
  return (node.spec?.taints ?? []).find(
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
}

/** Why `node` cannot take `pod`, or undefined when it fits. */
export function rejectNode(pod: Pod, node: Node, usage: NodeUsage): NodeRejection | undefined {
  if (node.spec?.unschedulable)
    return { plugin: 'NodeUnschedulable', reasons: ['node(s) were unschedulable'], preemptionMightHelp: false };
  const taint = untoleratedTaint(pod, node);
  if (taint)
    return {
      plugin: 'TaintToleration',
      reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`],
      preemptionMightHelp: false,
    };
  const labels = node.metadata?.labels ?? {};
  if (Object.entries(pod.spec?.nodeSelector ?? {}).some(([k, v]) => labels[k] !== v))
    return {
      plugin: 'NodeAffinity',
      reasons: ["node(s) didn't match Pod's node affinity/selector"],
      preemptionMightHelp: false,
    };
  // pkg/scheduler/framework/plugins/nodeports/node_ports.go Filter: ErrReason, status Unschedulable.
  if (portsConflict(hostPorts(pod), usage.ports))
    return {
      plugin: 'NodePorts',
      reasons: ["node(s) didn't have free ports for the requested pod ports"],
      preemptionMightHelp: true,
    };
  const reasons = insufficientResources(pod, node, usage);
  if (reasons.length > 0) return { plugin: 'NodeResourcesFit', reasons, preemptionMightHelp: true };
  return undefined;
}

/** noderesources/fit.go fitsRequest: pods, then cpu, memory and every scalar resource requested. */
function insufficientResources(pod: Pod, node: Node, usage: NodeUsage): string[] {
  const req = podRequests(pod);
  const alloc = allocatable(node);
  const reasons: string[] = [];
  if (usage.pods + 1 > alloc.pods) reasons.push('Too many pods');
  if (req.cpuMilli > 0 && usage.cpuMilli + req.cpuMilli > alloc.cpu) reasons.push('Insufficient cpu');
  if (req.memory > 0 && usage.memory + req.memory > alloc.memory) reasons.push('Insufficient memory');
  for (const [name, value] of Object.entries(req.scalar)) {
    if (value > 0 && (usage.scalar.get(name) ?? 0) + value > alloc.scalar(name)) reasons.push(`Insufficient ${name}`);
  }
  return reasons;
}

/** NodeResourcesFit LeastAllocated: prefer the emptier node (requests as a share of allocatable). */
export function nodeScore(pod: Pod, node: Node, usage: NodeUsage): number {
  const req = podRequests(pod);
  const alloc = allocatable(node);
  return (
    (usage.cpuMilli + req.cpuMilli) / Math.max(alloc.cpu, 1) +
    (usage.memory + req.memory) / Math.max(alloc.memory, 1) +
    usage.pods / 1000
  );
}
