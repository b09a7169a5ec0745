// A learner's progress as a short code a teacher can read aloud or paste: how many steps of each
// lesson are done, and the step the learner is on, packed into Crockford base-32 digits (no I, L, O
// or U; lower case and O/I/L typed by mistake are read as 0/1/1), then two check digits. The check
// is the code's value modulo the prime 1021, salted with the course's step counts, so any one
// mistyped digit and any two swapped neighbours are caught, and a code from a course with other
// steps almost always is. Shown in groups of five: "K7M2Q-9XPR4".
import type { Catalog } from '../../lessons/catalog';
import type { Progress } from '../../lessons/progress';
import { courseLessons, lessonStatus } from '../course/course-status';

const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_MODULUS = 1021;
const CHECK_DIGITS = 2;

/** What a code says about one learner. */
export interface CodeProgress {
  /** Steps done per lesson, in the course's order. */
  done: number[];
  /** The lesson (1-based position in the course) and step the learner has open, if any. */
  at: { lesson: number; step: number } | undefined;
}

/** The course's shape as a code sees it: the step count of each lesson in order. */
export type CourseShape = readonly number[];

export function courseShape(catalog: Catalog): CourseShape {
  return courseLessons(catalog).map((lesson) => lesson.steps.length);
}

export function progressForCode(catalog: Catalog, progress: Progress): CodeProgress {
  const lessons = courseLessons(catalog);
  const done = lessons.map((lesson) => lessonStatus(lesson, progress).done.length);
  const open = lessons.findIndex((lesson) => lesson.id === progress.current);
  const lesson = lessons[open];
  const step = lesson ? Math.min(Math.max(1, progress.lessons[lesson.id]?.step ?? 1), lesson.steps.length) : 0;
  return { done, at: lesson && step >= 1 ? { lesson: open + 1, step } : undefined };
}

const totalSteps = (shape: CourseShape) => shape.reduce((sum, n) => sum + n, 0);

/** How many different codes the course has: (steps + 1) places times (n + 1) counts per lesson. */
function valueCount(shape: CourseShape): bigint {
  return shape.reduce((product, n) => product * BigInt(n + 1), BigInt(totalSteps(shape) + 1));
}

function dataDigits(shape: CourseShape): number {
  let digits = 1;
  for (let room = 32n; room < valueCount(shape); room *= 32n) digits++;
  return digits;
}

/** Digits of a code, check digits included. */
export function codeLength(shape: CourseShape): number {
  return dataDigits(shape) + CHECK_DIGITS;
}

function salt(shape: CourseShape): number {
  return shape.reduce((h, n) => (h * 31 + n + 1) % CHECK_MODULUS, shape.length);
}

function checkOf(shape: CourseShape, digits: readonly number[]): number {
  return digits.reduce((h, d) => (h * 32 + d) % CHECK_MODULUS, salt(shape));
}

/** The place of (lesson, step) among all the course's steps, 1-based; 0 for none. */
function placeOf(shape: CourseShape, at: CodeProgress['at']): number {
  if (!at) return 0;
  return shape.slice(0, at.lesson - 1).reduce((sum, n) => sum + n, 0) + at.step;
}

function atPlace(shape: CourseShape, place: number): CodeProgress['at'] {
  let left = place;
  for (let i = 0; i < shape.length; i++) {
    if (left <= shape[i]!) return left === 0 ? undefined : { lesson: i + 1, step: left };
    left -= shape[i]!;
  }
  return undefined;
}

export function encodeCompletion(shape: CourseShape, progress: CodeProgress): string {
  let value = 0n;
  shape.forEach((steps, i) => {
    value = value * BigInt(steps + 1) + BigInt(Math.min(Math.max(0, progress.done[i] ?? 0), steps));
  });
  value = value * BigInt(totalSteps(shape) + 1) + BigInt(placeOf(shape, progress.at));
  const digits: number[] = [];
  for (let i = 0; i < dataDigits(shape); i++) {
    digits.unshift(Number(value % 32n));
    value /= 32n;
  }
  const check = checkOf(shape, digits);
  const text = [...digits, Math.floor(check / 32), check % 32].map((d) => DIGITS[d]).join('');
  return text.match(/.{1,5}/g)!.join('-');
}

export type DecodeResult = { ok: true; progress: CodeProgress } | { ok: false; error: string };

const READ_AS: Record<string, string> = { O: '0', I: '1', L: '1' };

/** Reads a code as typed or heard: any case, with or without the hyphens and spaces. */
export function decodeCompletion(shape: CourseShape, typed: string): DecodeResult {
  const text = typed.toUpperCase().replace(/[\s-]/g, '');
  const length = codeLength(shape);
  if (text.length !== length)
    return { ok: false, error: `a code has ${length} letters and digits; this one has ${text.length}` };
  const digits: number[] = [];
  for (const char of text) {
    const digit = DIGITS.indexOf(READ_AS[char] ?? char);
    if (digit < 0) return { ok: false, error: `“${char}” never appears in a code` };
    digits.push(digit);
  }
  const data = digits.slice(0, -CHECK_DIGITS);
  const check = digits.at(-2)! * 32 + digits.at(-1)!;
  if (check !== checkOf(shape, data))
    return { ok: false, error: 'the code does not check out: a letter or digit is mistyped, or two are swapped' };
  let value = data.reduce((v, d) => v * 32n + BigInt(d), 0n);
  if (value >= valueCount(shape)) return { ok: false, error: 'the code was made for another version of the course' };
  const place = Number(value % BigInt(totalSteps(shape) + 1));
  value /= BigInt(totalSteps(shape) + 1);
  const done: number[] = [];
  for (let i = shape.length - 1; i >= 0; i--) {
    done.unshift(Number(value % BigInt(shape[i]! + 1)));
    value /= BigInt(shape[i]! + 1);
  }
  return { ok: true, progress: { done, at: atPlace(shape, place) } };
}
