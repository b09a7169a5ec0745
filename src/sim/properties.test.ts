// Determinism and invariants under random operations (fast-check): whatever a learner does, the
// cluster never shows a Pod in two phases or back out of a terminal phase, restart counts never
// go down, deleted Pods are gone once their grace period is over, and no node is promised more
// CPU or memory than it has.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { podManifest, simulate, type SimDriver } from './testing/driver';
import { milliCores, quantityValue } from './apiserver/quantity';
import { podRequests } from './controllers/scheduler';

function scenario(sim: SimDriver): string {
  const log: string[] = [];
  sim.cluster.watch((e) => log.push(`${sim.cluster.clock.now()} ${e.type} ${JSON.stringify(e.object)}`));
  sim.apply(
    podManifest('live', {
      image: 'fake/web:1',
      args: ['--fail-healthy-at=20'],
      livenessProbe: { httpGet: { path: '/healthy', port: 8080 }, periodSeconds: 5 },
    }),
  );
  sim.apply(podManifest('crash', { image: 'fake/job:1', args: ['--exit-code=1'] }));
  sim.apply(podManifest('typo', { image: 'ngnix' }));
  sim.advance('3m').delete('live').advance('1m');
  return log.join('\n');
}

describe('determinism', () => {
  it('two runs with the same seed produce identical histories', () => {
    const a = scenario(simulate({ seed: 42 }));
    const b = scenario(simulate({ seed: 42 }));
    expect(a.length).toBeGreaterThan(1000);
    expect(a).toBe(b);
  });

  it('a different seed gives different uids and IPs', () => {
    expect(scenario(simulate({ seed: 1 }))).not.toBe(scenario(simulate({ seed: 2 })));
  });
});

type Op =
  | {
      op: 'create';
      image: string;
      policy: string;
      cpu: number;
      memMi: number;
      exitCode: number;
      probe: boolean;
      ignoreTerm: boolean;
    }
  | { op: 'delete'; index: number; grace: number | undefined }
  | { op: 'advance'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('create' as const),
    image: fc.constantFrom('fake/web:1', 'fake/job:1', 'missing:1'),
    policy: fc.constantFrom('Always', 'OnFailure', 'Never'),
    cpu: fc.integer({ min: 0, max: 1500 }),
    memMi: fc.integer({ min: 0, max: 3000 }),
    exitCode: fc.constantFrom(0, 1, 2),
    probe: fc.boolean(),
    ignoreTerm: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    index: fc.nat(30),
    grace: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  }),
  fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 120_000 }) }),
);

describe('invariants under random operations', () => {
  it('hold after every step', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), fc.integer(), (ops, seed) => {
        const sim = simulate({ seed });
        const cluster = sim.cluster;
        const phases = new Map<string, string>();
        const restarts = new Map<string, number>();
        const violations: string[] = [];
        const removedAt = new Map<string, number>();
        cluster.watch((e) => {
          if (e.object.kind !== 'Pod') return;
          const pod = e.object;
          const uid = pod.metadata!.uid!;
          if (e.type === 'DELETED') removedAt.set(uid, cluster.clock.now());
          const phase = pod.status?.phase ?? 'Pending';
          if (!['Pending', 'Running', 'Succeeded', 'Failed'].includes(phase)) violations.push(`bad phase ${phase}`);
          const before = phases.get(uid);
          if ((before === 'Succeeded' || before === 'Failed') && phase !== before)
            violations.push(`${pod.metadata?.name} left ${before} for ${phase}`);
          phases.set(uid, phase);
          for (const c of pod.status?.containerStatuses ?? []) {
            const key = `${uid}/${c.name}`;
            if (c.restartCount < (restarts.get(key) ?? 0)) violations.push(`${key} restartCount went down`);
            restarts.set(key, c.restartCount);
            const states = Object.keys(c.state ?? {}).length;
            if (states !== 1) violations.push(`${key} has ${states} states`);
          }
        });
        const deadlines = new Map<string, number>(); // uid → time by which the Pod must be gone
        let created = 0;
        for (const op of ops) {
          if (op.op === 'create') {
            const resources: Record<string, Record<string, string>> = {};
            if (op.cpu > 0 || op.memMi > 0)
              resources.requests = {
                ...(op.cpu ? { cpu: `${op.cpu}m` } : {}),
                ...(op.memMi ? { memory: `${op.memMi}Mi` } : {}),
              };
            const args =
              op.image === 'fake/job:1'
                ? [`--exit-code=${op.exitCode}`, '--run=3']
                : op.ignoreTerm
                  ? ['--ignore-sigterm', '--fail-healthy-at=30']
                  : ['--fail-healthy-at=30'];
            const container: Record<string, unknown> = { image: op.image, args, resources };
            if (op.probe)
              container.livenessProbe = {
                httpGet: { path: '/healthy', port: 8080 },
                periodSeconds: 5,
                failureThreshold: 2,
              };
            const result = cluster.create(podManifest(`p${created++}`, container, { restartPolicy: op.policy }));
            if (!result.ok) violations.push(result.error.message);
          } else if (op.op === 'delete') {
            const pods = cluster.list('Pod', 'default');
            if (!pods.ok || pods.value.length === 0) continue;
            const target = pods.value[op.index % pods.value.length] as Pod;
            const result = cluster.delete(
              'Pod',
              'default',
              target.metadata!.name!,
              op.grace === undefined ? {} : { gracePeriodSeconds: op.grace },
            );
            if (!result.ok) continue;
            const grace = op.grace ?? 30;
            const limit = cluster.clock.now() + Math.max(grace, 2) * 1000 + 1000;
            const uid = target.metadata!.uid!;
            deadlines.set(uid, Math.min(deadlines.get(uid) ?? Infinity, limit));
          } else {
            cluster.clock.advanceBy(op.ms);
          }
          // Every deleted Pod is gone once its grace period (and the kubelet's next sync) is over.
          for (const [uid, by] of deadlines) {
            const gone = removedAt.get(uid);
            if (gone !== undefined ? gone > by : cluster.clock.now() >= by)
              violations.push(`pod ${uid} outlived its grace period`);
          }
          // Requested resources per node never exceed allocatable.
          const nodes = (cluster.list('Node', undefined) as { value: Node[] }).value;
          for (const node of nodes) {
            let cpu = 0;
            let mem = 0;
            for (const pod of (cluster.list('Pod', undefined) as { value: Pod[] }).value) {
              if (
                pod.spec?.nodeName !== node.metadata?.name ||
                pod.status?.phase === 'Succeeded' ||
                pod.status?.phase === 'Failed'
              )
                continue;
              const r = podRequests(pod);
              cpu += r.cpuMilli;
              mem += r.memory;
            }
            if (cpu > milliCores(node.status?.allocatable?.cpu))
              violations.push(`${node.metadata?.name} cpu ${cpu}m over allocatable`);
            if (mem > (quantityValue(node.status?.allocatable?.memory) ?? 0))
              violations.push(`${node.metadata?.name} memory over allocatable`);
          }
          if (violations.length > 0) break;
        }
        expect(violations).toEqual([]);
      }),
      { numRuns: 60, seed: 20261122 },
    );
  });
});
