// The teacher's paste box: one learner per line, a name and then a completion code ("Ada K7M2Q-9XPR4",
// "Ada: k7m2q 9xpr4", a spreadsheet's tab-separated columns). Each line is read on its own, so a
// mistyped one is reported by its line number and never spoils the others.
import { codeLength, decodeCompletion, type CodeProgress, type CourseShape } from './completion-code';

export interface ClassRow {
  line: number;
  name: string;
  code: string;
  progress: CodeProgress;
}

export interface BadLine {
  line: number;
  text: string;
  error: string;
}

/** Longest piece of a bad line quoted back. */
const QUOTE_LIMIT = 60;

export function readClassCodes(shape: CourseShape, pasted: string): { rows: ClassRow[]; bad: BadLine[] } {
  const rows: ClassRow[] = [];
  const bad: BadLine[] = [];
  const length = codeLength(shape);
  pasted.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    const line = i + 1;
    const quoted = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
    const { name, code } = splitLine(text, length);
    const result = decodeCompletion(shape, code);
    if (!result.ok) bad.push({ line, text: quoted, error: result.error });
    else
      rows.push({ line, name: name || `(no name, line ${line})`, code: code.toUpperCase(), progress: result.progress });
  });
  return { rows, bad };
}

/**
 * The code is the end of the line: the last word, or the last two when it was typed in two
 * groups ("K7M2Q 9XPR4"); the rest, without separators around it, is the name.
 */
function splitLine(text: string, length: number): { name: string; code: string } {
  const words = text.split(/[\s,;:|]+/).filter((w) => w !== '');
  const compact = (parts: string[]) => parts.join('').replace(/-/g, '');
  const take =
    words.length >= 2 && compact(words.slice(-1)).length < length && compact(words.slice(-2)).length === length ? 2 : 1;
  const code = words.slice(-take).join('');
  const name = words.slice(0, -take).join(' ');
  return { name, code };
}
