// A lesson's start state is the same whether its start objects were parsed at build time (the page's
// catalogue, compiled to JSON) or are parsed as the lesson opens (the headless tools).
import { describe, expect, it } from 'vitest';
import { readLessonSources } from '../../scripts/lessons-vite-plugin';
import { createConsole } from '../kubectl/console';
import type { Workspace } from '../kubectl/console-types';
import { createCluster } from '../sim/index';
import { buildCatalog } from './catalog';
import { applyStartState, parseStartDocuments, type StartDocuments } from './start';
import type { Lesson } from './types';

const lessonFiles = readLessonSources(new URL('../..', import.meta.url).pathname);
const catalog = buildCatalog(lessonFiles.sources, lessonFiles.files);
const START = Date.UTC(2026, 10, 22, 10, 0, 0);
/** The documents as the page gets them: through the compiled catalogue's JSON. */
const compiled: StartDocuments = JSON.parse(JSON.stringify(catalog.startObjects)) as StartDocuments;

function memoryWorkspace(): Workspace {
  const files = new Map<string, string>();
  return { list: () => [...files.keys()].sort(), read: (n) => files.get(n), write: (n, c) => void files.set(n, c) };
}

/** A cluster put in the lesson's start state, what that reported, and what kubectl then shows of it. */
function started(lesson: Lesson, parsed: StartDocuments) {
  const cluster = createCluster({ startTime: START, seed: 11 });
  const workspace = memoryWorkspace();
  const problems = applyStartState(lesson, cluster, workspace, (p) => catalog.files[p], parsed);
  let transcript = '';
  const console = createConsole({
    cluster,
    workspace,
    clockDriver: 'console',
    hooks: { output: (text) => void (transcript += text) },
  });
  for (const line of [
    'kubectl get pods -o wide',
    'kubectl get pods -o yaml',
    'kubectl get events',
    'kubectl get pvc,pv',
  ])
    console.submit(line);
  // What the start leaves running goes on the same way.
  cluster.clock.advanceBy(90_000);
  console.submit('kubectl get pods -A -o yaml');
  return { problems, transcript, files: workspace.list().map((name) => [name, workspace.read(name)]) };
}

describe('start objects parsed at build time', () => {
  it('covers every start object file of the lessons', () => {
    const named = new Set(catalog.lessons.flatMap((lesson) => lesson.start.objects));
    expect(named.size).toBeGreaterThan(0);
    expect(Object.keys(compiled).sort()).toEqual([...named].sort());
  });

  for (const lesson of catalog.lessons.filter((l) => l.start.objects.length > 0))
    it(`${lesson.id}: the start state is the one parsing the files as the lesson opens gives`, () => {
      const fromBuild = started(lesson, compiled);
      expect(fromBuild.problems).toEqual([]);
      expect(fromBuild).toEqual(started(lesson, {}));
    });

  it('a start leaves the parsed documents as they were, so a second start is the same', () => {
    const lesson = catalog.lessons.find((l) => l.start.objects.length > 0)!;
    const before = JSON.stringify(compiled);
    const first = started(lesson, compiled);
    expect(JSON.stringify(compiled)).toBe(before);
    expect(started(lesson, compiled)).toEqual(first);
  });

  it('a document that is not valid YAML is reported, as when the file is parsed at the start', () => {
    const docs = parseStartDocuments('kind: Pod\n---\nmetadata: {name: [\n');
    expect(docs[0]).toEqual({ object: { kind: 'Pod' } });
    expect(docs[1]).toBeNull();
  });
});
