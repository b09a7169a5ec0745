import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeLength, decodeCompletion, encodeCompletion, type CodeProgress } from './completion-code';
import { readClassCodes } from './class-codes';

// The chapter's shape today: 14 lessons and their step counts.
const SHAPE = [4, 3, 4, 3, 3, 5, 5, 7, 4, 5, 6, 5, 4, 2];
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const progressOf = fc
  .tuple(
    fc.tuple(...SHAPE.map((n) => fc.integer({ min: 0, max: n }))),
    fc.option(fc.integer({ min: 0, max: SHAPE.length - 1 })),
    fc.integer({ min: 1, max: 7 }),
  )
  .map(([done, lesson, step]): CodeProgress => ({
    done,
    at: lesson === null ? undefined : { lesson: lesson + 1, step: Math.min(step, SHAPE[lesson]!) },
  }));

describe('completion codes', () => {
  it('are ten characters in two groups a teacher can read aloud', () => {
    expect(codeLength(SHAPE)).toBe(10);
    const code = encodeCompletion(SHAPE, { done: SHAPE.map(() => 0), at: undefined });
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('give back the progress they were made from, however they are typed', () => {
    fc.assert(
      fc.property(progressOf, (progress) => {
        const code = encodeCompletion(SHAPE, progress);
        expect(decodeCompletion(SHAPE, code)).toEqual({ ok: true, progress });
        const sloppy = code.toLowerCase().replace('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
        expect(decodeCompletion(SHAPE, sloppy)).toEqual({ ok: true, progress });
      }),
      { numRuns: 200 },
    );
  });

  it('catch every single mistyped character and every swap of two neighbours', () => {
    fc.assert(
      fc.property(progressOf, (progress) => {
        const code = encodeCompletion(SHAPE, progress).replace('-', '');
        for (let i = 0; i < code.length; i++) {
          for (const digit of DIGITS) {
            if (digit === code[i]) continue;
            const typo = code.slice(0, i) + digit + code.slice(i + 1);
            expect(decodeCompletion(SHAPE, typo).ok).toBe(false);
          }
          if (i + 1 < code.length && code[i] !== code[i + 1]) {
            const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
            expect(decodeCompletion(SHAPE, swapped).ok).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('say what is wrong with a code that cannot be read', () => {
    expect(decodeCompletion(SHAPE, 'K7M2Q-9XPR')).toEqual({
      ok: false,
      error: 'a code has 10 letters and digits; this one has 9',
    });
    expect(decodeCompletion(SHAPE, 'K7M2Q-9XPRU')).toEqual({ ok: false, error: '“U” never appears in a code' });
  });
});

describe("a class's pasted codes", () => {
  it('become one row per learner, and a bad line is reported on its own with its number', () => {
    const ada = encodeCompletion(SHAPE, { done: [4, 3, ...SHAPE.slice(2).map(() => 0)], at: { lesson: 3, step: 1 } });
    const bob = encodeCompletion(SHAPE, { done: [2, ...SHAPE.slice(1).map(() => 0)], at: { lesson: 1, step: 3 } });
    const typo = bob.slice(0, 3) + (bob[3] === 'A' ? 'B' : 'A') + bob.slice(4);
    const pasted = `Ada Lovelace: ${ada}\n\nBob\t${typo}\n<b>Eve</b> ${bob.toLowerCase().replace('-', ' ')}\nnonsense\n`;
    const { rows, bad } = readClassCodes(SHAPE, pasted);
    expect(rows.map((r) => [r.line, r.name, r.progress.at])).toEqual([
      [1, 'Ada Lovelace', { lesson: 3, step: 1 }],
      [4, '<b>Eve</b>', { lesson: 1, step: 3 }],
    ]);
    expect(bad.map((b) => [b.line, b.error])).toEqual([
      [3, 'the code does not check out: a letter or digit is mistyped, or two are swapped'],
      [5, 'a code has 10 letters and digits; this one has 8'],
    ]);
  });
});
