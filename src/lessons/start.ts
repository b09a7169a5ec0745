// Puts a cluster and a workspace into a lesson's starting state: its objects created (multi-document
// manifests allowed), its files written, then simulated time let pass so the objects settle.

import { parseAllDocuments } from 'yaml';
import type { ClusterApi } from '../sim/api';
import type { Workspace } from '../kubectl/console-types';
import type { Lesson } from './types';

/** Reads a path relative to lessons/ (the browser bundles them; tests read the disk). */
export type LessonFileReader = (path: string) => string | undefined;

/** Returns the problems met (a missing file, an object the API refused); empty when all went well. */
export function applyStartState(
  lesson: Lesson,
  cluster: ClusterApi,
  workspace: Workspace,
  read: LessonFileReader,
): string[] {
  const problems: string[] = [];
  for (const path of lesson.start.objects) {
    const text = read(path);
    if (text === undefined) {
      problems.push(`${lesson.file}: start object ${path} not found`);
      continue;
    }
    for (const doc of parseAllDocuments(text)) {
      if (!('toJSON' in doc) || doc.errors.length) {
        problems.push(`${path}: not valid YAML`);
        continue;
      }
      const created = cluster.create(doc.toJSON());
      if (!created.ok) problems.push(`${path}: ${created.error.message}`);
    }
  }
  for (const [name, path] of Object.entries(lesson.start.files)) {
    const text = read(path);
    if (text === undefined) problems.push(`${lesson.file}: start file ${path} not found`);
    else workspace.write(name, text);
  }
  if (lesson.start.settle > 0) cluster.clock.advanceBy(lesson.start.settle);
  return problems;
}

/** Every path a lesson's start state reads (the build checks they exist). */
export function startPaths(lesson: Lesson): string[] {
  return [...lesson.start.objects, ...Object.values(lesson.start.files)];
}
