// Puts a cluster and a workspace into a lesson's starting state: its objects created (multi-document
// manifests allowed), its files written, then simulated time let pass so the objects settle.

import { parseAllDocuments } from 'yaml';
import type { ClusterApi } from '../sim/api';
import type { Workspace } from '../kubectl/console-types';
import type { Check } from './check-types';
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
  for (const path of Object.values(lesson.start.files)) {
    if (read(path) === undefined) problems.push(`${lesson.file}: start file ${path} not found`);
  }
  for (const [name, text] of Object.entries(lessonStartFiles(lesson, read))) workspace.write(name, text);
  if (lesson.start.settle > 0) cluster.clock.advanceBy(lesson.start.settle);
  return problems;
}

/** Every path a lesson's start state reads (the build checks they exist). */
export function startPaths(lesson: Lesson): string[] {
  return [...lesson.start.objects, ...Object.values(lesson.start.files)];
}

/** Files the learner is asked to write themselves: a step checks that they saved them. */
function filesToWrite(lesson: Lesson): Set<string> {
  const names = new Set<string>();
  const visit = (check: Check | undefined): void => {
    if (!check) return;
    if (check.kind === 'file') names.add(check.name);
    else if (check.kind === 'all' || check.kind === 'any') check.of.forEach(visit);
    else if (check.kind === 'not') visit(check.of);
  };
  for (const step of lesson.steps) visit(step.check);
  return names;
}

/**
 * The workspace a lesson opens with: its start files, and every manifest its steps show (each in
 * its first version), so a "Run" of `kubectl apply -f NAME` works before "Open in editor" was
 * clicked. A file a step asks the learner to write is left out, or that step would pass unseen.
 */
export function lessonStartFiles(lesson: Lesson, read: LessonFileReader): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, path] of Object.entries(lesson.start.files)) {
    const text = read(path);
    if (text !== undefined) files[name] = text;
  }
  const toWrite = filesToWrite(lesson);
  for (const step of lesson.steps)
    for (const block of step.blocks)
      if (block.kind === 'manifest' && !(block.file in files) && !toWrite.has(block.file))
        files[block.file] = block.text;
  return files;
}
