// The differences between the lesson's manifest and the learner's file, in words: what a screen
// reader announces and what a phone shows without scrolling the two versions side by side.

/** One changed stretch, as Monaco's diff reports it: an end line of 0 means no line on that side. */
export interface LineChange {
  originalStartLineNumber: number;
  originalEndLineNumber: number;
  modifiedStartLineNumber: number;
  modifiedEndLineNumber: number;
}

export interface DifferenceItem {
  /** What differs, in words ("Your line 10", "Your lines 5–6 are not in the lesson's manifest"). */
  words: string;
  /** The learner's lines there, as written (indentation kept: in YAML it is structure). */
  yours: string[];
  /** The lesson's lines there. */
  lesson: string[];
}

function lineWords(start: number, end: number): string {
  return end > start ? `lines ${start}–${end}` : `line ${start}`;
}

function linesOf(lines: readonly string[], start: number, end: number): string[] {
  return end === 0 ? [] : lines.slice(start - 1, end);
}

/** Each change as words and the lines on each side; `yours` and `lesson` are the two texts. */
export function describeDifferences(changes: readonly LineChange[], lesson: string, yours: string): DifferenceItem[] {
  const lessonLines = lesson.split('\n');
  const yourLines = yours.split('\n');
  return changes.map((c) => {
    const inYours = c.modifiedEndLineNumber !== 0;
    const inLesson = c.originalEndLineNumber !== 0;
    const mine = lineWords(c.modifiedStartLineNumber, c.modifiedEndLineNumber);
    const theirs = lineWords(c.originalStartLineNumber, c.originalEndLineNumber);
    const words =
      inYours && inLesson
        ? `Your ${mine} differ${c.modifiedEndLineNumber > c.modifiedStartLineNumber ? '' : 's'} from the lesson's ${theirs}`
        : inYours
          ? `Your ${mine} ${c.modifiedEndLineNumber > c.modifiedStartLineNumber ? 'are' : 'is'} not in the lesson's manifest`
          : // Nothing on the learner's side: Monaco gives the line the missing text would follow.
            `The lesson's ${theirs} ${c.originalEndLineNumber > c.originalStartLineNumber ? 'are' : 'is'} missing ${
              c.modifiedStartLineNumber === 0 ? 'at the top of yours' : `after your line ${c.modifiedStartLineNumber}`
            }`;
    return {
      words,
      yours: linesOf(yourLines, c.modifiedStartLineNumber, c.modifiedEndLineNumber),
      lesson: linesOf(lessonLines, c.originalStartLineNumber, c.originalEndLineNumber),
    };
  });
}
