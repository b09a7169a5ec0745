// The set of lessons the app offers: every lesson file parsed, checked against the others (unique
// ids and orders) and against the start files it names, and sorted in the chapter's order. The
// build (scripts/lessons-vite-plugin.ts), the tests and the browser all go through here.

import { parseLesson } from './parse';
import { parseStartObjects, startPaths, type StartDocuments } from './start';
import { LessonError, type Lesson } from './types';

export interface LessonSource {
  /** Path relative to the repository, e.g. "lessons/01-why-pods.md". */
  path: string;
  text: string;
}

export interface Catalog {
  lessons: Lesson[];
  /** Start files by path relative to lessons/ ("files/kuard-pod.yaml"). */
  files: Record<string, string>;
  /** The start object files' documents, parsed once (absent: each lesson start parses its files). */
  startObjects?: StartDocuments;
  errors: LessonError[];
}

/** A valid catalogue as the build compiles it into the page (scripts/lessons-vite-plugin.ts): plain data. */
export type CompiledCatalog = Required<Pick<Catalog, 'lessons' | 'files' | 'startObjects'>>;

export function buildCatalog(sources: readonly LessonSource[], files: Record<string, string>): Catalog {
  const lessons: Lesson[] = [];
  const errors: LessonError[] = [];
  for (const source of sources) {
    try {
      lessons.push(parseLesson(source.text, source.path));
    } catch (e) {
      if (e instanceof LessonError) errors.push(e);
      else errors.push(new LessonError(source.path, 1, String(e)));
    }
  }
  const seenIds = new Map<string, string>();
  const seenOrders = new Map<number, string>();
  for (const lesson of lessons) {
    const id = seenIds.get(lesson.id);
    if (id) errors.push(new LessonError(lesson.file, 2, `id "${lesson.id}" is already used by ${id}`));
    seenIds.set(lesson.id, lesson.file);
    const order = seenOrders.get(lesson.order);
    if (order) errors.push(new LessonError(lesson.file, 2, `order ${lesson.order} is already used by ${order}`));
    seenOrders.set(lesson.order, lesson.file);
    for (const path of startPaths(lesson)) {
      if (files[path] === undefined)
        errors.push(new LessonError(lesson.file, 2, `start file "${path}" does not exist under lessons/`));
    }
  }
  lessons.sort((a, b) => a.order - b.order);
  return { lessons, files, startObjects: parseStartObjects(lessons, (path) => files[path]), errors };
}

export function findLesson(catalog: Catalog, id: string): Lesson | undefined {
  return catalog.lessons.find((l) => l.id === id);
}
