// The memo serves a rendered text only while the object's content is unchanged, whatever its
// resourceVersion says: a changed Pod always prints its new state.

import { beforeEach, describe, expect, it } from 'vitest';
import { createCluster } from '../../sim';
import type { KubeObject, Pod } from '../../sim/api';
import { forgetRendered, recall, remember } from './memo';
import { printObjects } from './objects';
import { referencePrintObjects } from './testing/reference-json-printer';
import { buildScenarios } from './testing/scenarios';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const scenarioPods = (): Pod[] => Object.values(buildScenarios()).map((s) => copy(s.pod));

beforeEach(() => forgetRendered());

describe('memo', () => {
  it('hands back what was remembered for equal content, and nothing once any member differs', () => {
    const pod = scenarioPods()[0]!;
    const rendered = { text: 'text', column: 0, atLineStart: true };
    remember('t', pod, rendered);
    expect(recall('t', copy(pod))).toBe(rendered);
    expect(recall('other context', pod)).toBeUndefined();

    const changes: ((p: Pod) => void)[] = [
      (p) => ((p.status as { phase?: string }).phase = 'Failed'),
      (p) => ((p.metadata as { labels?: Record<string, string> }).labels = { ...p.metadata!.labels, extra: '' }),
      (p) => (p.spec!.containers[0]!.ports = []),
      (p) => ((p.spec!.containers[0] as { image?: string }).image = undefined),
      (p) => ((p.metadata as Record<string, unknown>)['annotations'] = {}),
      (p) => ((p.status as Record<string, unknown>)['hostIP'] = ['10.0.0.1']),
    ];
    for (const change of changes) {
      const changed = copy(pod);
      change(changed);
      expect(recall('t', changed)).toBeUndefined();
    }
  });

  it('is not fooled by a change made to the printed object itself', () => {
    const pods = scenarioPods();
    const first = printObjects(pods, 'yaml', { asList: true });
    (pods[3]!.status as { phase?: string }).phase = 'Succeeded';
    pods[3]!.spec!.containers[0]!.args = ['--changed'];
    const second = printObjects(pods, 'yaml', { asList: true });
    expect(second).not.toBe(first);
    expect(second).toBe(referencePrintObjects(pods, 'yaml', { asList: true }));
    expect(printObjects([pods[3]!], 'json')).toBe(referencePrintObjects([pods[3]!], 'json'));
  });

  it('keeps objects of the same name but other content apart (resourceVersion and uid alike)', () => {
    const [a] = scenarioPods();
    const b = copy(a!);
    (b.metadata as { labels?: Record<string, string> }).labels = { app: 'other' };
    for (const format of ['yaml', 'json'] as const) {
      expect(printObjects([a!], format)).toBe(referencePrintObjects([a!], format));
      expect(printObjects([b], format)).toBe(referencePrintObjects([b], format));
      expect(printObjects([a!, b], format)).toBe(referencePrintObjects([a!, b], format));
    }
  });

  it('prints a Pod the cluster changed as it is now, listed again and again', () => {
    const cluster = createCluster({ startTime: Date.UTC(2026, 10, 22, 10, 0, 0), seed: 7 });
    for (const name of ['web', 'crashy']) {
      const created = cluster.create({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace: 'default' },
        spec: {
          containers: [
            name === 'web' ? { name, image: 'nginx' } : { name, image: 'busybox', command: ['sh', '-c', 'exit 1'] },
          ],
        },
      });
      if (!created.ok) throw new Error(created.error.message);
    }
    const list = () => (cluster.list('Pod', 'default') as { ok: true; value: KubeObject[] }).value;
    const seen = new Set<string>();
    for (let step = 0; step < 8; step++) {
      for (const format of ['yaml', 'json'] as const) {
        const pods = list();
        const text = printObjects(pods, format, { asList: true });
        expect(text).toBe(referencePrintObjects(pods, format, { asList: true }));
        expect(printObjects([pods[0]!], format)).toBe(referencePrintObjects([pods[0]!], format));
        seen.add(text);
      }
      cluster.clock.advanceBy(5_000);
    }
    expect(seen.size).toBeGreaterThan(2); // the Pods did change along the way
  });

  it('prints long lists, past what it keeps, the same way', () => {
    const five = scenarioPods().slice(0, 5);
    const pods = Array.from({ length: 1600 }, (_, i) => {
      const pod = copy(five[i % 5]!);
      (pod.metadata as { name: string }).name = `pod-${i}`;
      return pod;
    });
    for (const format of ['yaml', 'json'] as const) {
      expect(printObjects(pods, format, { asList: true })).toBe(referencePrintObjects(pods, format, { asList: true }));
    }
    // Printing 1,600 Pods twice, with the slow reference printer too, takes seconds on a busy machine.
  }, 60_000);
});
