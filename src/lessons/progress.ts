// The learner's progress as plain data: which lesson is open, and per lesson the open step, the
// completed steps and the workspace files. Pure functions over it, plus the export file format
// (JSON, versioned) and a strict reader for imported files that never throws.

import { fileNameProblem } from '../kubectl/file-names';

export interface LessonProgress {
  step: number;
  done: number[];
  /** The lesson's workspace files as the learner left them. */
  files: Record<string, string>;
}

export interface Progress {
  version: 1;
  /** Lesson open now (undefined: the lesson list). */
  current?: string;
  lessons: Record<string, LessonProgress>;
}

export const EXPORT_KIND = 'pod-lab-progress';

export function emptyProgress(): Progress {
  return { version: 1, lessons: {} };
}

function lessonOf(p: Progress, id: string): LessonProgress {
  return p.lessons[id] ?? { step: 1, done: [], files: {} };
}

export function withStepOpen(p: Progress, id: string, step: number): Progress {
  return { ...p, current: id, lessons: { ...p.lessons, [id]: { ...lessonOf(p, id), step } } };
}

export function withStepDone(p: Progress, id: string, step: number): Progress {
  const l = lessonOf(p, id);
  if (l.done.includes(step)) return p;
  return { ...p, lessons: { ...p.lessons, [id]: { ...l, done: [...l.done, step].sort((a, b) => a - b) } } };
}

/** Forgets a lesson's progress and files (start over). */
export function withLessonReset(p: Progress, id: string): Progress {
  const lessons = { ...p.lessons };
  delete lessons[id];
  return { ...p, lessons };
}

export function withFiles(p: Progress, id: string, files: Record<string, string>): Progress {
  return { ...p, lessons: { ...p.lessons, [id]: { ...lessonOf(p, id), files: { ...files } } } };
}

export function exportProgress(p: Progress): string {
  return JSON.stringify({ kind: EXPORT_KIND, ...p }, null, 2) + '\n';
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

function isStringMap(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')
  );
}

/** Lesson ids as lesson files declare them (why-pods, liveness-probes): nothing else is taken in. */
const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function isStepNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1000;
}

/** Reads an exported file, or a stored value; anything else is refused with a reason. */
export function importProgress(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not a Pod Lab progress file (not JSON)' };
  }
  return progressFromJson(data);
}

export function progressFromJson(data: unknown): ImportResult {
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'not a Pod Lab progress file' };
  const d = data as Record<string, unknown>;
  if ((d.kind !== undefined && d.kind !== EXPORT_KIND) || d.version === undefined)
    return { ok: false, error: 'not a Pod Lab progress file' };
  if (d.version !== 1) return { ok: false, error: `unsupported progress version ${JSON.stringify(d.version)}` };
  if (typeof d.lessons !== 'object' || d.lessons === null || Array.isArray(d.lessons))
    return { ok: false, error: 'progress file has no lessons' };
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, raw] of Object.entries(d.lessons as Record<string, unknown>)) {
    if (!LESSON_ID.test(id)) return { ok: false, error: `"${shorten(id)}" is not a lesson id` };
    const l = raw as Record<string, unknown> | null;
    if (
      !l ||
      !isStepNumber(l.step) ||
      !Array.isArray(l.done) ||
      !l.done.every(isStepNumber) ||
      !isStringMap(l.files ?? {})
    ) {
      return { ok: false, error: `progress for lesson "${id}" is malformed` };
    }
    for (const name of Object.keys(l.files ?? {})) {
      const problem = fileNameProblem(name);
      if (problem) return { ok: false, error: `lesson "${id}" has a file named "${shorten(name)}": ${problem}` };
    }
    lessons[id] = {
      step: l.step,
      done: [...new Set(l.done)].sort((a, b) => a - b),
      files: { ...((l.files ?? {}) as Record<string, string>) },
    };
  }
  const current = typeof d.current === 'string' && LESSON_ID.test(d.current) ? d.current : undefined;
  return { ok: true, progress: { version: 1, lessons, ...(current ? { current } : {}) } };
}

/** A name quoted back in a message, cut short so a 5,000-character one does not flood the page. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
