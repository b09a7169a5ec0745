// Priority admission on Pod create (plugin/pkg/admission/priority/admission.go admitPod).
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { simulate, podManifest } from '../testing/driver';

const withClass = (name: string, spec: Record<string, unknown>) => podManifest(name, { image: 'fake/web:1' }, spec);

describe('Priority admission', () => {
  it('resolves the system classes to their values in any namespace', () => {
    const sim = simulate();
    sim.apply(withClass('critical', { priorityClassName: 'system-cluster-critical' }));
    sim.apply(withClass('node-critical', { priorityClassName: 'system-node-critical' }));
    expect(sim.pod('critical').spec).toMatchObject({ priority: 2000000000, preemptionPolicy: 'PreemptLowerPriority' });
    expect(sim.pod('node-critical').spec?.priority).toBe(2000001000);
  });

  it('gives a Pod without a class priority 0', () => {
    expect(simulate().apply(withClass('plain', {})).pod('plain').spec?.priority).toBe(0);
  });

  it('refuses a class that does not exist, and stores nothing', () => {
    const sim = simulate();
    const result = sim.cluster.create(withClass('odd', { priorityClassName: 'high' }));
    expect(result.ok ? undefined : result.error).toMatchObject({
      reason: 'Forbidden',
      code: 403,
      message: 'pods "odd" is forbidden: no PriorityClass with name high was found',
    });
    expect(sim.podOrUndefined('odd')).toBeUndefined();
  });

  it('refuses a priority or preemptionPolicy that disagrees with the class', () => {
    const sim = simulate();
    const priority = sim.cluster.create(withClass('p', { priorityClassName: 'system-cluster-critical', priority: 5 }));
    expect(priority.ok ? '' : priority.error.message).toBe(
      'pods "p" is forbidden: the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 2000000000 from the given PriorityClass name',
    );
    const policy = sim.cluster.create(withClass('q', { preemptionPolicy: 'Never' }));
    expect(policy.ok ? '' : policy.error.message).toBe(
      'pods "q" is forbidden: the string value of PreemptionPolicy (Never) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name',
    );
    const same = sim.cluster.create(
      withClass('r', { priorityClassName: 'system-node-critical', priority: 2000001000 }),
    );
    expect(same.ok && (same.value as Pod).spec?.priority).toBe(2000001000);
  });
});
