// Whatever the simulator stores (or a learner's odd manifest leads to), printing never throws.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Event, KubeObject, Node, Pod } from '../../sim/api';
import { describeNode, describePod, printJsonPath, printObjects, printTable, sortObjects } from './index';
import { FIXTURE_NOW } from './testing/fixtures';
import { buildScenarios } from './testing/scenarios';

const jsonValue = fc.jsonValue({ maxDepth: 4 });
// Objects shaped roughly like API objects, with arbitrary junk in every field.
const looseObject = fc.record(
  {
    apiVersion: fc.constant('v1'),
    kind: fc.constantFrom('Pod', 'Node', 'Event'),
    metadata: fc.record(
      {
        name: fc.string(),
        namespace: fc.string(),
        labels: fc.dictionary(fc.string(), fc.string()),
        creationTimestamp: fc.oneof(fc.string(), fc.constant('2026-11-22T09:00:00Z')),
      },
      { requiredKeys: [] },
    ),
    spec: fc.oneof(jsonValue, fc.constant(buildScenarios()['multi-container']!.pod.spec)),
    status: fc.oneof(jsonValue, fc.constant(buildScenarios()['crash-loop']!.pod.status)),
  },
  { requiredKeys: [] },
);

describe('printers on malformed objects', () => {
  it('table, describe, yaml and json never throw', () => {
    fc.assert(
      fc.property(fc.array(looseObject, { maxLength: 4 }), (objects) => {
        const items = objects as unknown as KubeObject[];
        for (const kind of ['Pod', 'Node', 'Event', 'PersistentVolume', 'PersistentVolumeClaim'] as const) {
          expect(
            typeof printTable(kind, items, { now: FIXTURE_NOW, wide: true, showLabels: true, withNamespace: true }),
          ).toBe('string');
        }
        for (const o of items) {
          expect(typeof describePod(o as Pod, [o as Event], FIXTURE_NOW)).toBe('string');
          expect(typeof describeNode(o as Node, [o as Pod], [], FIXTURE_NOW)).toBe('string');
        }
        expect(printObjects(items, 'yaml', { asList: true }).endsWith('\n')).toBe(true);
        expect(() => JSON.parse(printObjects(items, 'json', { asList: true }))).not.toThrow();
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('jsonpath and sort-by answer every template with text or a kubectl error', () => {
    const pods = Object.values(buildScenarios())
      .map((s) => s.pod)
      .slice(0, 5);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.stringMatching(/^[{}.a-z[\]*?@=()"0-9:,-]{0,20}$/),
        (raw, shaped) => {
          for (const template of [raw, shaped, `{${shaped}}`]) {
            const result = printJsonPath(pods, template, { asList: true });
            if (result.ok) {
              expect(typeof result.text).toBe('string');
              expect(result.text).not.toMatch(/\[object Object\]|TypeError|ReferenceError/);
            } else expect(result.error).toMatch(/^error: /);
            const sorted = sortObjects(pods, template);
            // Sorting reorders the Pods; it never drops, adds or changes one.
            if (sorted.ok) expect(new Set(sorted.objects)).toEqual(new Set(pods));
            else expect(sorted.error).toMatch(/^error: /);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
