// The scheduler's filters beyond CPU and memory (NodePorts, extended resources), scheduling gates,
// and how often a Pod that fits nowhere is tried again (pkg/scheduler/internal/queue).
import { describe, expect, it } from 'vitest';
import type { Event } from 'kubernetes-types/core/v1';
import { DEFAULT_NODES } from './nodes';
import { podManifest, simulate } from './testing/driver';
import { backoffAfter } from './controllers/scheduler';

const withHostPort = (name: string, hostPort = 8080) =>
  podManifest(name, { image: 'fake/web:1', ports: [{ containerPort: 80, hostPort }] });

const failedScheduling = (events: Event[]) => events.find((e) => e.reason === 'FailedScheduling');

describe('NodePorts (nodeports/node_ports.go Filter)', () => {
  it('puts each Pod asking for the same hostPort on its own node and leaves the fourth Pending', () => {
    const sim = simulate();
    for (const name of ['a', 'b', 'c', 'd']) sim.apply(withHostPort(name));
    sim.advance('5s');
    const nodes = ['a', 'b', 'c'].map((n) => sim.pod(n).spec?.nodeName);
    expect(new Set(nodes).size).toBe(3);
    expect(sim.pod('d').spec?.nodeName).toBeUndefined();
    const message =
      "0/3 nodes are available: 3 node(s) didn't have free ports for the requested pod ports. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..";
    expect(sim.cluster.schedulingProblem('default', 'd')).toBe(message);
    expect(failedScheduling(sim.events('d'))).toMatchObject({ type: 'Warning', message });
  });

  it('lets another port, or another protocol on the same port, through', () => {
    const sim = simulate({ nodes: DEFAULT_NODES.slice(0, 1) })
      .apply(withHostPort('web'))
      .apply(withHostPort('other', 9090))
      .apply(
        podManifest('dns', { image: 'fake/web:1', ports: [{ containerPort: 53, hostPort: 8080, protocol: 'UDP' }] }),
      )
      .advance('5s');
    for (const name of ['web', 'other', 'dns']) expect(sim.pod(name).spec?.nodeName).toBe('node-1');
  });

  it('schedules the waiting Pod once the Pod holding the port is deleted', () => {
    const sim = simulate({ nodes: DEFAULT_NODES.slice(0, 1) })
      .apply(withHostPort('first'))
      .advance('5s')
      .apply(withHostPort('second'))
      .advance('1s');
    expect(sim.pod('second').spec?.nodeName).toBeUndefined();
    sim.delete('first', { gracePeriodSeconds: 0 }).advance('2s');
    expect(sim.pod('second').spec?.nodeName).toBe('node-1');
  });
});

describe('extended resources (noderesources/fit.go fitsRequest)', () => {
  const gpuPod = (name: string) =>
    podManifest(name, { image: 'fake/web:1', resources: { limits: { 'nvidia.com/gpu': '1' } } });

  it('refuses a GPU request on nodes that advertise none', () => {
    const sim = simulate().apply(gpuPod('train')).advance('5s');
    expect(sim.pod('train').status?.phase).toBe('Pending');
    expect(sim.cluster.schedulingProblem('default', 'train')).toBe(
      '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
    );
  });

  it('places it on the node that has one, and counts it as used', () => {
    const nodes = DEFAULT_NODES.map((n, i) => (i === 1 ? { ...n, extendedResources: { 'nvidia.com/gpu': '1' } } : n));
    const sim = simulate({ nodes }).apply(gpuPod('train')).advance('5s').apply(gpuPod('second')).advance('5s');
    expect(sim.pod('train').spec?.nodeName).toBe('node-2');
    expect(sim.cluster.schedulingProblem('default', 'second')).toBe(
      '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
    );
  });
});

describe('schedulingGates (strategy.go applySchedulingGatedCondition, SchedulingGates PreEnqueue)', () => {
  const gated = podManifest('gated', { image: 'fake/web:1' }, { schedulingGates: [{ name: 'example.com/quota' }] });

  it('keeps the Pod unscheduled with the SchedulingGated condition and no FailedScheduling event', () => {
    const sim = simulate().apply(gated).advance('10m');
    const pod = sim.pod('gated');
    expect(pod.spec?.nodeName).toBeUndefined();
    expect(pod.status?.conditions).toEqual([
      {
        lastProbeTime: null,
        lastTransitionTime: '2026-11-22T10:00:00Z',
        message: 'Scheduling is blocked due to non-empty scheduling gates',
        reason: 'SchedulingGated',
        status: 'False',
        type: 'PodScheduled',
      },
    ]);
    expect(sim.events('gated')).toEqual([]);
  });

  it('schedules the Pod once its last gate is removed, and refuses a new gate', () => {
    const sim = simulate().apply(gated).advance('5s');
    const pod = sim.pod('gated');
    const added = sim.cluster.update({
      ...pod,
      spec: { ...pod.spec, schedulingGates: [{ name: 'example.com/quota' }, { name: 'example.com/other' }] },
    });
    expect(added.ok ? '' : added.error.message).toBe(
      `Pod "gated" is invalid: spec.schedulingGates[1].name: Forbidden: only deletion is allowed, but found new scheduling gate 'example.com/other'`,
    );
    expect(sim.cluster.update({ ...pod, spec: { ...pod.spec, schedulingGates: [] } }).ok).toBe(true);
    sim.advance('5s');
    expect(sim.pod('gated').spec?.nodeName).toMatch(/^node-/);
    expect(sim.pod('gated').status?.phase).toBe('Running');
  });
});

describe('retries (scheduling_queue.go)', () => {
  const greedy = podManifest('greedy', { image: 'fake/web:1', resources: { requests: { cpu: '3' } } });

  it('backs off 1s doubling per attempt up to 10s (calculateBackoffDuration)', () => {
    expect([1, 2, 3, 4, 5, 9].map(backoffAfter)).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
  });

  it('tries a Pod nothing can help again only when it has waited over 5 minutes, at the 30s flush', () => {
    const sim = simulate().apply(greedy).advance('1s');
    const attempts = () => failedScheduling(sim.events('greedy'))?.series?.count ?? 1;
    expect(attempts()).toBe(1);
    sim.advance('5m');
    expect(attempts()).toBe(1);
    sim.advance('30s');
    expect(attempts()).toBe(2);
    sim.advanceTo('1h');
    // One attempt, then one every 5m30s: the flush runs every 30 s and wants more than 5 minutes.
    expect(attempts()).toBe(1 + Math.floor(3600 / 330));
  });

  it('ignores events its rejecting plugin does not register for: a new claim does not retry a CPU misfit', () => {
    const sim = simulate().apply(greedy).advance('1s');
    sim.apply({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pv' },
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/data' } },
    });
    sim.advance('1m');
    expect(failedScheduling(sim.events('greedy'))?.series).toBeUndefined();
  });

  it('retries at once when a scheduled Pod is deleted and the back-off has passed', () => {
    const sim = simulate({ nodes: DEFAULT_NODES.slice(0, 1) })
      .apply(podManifest('big', { image: 'fake/web:1', resources: { requests: { cpu: '1500m' } } }))
      .advance('5s')
      .apply(podManifest('late', { image: 'fake/web:1', resources: { requests: { cpu: '1' } } }))
      .advance('1m');
    expect(failedScheduling(sim.events('late'))?.series).toBeUndefined();
    sim.delete('big', { gracePeriodSeconds: 0 }).advance('100ms');
    expect(sim.pod('late').spec?.nodeName).toBe('node-1');
  });
});
