// The default cluster as a learner first meets it: three Ready nodes, four namespaces, and the
// kube-system add-ons already running for hours.
import { describe, expect, it } from 'vitest';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { createCluster } from './index';

describe('the default cluster', () => {
  const cluster = createCluster({ seed: 9 });

  it('has three Ready v1.32.4 worker nodes with their addresses and allocatable', () => {
    const nodes = (cluster.list('Node', undefined) as { value: Node[] }).value;
    expect(nodes.map((n) => n.metadata?.name)).toEqual(['node-1', 'node-2', 'node-3']);
    expect(nodes[0]!.status?.addresses).toEqual([
      { address: '10.0.0.11', type: 'InternalIP' },
      { address: 'node-1', type: 'Hostname' },
    ]);
    expect(nodes[0]!.status?.nodeInfo?.kubeletVersion).toBe('v1.32.4');
    expect(nodes[0]!.status?.allocatable).toMatchObject({ cpu: '2', memory: '3923348Ki', pods: '110' });
    expect(nodes[0]!.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(nodes[0]!.metadata?.creationTimestamp).toBe('2026-11-22T04:00:00Z');
  });

  it('runs CoreDNS and one kube-proxy per node in kube-system, host network for kube-proxy', () => {
    const pods = (cluster.list('Pod', undefined) as { value: Pod[] }).value;
    expect(pods.every((p) => p.metadata?.namespace === 'kube-system' && p.status?.phase === 'Running')).toBe(true);
    const names = pods.map((p) => p.metadata!.name!);
    expect(names.filter((n) => /^coredns-668d6bf9bc-[a-z0-9]{5}$/.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^kube-proxy-[a-z0-9]{5}$/.test(n))).toHaveLength(3);
    const proxy = pods.find((p) => p.metadata!.name!.startsWith('kube-proxy') && p.spec?.nodeName === 'node-2')!;
    expect(proxy.status?.podIP).toBe('10.0.0.12');
    const dns = pods.find((p) => p.metadata!.name!.startsWith('coredns'))!;
    expect(dns.status?.qosClass).toBe('Burstable');
    expect(dns.status?.containerStatuses?.[0]?.ready).toBe(true);
    expect(dns.metadata?.ownerReferences?.[0]).toMatchObject({
      kind: 'ReplicaSet',
      name: 'coredns-668d6bf9bc',
      controller: true,
    });
    // Their start-up events are older than the API server's one-hour event TTL.
    expect((cluster.list('Event', 'kube-system') as { value: unknown[] }).value).toEqual([]);
  });

  it('starts the clock at the time it is given', () => {
    expect(createCluster({ startTime: Date.UTC(2030, 0, 1) }).clock.now()).toBe(Date.UTC(2030, 0, 1));
    expect(cluster.clock.now()).toBe(Date.UTC(2026, 10, 22, 10));
  });

  it('serves metrics for running Pods and nodes', () => {
    const pods = cluster.podMetrics(undefined);
    expect(pods.ok && pods.value.length).toBe(5);
    const nodes = cluster.nodeMetrics();
    expect(nodes.ok && nodes.value.map((n) => n.name)).toEqual(['node-1', 'node-2', 'node-3']);
    expect(nodes.ok && nodes.value[0]!.usage.memoryBytes).toBeGreaterThan(700 * 1048576);
  });
});
