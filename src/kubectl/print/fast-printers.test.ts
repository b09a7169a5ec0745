// The fast YAML and JSON printers against the printers they replaced (kept verbatim in
// testing/reference-printers.ts): the same text, byte for byte, on arbitrary JSON-like values
// built to hit every style decision, fold and key-order rule, and again when printed a second
// time (served from the memo).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api';
import { toGoJson } from './json';
import { printObjects } from './objects';
import { buildScenarios } from './testing/scenarios';
import { referencePrintObjects, referenceToGoJson } from './testing/reference-json-printer';
import { referenceToYaml } from './testing/reference-printers';
import { toYaml } from './yaml';

// Pieces that make strings interesting to go-yaml: indicators, quotes, breaks of every kind,
// words YAML 1.1 reads as other types, non-BMP and unprintable characters, runs of spaces.
const PIECES = [
  'word',
  'kuard',
  'a',
  ' ',
  '  ',
  "it's",
  '"q"',
  '#',
  ' #',
  ': ',
  ':',
  '- ',
  '-',
  '?',
  ',',
  '[',
  '{',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\n',
  '\n\n',
  '\r',
  '\t',
  '\u0085',
  ' \u0085 ',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u001b',
  '\u0000',
  '\ufeff',
  'é',
  'ß',
  '日本',
  '😀',
  '0',
  '007',
  '0x1F',
  '1.5',
  '1e3',
  '.5',
  '-1',
  '+1',
  '1_000',
  '12:30',
  '2026-11-22',
  '2026-11-22T10:00:00Z',
  'true',
  'no',
  'Yes',
  'null',
  '~',
  '.nan',
  '<<',
  '---',
  '...',
  '<',
  '>',
  '&',
  '\\',
];
const piece = fc.constantFrom(...PIECES);
// Short strings, and long ones (up to a few hundred characters) that fold at column 80.
const text = fc.oneof(
  fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
  fc
    .array(fc.oneof(piece, fc.constant(' '), fc.constant('longerword')), { minLength: 20, maxLength: 90 })
    .map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
// Keys: natural-order corner cases (digit runs, leading zeros, array-index keys), and any text
// but U+2028/U+2029: the old printer cached a key's text from whichever indent it first met it
// at, so for those its output depends on history (see KeyLines in yaml.ts).
const key = fc.oneof(
  fc.constantFrom(
    'a',
    'b',
    'A',
    'a1',
    'a01',
    'a10',
    'a9',
    'a09',
    'x2y',
    'x10y',
    '1',
    '10',
    '9',
    '01',
    '4294967295',
    '4294967294',
    '__proto__',
    'y',
    'no',
    '',
    'key with space',
    "it's",
    'k: v',
    '-',
    'é',
    '😀k',
    'aa'.repeat(45),
  ),
  text.filter((k) => !/[\u2028\u2029]/.test(k)),
);
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1e21, 1e-7, 123456789012, 0.1, 1.5e300, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
}));
// Objects that look enough like API objects to be memoised (kind and metadata.name).
const apiObject = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constantFrom('Pod', 'Event'),
  metadata: fc.record(
    {
      name: fc.constantFrom('a', 'b', 'c'),
      namespace: fc.constantFrom('default', 'lab'),
      managedFields: value,
      labels: fc.dictionary(key, text, { maxKeys: 3 }),
    },
    { requiredKeys: ['name'] },
  ),
  spec: value,
  status: value,
});

describe('fast printers print what the old printers printed', () => {
  it('YAML, any value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(toYaml(v)).toBe(referenceToYaml(v));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('JSON, any value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(toGoJson(v)).toBe(referenceToGoJson(v));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('printObjects, as a List and alone, printed twice (the second from the memo)', () => {
    fc.assert(
      fc.property(
        fc.array(apiObject, { maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        (objects, asList, showManagedFields) => {
          const items = objects as unknown as KubeObject[];
          for (const format of ['yaml', 'json'] as const) {
            const expected = referencePrintObjects(items, format, { asList, showManagedFields });
            expect(printObjects(items, format, { asList, showManagedFields })).toBe(expected);
            expect(printObjects(items, format, { asList, showManagedFields })).toBe(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('every scenario Pod, alone and as a List', () => {
    const pods = Object.values(buildScenarios()).map((s) => s.pod);
    for (const format of ['yaml', 'json'] as const) {
      for (let round = 0; round < 2; round++) {
        expect(printObjects(pods, format, { asList: true })).toBe(
          referencePrintObjects(pods, format, { asList: true }),
        );
        for (const pod of pods) expect(printObjects([pod], format)).toBe(referencePrintObjects([pod], format));
      }
    }
  });

  it('every pair of pieces as a value and as a key, at several depths', () => {
    const strings = PIECES.flatMap((a) => PIECES.map((b) => a + b));
    for (let depth = 0; depth < 4; depth++) {
      const nest = (v: unknown): unknown =>
        Array.from({ length: depth }).reduce<unknown>((inner) => ({ spec: [inner] }), v);
      const doc = nest({
        values: strings,
        map: Object.fromEntries(strings.filter((k) => !/[\u2028\u2029]/.test(k)).map((k, i) => [k, i])),
      });
      expect(toYaml(doc)).toBe(referenceToYaml(doc));
      expect(toGoJson(doc)).toBe(referenceToGoJson(doc));
    }
    // Tens of thousands of strings through both printers: seconds on a busy two-core machine.
  }, 30_000);

  it('strings that end around column 80, at every indent', () => {
    // A fold needs a space past column 80 with text after it: probe both sides of that edge.
    const values: string[] = [];
    for (let length = 60; length <= 100; length++) {
      for (const tail of [' b', '  b', ' bc', 'b ', "' b", ': b', '\u2028 b', '\\ b', '\u0085b', ' \u00e9']) {
        values.push(
          'a'.repeat(length - tail.length) + tail,
          `'${'a'.repeat(length - tail.length)}${tail}`,
          `1 ${'a'.repeat(length - tail.length)}${tail}`,
        );
      }
    }
    let doc: unknown = values;
    for (let depth = 0; depth < 12; depth++) {
      expect(toYaml(doc)).toBe(referenceToYaml(doc));
      doc = depth % 2 ? [doc, 'x'] : { key: doc, longerKeyName: values[depth * 7] };
    }
  });

  it('keys holding U+2028 (their text depends on the indent), each met once', () => {
    // The old printer kept a key's text from the first indent it met it at; at that indent the
    // two agree. Each key here is new to it.
    const doc = { 'k\u2028a': { 'k\u2028b': [{ 'k\u2028c': 1, 'k\u2029d': 'v' }] } };
    expect(toYaml(doc)).toBe(referenceToYaml(doc));
  });

  it('an own "__proto__" key (JSON drops it, YAML prints it)', () => {
    const doc = JSON.parse('{"b": 2, "__proto__": {"a": 1}, "items": [{"__proto__": 5, "c": 3}]}') as unknown;
    expect(toGoJson(doc)).toBe(referenceToGoJson(doc));
    expect(toYaml(doc)).toBe(referenceToYaml(doc));
    expect(toYaml(doc)).toContain('__proto__');
  });

  it('odd top-level values and members', () => {
    const sparse: unknown[] = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const odd: unknown[] = [
      'text',
      42,
      null,
      undefined,
      [],
      {},
      [[]],
      [{}],
      sparse,
      { f: () => 1, s: Symbol('s'), u: undefined, k: 1 },
      [() => 1, Symbol('t')],
      new Date(0),
      Object.create({ inherited: 1 }),
    ];
    // The same text, or (a symbol or bigint where YAML wants a scalar) an error from both.
    const outcome = (print: (v: unknown) => string, v: unknown) => {
      try {
        return print(v);
      } catch (e) {
        return e instanceof TypeError ? 'TypeError' : 'other error';
      }
    };
    for (const v of [...odd, { n: 1n }, [1n]]) {
      expect(outcome(toGoJson, v)).toBe(outcome(referenceToGoJson, v));
      expect(outcome(toYaml, v)).toBe(outcome(referenceToYaml, v));
    }
    expect(outcome(toGoJson, { n: 1n })).toBe('TypeError');
    expect(outcome(toYaml, [1n])).toBe('TypeError');
  });
});
