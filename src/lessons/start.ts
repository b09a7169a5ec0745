// Puts a cluster and a workspace into a lesson's starting state: its objects created (multi-document
// manifests allowed), its files written, then simulated time let pass so the objects settle.
// The chapter creates everything with `kubectl apply -f`, so a start object is created as that
// command creates it: annotated with the applied configuration, written by kubectl-client-side-apply.

import { parseAllDocuments } from 'yaml';
import type { ClusterApi } from '../sim/api';
import { CLIENT_SIDE_APPLY_MANAGER, objectToCreateByApply } from '../kubectl/apply-merge';
import type { Workspace } from '../kubectl/console-types';
import { RESOURCE_TYPES } from '../kubectl/resources';
import type { Check } from './check-types';
import type { Lesson } from './types';

function createdByApply(manifest: Record<string, unknown>): Record<string, unknown> {
  const type = RESOURCE_TYPES.find((t) => t.kind === manifest.kind);
  if (!type) return manifest;
  const metadata = (manifest.metadata ?? {}) as Record<string, unknown>;
  const namespace = type.namespaced ? ((metadata.namespace as string | undefined) ?? 'default') : undefined;
  return objectToCreateByApply(manifest, namespace);
}

/** Reads a path relative to lessons/ (the browser bundles them; tests read the disk). */
export type LessonFileReader = (path: string) => string | undefined;

/** One document of a start object file: the object it holds, or null when it is not valid YAML. */
export type StartDocument = { object: unknown } | null;

/** Start object files' documents by path, parsed ahead (the build compiles them into the page). */
export type StartDocuments = Readonly<Record<string, readonly StartDocument[]>>;

/**
 * The documents of a start object file. The build runs this over every start file, so a page opens a
 * lesson without running the YAML parser, whose first run costs more than the rest of a lesson's start.
 */
export function parseStartDocuments(text: string): StartDocument[] {
  return parseAllDocuments(text).map((doc) =>
    !('toJSON' in doc) || doc.errors.length ? null : { object: doc.toJSON() as unknown },
  );
}

/** Every start object file of the lessons, parsed (paths with no file are left out). */
export function parseStartObjects(lessons: readonly Lesson[], read: LessonFileReader): Record<string, StartDocument[]> {
  const parsed: Record<string, StartDocument[]> = {};
  for (const path of new Set(lessons.flatMap((lesson) => lesson.start.objects))) {
    const text = read(path);
    if (text !== undefined) parsed[path] = parseStartDocuments(text);
  }
  return parsed;
}

/**
 * Returns the problems met (a missing file, an object the API refused); empty when all went well.
 * `parsed` holds start files' documents parsed ahead; a file not in it is parsed here.
 */
export function applyStartState(
  lesson: Lesson,
  cluster: ClusterApi,
  workspace: Workspace,
  read: LessonFileReader,
  parsed: StartDocuments = {},
): string[] {
  const problems: string[] = [];
  for (const path of lesson.start.objects) {
    const text = read(path);
    if (text === undefined) {
      problems.push(`${lesson.file}: start object ${path} not found`);
      continue;
    }
    for (const doc of parsed[path] ?? parseStartDocuments(text)) {
      if (doc === null) {
        problems.push(`${path}: not valid YAML`);
        continue;
      }
      // A copy (the documents are JSON data): they serve every later start, unchanged by this one.
      const object = JSON.parse(JSON.stringify(doc.object)) as Record<string, unknown>;
      const created = cluster.create(createdByApply(object), { fieldManager: CLIENT_SIDE_APPLY_MANAGER });
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
