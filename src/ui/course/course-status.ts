// Where a learner stands in the course, lesson by lesson, from their saved progress: what the
// course map marks, and what a completion code carries.
import type { Catalog } from '../../lessons/catalog';
import type { Progress } from '../../lessons/progress';
import type { Lesson } from '../../lessons/types';

export type LessonState = 'done' | 'started' | 'new';

export interface LessonStatus {
  lesson: Lesson;
  /** Step numbers completed (only steps the lesson has). */
  done: number[];
  state: LessonState;
}

/** The chapter's lessons in order, without the sandbox. */
export function courseLessons(catalog: Catalog): Lesson[] {
  return catalog.lessons.filter((lesson) => !lesson.sandbox);
}

export function lessonStatus(lesson: Lesson, progress: Progress): LessonStatus {
  const saved = progress.lessons[lesson.id]?.done ?? [];
  const done = saved.filter((n) => n >= 1 && n <= lesson.steps.length);
  const state: LessonState =
    lesson.steps.length > 0 && done.length === lesson.steps.length ? 'done' : done.length > 0 ? 'started' : 'new';
  return { lesson, done, state };
}

export function courseStatus(catalog: Catalog, progress: Progress): LessonStatus[] {
  return courseLessons(catalog).map((lesson) => lessonStatus(lesson, progress));
}

/** The lesson after this one in the chapter's order, if any. */
export function nextLesson(catalog: Catalog, lessonId: string): Lesson | undefined {
  const lessons = courseLessons(catalog);
  const at = lessons.findIndex((lesson) => lesson.id === lessonId);
  return at < 0 ? undefined : lessons[at + 1];
}

export function stepsDoneText(status: LessonStatus): string {
  const total = status.lesson.steps.length;
  if (status.state === 'done') return 'Done';
  if (status.state === 'new') return 'Not started';
  return `${status.done.length} of ${total} steps done`;
}
