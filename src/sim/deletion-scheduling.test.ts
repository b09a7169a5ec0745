// Graceful deletion as kubectl means --grace-period/--now/--force, and the scheduler's fit rules
// with its FailedScheduling wording.
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { podManifest, simulate } from './testing/driver';

describe('deletion', () => {
  it('sets deletionTimestamp = now + grace, sends SIGTERM, and the Pod goes when the program exits', () => {
    const sim = simulate()
      .apply(podManifest('web', { image: 'fake/web:1', args: ['--term-delay=3'] }))
      .advance('10s');
    const result = sim.cluster.delete('Pod', 'default', 'web');
    expect(result.ok && (result.value as Pod).metadata?.deletionTimestamp).toBe('2026-11-22T10:00:40Z');
    expect(result.ok && (result.value as Pod).metadata?.deletionGracePeriodSeconds).toBe(30);
    expect(sim.reasons('web')).toContain('Killing: Stopping container web');
    sim.advance('2999ms');
    expect(sim.podOrUndefined('web')).toBeDefined();
    sim.advance('1ms');
    expect(sim.podOrUndefined('web')).toBeUndefined();
  });

  it('SIGKILLs a program that ignores SIGTERM when the grace period ends', () => {
    const sim = simulate()
      .apply(podManifest('stub', { image: 'fake/web:1', args: ['--ignore-sigterm'] }))
      .advance('10s');
    const seen: string[] = [];
    sim.cluster.watch((e) => {
      const p = e.object as Pod;
      seen.push(`${e.type} ${p.status?.phase} ${p.status?.containerStatuses?.[0]?.state?.terminated?.exitCode ?? '-'}`);
    });
    sim.delete('stub').advance('29999ms');
    expect(sim.podOrUndefined('stub')).toBeDefined();
    sim.advance('1ms');
    expect(sim.podOrUndefined('stub')).toBeUndefined();
    // Kubelet ≥1.27 reports the terminal phase before the object is removed.
    expect(seen.slice(-2)).toEqual(['MODIFIED Failed 137', 'DELETED Failed 137']);
  });

  it('honours --grace-period and never waits less than the kubelet minimum of 2s', () => {
    const sim = simulate()
      .apply(podManifest('a', { image: 'fake/web:1', args: ['--ignore-sigterm'] }))
      .apply(podManifest('b', { image: 'fake/web:1', args: ['--ignore-sigterm'] }))
      .advance('10s');
    sim.delete('a', { gracePeriodSeconds: 5 }).delete('b', { gracePeriodSeconds: 1 }).advance('2s');
    expect(sim.podOrUndefined('b')).toBeUndefined();
    expect(sim.podOrUndefined('a')).toBeDefined();
    sim.advance('3s');
    expect(sim.podOrUndefined('a')).toBeUndefined();
  });

  it('--force (grace 0) removes the object at once', () => {
    const sim = simulate()
      .apply(podManifest('f', { image: 'fake/web:1', args: ['--ignore-sigterm'] }))
      .advance('10s');
    sim.delete('f', { gracePeriodSeconds: 0 });
    expect(sim.podOrUndefined('f')).toBeUndefined();
    sim.apply(podManifest('f', { image: 'fake/web:1' }));
    expect(sim.pod('f').status?.phase).toBe('Pending');
  });

  it('removes an unscheduled Pod at once', () => {
    const sim = simulate()
      .apply(podManifest('big', { image: 'fake/web:1', resources: { requests: { cpu: '64' } } }))
      .advance('1s');
    sim.delete('big');
    expect(sim.podOrUndefined('big')).toBeUndefined();
  });

  it('a missing Pod is NotFound', () => {
    const result = simulate().cluster.delete('Pod', 'default', 'kuard');
    expect(result.ok ? undefined : result.error).toMatchObject({
      reason: 'NotFound',
      code: 404,
      message: 'pods "kuard" not found',
    });
  });
});

describe('scheduling', () => {
  it('leaves a Pod Pending with the FitError text, and binds it once room frees up', () => {
    const sim = simulate();
    for (const n of [1, 2, 3])
      sim.apply(podManifest(`half-${n}`, { image: 'fake/web:1', resources: { requests: { cpu: '1500m' } } }));
    sim.advance('5s');
    expect(new Set([1, 2, 3].map((n) => sim.pod(`half-${n}`).spec?.nodeName)).size).toBe(3);
    sim
      .apply(podManifest('extra', { image: 'fake/web:1', resources: { requests: { cpu: '1', memory: '128Mi' } } }))
      .advance('1s');
    const message =
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..';
    const pod = sim.pod('extra');
    expect(pod.status?.conditions).toEqual([
      {
        lastProbeTime: null,
        lastTransitionTime: '2026-11-22T10:00:05Z',
        message,
        reason: 'Unschedulable',
        status: 'False',
        type: 'PodScheduled',
      },
    ]);
    const failed = sim.events('extra').find((e) => e.reason === 'FailedScheduling')!;
    expect(failed).toMatchObject({ type: 'Warning', message, reportingComponent: 'default-scheduler', source: {} });
    expect(sim.cluster.schedulingProblem('default', 'extra')).toBe(message);
    const freed = sim.pod('half-2').spec?.nodeName;
    sim.delete('half-2').advance('3s');
    expect(sim.pod('extra').spec?.nodeName).toBe(freed);
    expect(sim.pod('extra').status?.phase).toBe('Running');
  });

  it('counts each reason per node, sorted, for nodeSelector and memory', () => {
    const sim = simulate()
      .apply(podManifest('picky', { image: 'fake/web:1' }, { nodeSelector: { disktype: 'ssd' } }))
      .advance('1s');
    expect(sim.cluster.schedulingProblem('default', 'picky')).toBe(
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling..",
    );
    sim
      .apply(podManifest('huge', { image: 'fake/web:1', resources: { requests: { cpu: '3', memory: '8Gi' } } }))
      .advance('1s');
    expect(sim.cluster.schedulingProblem('default', 'huge')).toBe(
      '0/3 nodes are available: 3 Insufficient cpu, 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
    );
  });

  it('waits for a missing or unbound claim', () => {
    const sim = simulate()
      .apply(
        podManifest(
          'db',
          { image: 'fake/web:1' },
          { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'my-pvc' } }] },
        ),
      )
      .advance('1s');
    expect(sim.cluster.schedulingProblem('default', 'db')).toBe(
      '0/3 nodes are available: persistentvolumeclaim "my-pvc" not found. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
    );
  });

  it('never puts more requested CPU on a node than it has allocatable', () => {
    const sim = simulate();
    for (let i = 0; i < 12; i++)
      sim.apply(podManifest(`p${i}`, { image: 'fake/web:1', resources: { requests: { cpu: '700m' } } }));
    sim.advance('5s');
    const perNode = new Map<string, number>();
    let pending = 0;
    for (let i = 0; i < 12; i++) {
      const pod = sim.pod(`p${i}`);
      if (!pod.spec?.nodeName) pending++;
      else perNode.set(pod.spec.nodeName, (perNode.get(pod.spec.nodeName) ?? 0) + 700);
    }
    expect([...perNode.values()].every((m) => m <= 2000)).toBe(true);
    expect(pending).toBe(12 - 3 * 2);
  });
});
