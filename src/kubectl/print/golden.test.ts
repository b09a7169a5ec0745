// Byte-for-byte comparison with what the real kubectl v1.32 printed for the same objects
// (testdata/*.txt, recorded by scripts/golden/generate.ts).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, buildCluster } from './testing/golden-cases';

const cluster = buildCluster();

describe('printers match the real kubectl', () => {
  for (const c of CASES) {
    it(`kubectl ${c.args.join(' ')}`, () => {
      const expected = readFileSync(join(import.meta.dirname, 'testdata', `${c.name}.txt`), 'utf8');
      expect(c.ours(c.prepare ? c.prepare(cluster) : cluster)).toBe(expected);
    });
  }
});

describe('golden files', () => {
  it('each comes from a generator case, so `npm run golden` re-records every one', () => {
    const names = new Set(CASES.map((c) => `${c.name}.txt`));
    const orphans = readdirSync(join(import.meta.dirname, 'testdata')).filter((f) => !names.has(f));
    expect(orphans).toEqual([]);
  });
});
