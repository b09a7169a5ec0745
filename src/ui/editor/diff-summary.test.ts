import { describe, expect, it } from 'vitest';
import { describeDifferences } from './diff-summary';

const LESSON = 'kind: Pod\nmetadata:\n  name: kuard\nspec:\n  containers: []\n';

describe('the differences from the lesson, in words', () => {
  it('names a changed line on both sides, keeping its indentation', () => {
    const yours = LESSON.replace('  name: kuard', '  name: kuardd');
    const [item] = describeDifferences(
      [{ originalStartLineNumber: 3, originalEndLineNumber: 3, modifiedStartLineNumber: 3, modifiedEndLineNumber: 3 }],
      LESSON,
      yours,
    );
    expect(item).toEqual({
      words: "Your line 3 differs from the lesson's line 3",
      yours: ['  name: kuardd'],
      lesson: ['  name: kuard'],
    });
  });

  it('tells lines the lesson does not have from lines the learner left out', () => {
    const extra = describeDifferences(
      [{ originalStartLineNumber: 2, originalEndLineNumber: 0, modifiedStartLineNumber: 3, modifiedEndLineNumber: 4 }],
      LESSON,
      'kind: Pod\nmetadata:\n  labels: {}\n  x: 1\n',
    );
    expect(extra[0]!.words).toBe("Your lines 3–4 are not in the lesson's manifest");
    expect(extra[0]!.yours).toEqual(['  labels: {}', '  x: 1']);
    expect(extra[0]!.lesson).toEqual([]);

    const missing = describeDifferences(
      [{ originalStartLineNumber: 1, originalEndLineNumber: 1, modifiedStartLineNumber: 0, modifiedEndLineNumber: 0 }],
      LESSON,
      'metadata:\n',
    );
    expect(missing[0]!.words).toBe("The lesson's line 1 is missing at the top of yours");
    expect(missing[0]!.lesson).toEqual(['kind: Pod']);
    const later = describeDifferences(
      [{ originalStartLineNumber: 4, originalEndLineNumber: 5, modifiedStartLineNumber: 3, modifiedEndLineNumber: 0 }],
      LESSON,
      'kind: Pod\nmetadata:\n  name: kuard\n',
    );
    expect(later[0]!.words).toBe("The lesson's lines 4–5 are missing after your line 3");
  });
});
