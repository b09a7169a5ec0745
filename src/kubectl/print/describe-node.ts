// `kubectl describe node` (kubectl pkg/describe describeNode): identity, taints, lease,
// conditions, addresses, capacity, system info, the node's non-terminated pods with their
// requests and limits as a share of allocatable, the totals, and events.

import type { Event, Node, Pod } from '../../sim/api';
import { writeEvents } from './describe-events';
import { DescribeWriter, rfc1123z, writeAnnotations, writeLabels } from './describe-writer';
import { parseTime, since } from './duration';
import { podRequestsAndLimits } from './pod-resources';
import {
  type Quantity,
  formatQuantity,
  milliValue,
  parseQuantity,
  value,
  zeroQuantity,
  addQuantities,
} from './quantity';

export interface NodeLease {
  holderIdentity?: string;
  acquireTime?: string;
  renewTime?: string;
}

export interface DescribeNodeOptions {
  /** The node's Lease in kube-node-lease; by default the one a healthy kubelet keeps renewing. */
  lease?: NodeLease | null;
}

// The kubelet renews its lease every 10 s (nodeLeaseRenewIntervalFraction × 40 s duration).
const LEASE_RENEW_INTERVAL_MS = 10_000;

/** The lease a kubelet on this node would hold at `now`: renewed on a 10 s rhythm since the node registered. */
export function defaultNodeLease(node: Node, now: number): NodeLease {
  const created = parseTime(node.metadata?.creationTimestamp) ?? now;
  const renewed = created + Math.floor(Math.max(0, now - created) / LEASE_RENEW_INTERVAL_MS) * LEASE_RENEW_INTERVAL_MS;
  return {
    holderIdentity: node.metadata?.name ?? '',
    renewTime: new Date(renewed).toISOString().replace(/\.\d{3}Z$/, '.000000Z'),
  };
}

function nodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [key, val] of Object.entries(node.metadata?.labels ?? {})) {
    if (key.startsWith('node-role.kubernetes.io/')) {
      const role = key.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (key === 'kubernetes.io/role' && val) {
      roles.add(val);
    }
  }
  return [...roles].sort();
}

// SortableResourceNames: by name.
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function describeNode(
  node: Node,
  pods: Pod[],
  events: Event[] | undefined,
  now: number,
  opts: DescribeNodeOptions = {},
): string {
  const w = new DescribeWriter();
  const meta = node.metadata ?? {};
  const spec = node.spec ?? {};
  const status = node.status ?? {};
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  const roles = nodeRoles(node);
  w.write(0, `Roles:\t${roles.length ? roles.join(',') : '<none>'}\n`);
  writeLabels(w, 'Labels', meta.labels);
  writeAnnotations(w, 'Annotations', meta.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
  const taints = spec.taints ?? [];
  w.write(0, 'Taints:\t');
  if (taints.length === 0) w.write(0, '<none>\n');
  taints.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`);
  });
  w.write(0, `Unschedulable:\t${spec.unschedulable ? 'true' : 'false'}\n`);

  const lease = opts.lease === undefined ? defaultNodeLease(node, now) : opts.lease;
  w.write(0, 'Lease:\n');
  w.write(1, `HolderIdentity:\t${lease?.holderIdentity ?? '<unset>'}\n`);
  w.write(1, `AcquireTime:\t${lease?.acquireTime ? rfc1123z(lease.acquireTime) : '<unset>'}\n`);
  w.write(1, `RenewTime:\t${lease?.renewTime ? rfc1123z(lease.renewTime) : '<unset>'}\n`);

  const conditions = status.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(
        1,
        `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      );
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of status.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [
    ['Capacity', status.capacity],
    ['Allocatable', status.allocatable],
  ] as const) {
    const names = Object.keys(list ?? {}).sort(byName);
    if (names.length === 0) continue;
    w.write(0, `${title}:\n`);
    for (const name of names) w.write(0, `  ${name}:\t${formatQuantityText(list![name])}\n`);
  }
  const info = status.nodeInfo;
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
  w.write(0, `  OS Image:\t${info?.osImage ?? ''}\n`);
  w.write(0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
  w.write(0, `  Architecture:\t${info?.architecture ?? ''}\n`);
  w.write(0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
  w.write(0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
  w.write(0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`);
  if (spec.podCIDR) w.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
  if (spec.podCIDRs && spec.podCIDRs.length > 0) w.write(0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
  if (spec.providerID) w.write(0, `ProviderID:\t${spec.providerID}\n`);
  // kubectl asks the API for this node's pods that have not finished.
  const nodePods = pods.filter(
    (p) => p.spec?.nodeName === meta.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed',
  );
  writeNodeResources(w, node, nodePods, now);
  writeEvents(w, events, now);
  return w.toString();
}

function formatQuantityText(text: unknown): string {
  const q = parseQuantity(text as string);
  return q ? formatQuantity(q) : typeof text === 'string' || typeof text === 'number' ? String(text) : '';
}

function percent(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0;
  // float64 division then int64 truncation, as kubectl computes the percentages.
  return Math.trunc((Number(part) / Number(whole)) * 100);
}

function writeNodeResources(w: DescribeWriter, node: Node, pods: Pod[], now: number): void {
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const allocatable =
    Object.keys(node.status?.allocatable ?? {}).length > 0 ? node.status!.allocatable! : (node.status?.capacity ?? {});
  const allocCpu = milliValue(parseQuantity(allocatable['cpu']));
  const allocMemory = value(parseQuantity(allocatable['memory']));
  const totalRequests: Record<string, Quantity> = {};
  const totalLimits: Record<string, Quantity> = {};
  for (const pod of pods) {
    const { requests, limits } = podRequestsAndLimits(pod);
    for (const [name, q] of Object.entries(requests)) totalRequests[name] = addQuantities(totalRequests[name], q)!;
    for (const [name, q] of Object.entries(limits)) totalLimits[name] = addQuantities(totalLimits[name], q)!;
    const cpuReq = requests['cpu'] ?? zeroQuantity();
    const cpuLim = limits['cpu'] ?? zeroQuantity();
    const memReq = requests['memory'] ?? zeroQuantity();
    const memLim = limits['memory'] ?? zeroQuantity();
    w.write(
      1,
      `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${formatQuantity(cpuReq)} (${percent(milliValue(cpuReq), allocCpu)}%)\t${formatQuantity(
        cpuLim,
      )} (${percent(milliValue(cpuLim), allocCpu)}%)\t${formatQuantity(memReq)} (${percent(value(memReq), allocMemory)}%)\t${formatQuantity(
        memLim,
      )} (${percent(value(memLim), allocMemory)}%)\t${since(pod.metadata?.creationTimestamp, now)}\n`,
    );
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const line = (name: string, toNumber: (q: Quantity) => bigint, whole: bigint) => {
    const req = totalRequests[name] ?? zeroQuantity();
    const lim = totalLimits[name] ?? zeroQuantity();
    w.write(
      1,
      `${name}\t${formatQuantity(req)} (${percent(toNumber(req), whole)}%)\t${formatQuantity(lim)} (${percent(toNumber(lim), whole)}%)\n`,
    );
  };
  line('cpu', milliValue, allocCpu);
  line('memory', value, allocMemory);
  line('ephemeral-storage', value, value(parseQuantity(allocatable['ephemeral-storage'])));
  const names = Object.keys(allocatable).sort(byName);
  for (const name of names.filter((n) => n.startsWith('hugepages-'))) {
    line(name, value, value(parseQuantity(allocatable[name])));
  }
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'storage', 'pods']);
  for (const name of names.filter(
    (n) => !n.startsWith('hugepages-') && !standard.has(n) && !n.startsWith('requests.') && !n.startsWith('limits.'),
  )) {
    w.write(
      1,
      `${name}\t${formatQuantity(totalRequests[name] ?? zeroQuantity())}\t${formatQuantity(totalLimits[name] ?? zeroQuantity())}\n`,
    );
  }
}
