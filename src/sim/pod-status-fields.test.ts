// Status fields the kubelet derives from the spec: init container readiness (prober_manager.go
// UpdatePodStatus) and readiness gates (status/generate.go GeneratePodReadyCondition).
import { describe, expect, it } from 'vitest';
import { podManifest, simulate } from './testing/driver';

describe('init container readiness', () => {
  it('UpdatePodStatus: a running init container is not ready; one that exited 0 is', () => {
    const sim = simulate().apply(
      podManifest(
        'app',
        { image: 'fake/web:1' },
        { initContainers: [{ name: 'setup', image: 'fake/job:1', args: ['--run=5'] }] },
      ),
    );
    sim.advanceTo('3s');
    const running = sim.pod('app').status?.initContainerStatuses?.[0];
    expect(running?.state?.running).toBeDefined();
    expect(running?.ready).toBe(false);
    sim.advanceTo('8s');
    const done = sim.pod('app').status?.initContainerStatuses?.[0];
    expect(done?.state?.terminated?.exitCode).toBe(0);
    expect(done?.ready).toBe(true);
  });
});

describe('readinessGates', () => {
  it('GeneratePodReadyCondition: a gate with no condition keeps Ready False while the containers are ready', () => {
    const sim = simulate().apply(
      podManifest('gated', { image: 'fake/web:1' }, { readinessGates: [{ conditionType: 'example.com/lb-ready' }] }),
    );
    sim.advanceTo('5s');
    const conditions = sim.pod('gated').status?.conditions ?? [];
    expect(conditions.find((c) => c.type === 'ContainersReady')?.status).toBe('True');
    expect(conditions.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'ReadinessGatesNotReady',
      message: 'corresponding condition of pod readiness gate "example.com/lb-ready" does not exist.',
    });
  });
});
