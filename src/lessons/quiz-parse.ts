// A ```quiz block: a question and options, exactly one or more marked correct, each with a "why"
// the learner reads after choosing it.

import { LineCounter, parseDocument } from 'yaml';
import { LessonError, type QuizOption } from './types';

export function parseQuiz(text: string, file: string, firstLine: number): { question: string; options: QuizOption[] } {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
  const err = doc.errors[0];
  if (err)
    throw new LessonError(file, firstLine + (err.linePos?.[0]?.line ?? 1) - 1, `quiz: ${err.message.split('\n')[0]}`);
  const json = doc.toJSON() as unknown;
  const bad = (why: string): never => {
    throw new LessonError(file, firstLine, `quiz: ${why}`);
  };
  if (typeof json !== 'object' || json === null) return bad('expected question and options');
  const { question, options, ...rest } = json as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra) bad(`unknown field "${extra}" (known: question, options)`);
  if (typeof question !== 'string' || !question.trim()) bad('"question" must be text');
  if (!Array.isArray(options) || options.length < 2) return bad('"options" must list at least two choices');
  const parsed = options.map((o: unknown, i): QuizOption => {
    if (typeof o !== 'object' || o === null) return bad(`option ${i + 1} must have text, correct and why`);
    const { text: t, correct, why, ...more } = o as Record<string, unknown>;
    const unknownKey = Object.keys(more)[0];
    if (unknownKey) bad(`option ${i + 1}: unknown field "${unknownKey}" (known: text, correct, why)`);
    if (typeof t !== 'string' || typeof why !== 'string') bad(`option ${i + 1} needs "text" and "why"`);
    // The pane already says "Correct." or "Not quite.": a why that says it again reads twice.
    const verdict = /^(Right|Correct|Exactly|Yes|No|Wrong|Not quite)\b[.;,!]/.exec(why as string);
    if (verdict) bad(`option ${i + 1}: "why" starts with "${verdict[0]}", which the pane already says`);
    return { text: t as string, correct: correct === true, why: why as string };
  });
  if (!parsed.some((o) => o.correct)) bad('no option is marked "correct: true"');
  return { question: question as string, options: parsed };
}
