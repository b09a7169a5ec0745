// CI replays every lesson's solutions against the real simulated cluster and kubectl engine, as a
// learner would type them: each step's check must be false when the step begins (no step passes by
// default) and must hold after its solution, with at most two simulated minutes of reading time.
// A step can also begin in two other ways, and must not pass by default there either: opened
// straight from the lesson's start (a workshop link to step N), and redone after the whole lesson.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { createConsole } from '../kubectl/console';
import type { Workspace } from '../kubectl/console-types';
import { createCluster } from '../sim/index';
import type { Pod } from '../sim/api';
import { readLessonSources } from '../../scripts/lessons-vite-plugin';
import type { Check } from './check-types';
import { READING_TIME_MS, replayLine, replayStepsBefore } from './replay';
import { createLessonRunner, type LessonRunner } from './runner';
import { applyStartState } from './start';
import type { Lesson } from './types';

const lessonFiles = readLessonSources(new URL('../..', import.meta.url).pathname);
const catalog = buildCatalog(lessonFiles.sources, lessonFiles.files);
const lessons = catalog.lessons.filter((l) => !l.sandbox);
const START = Date.UTC(2026, 10, 22, 10, 0, 0);

function memoryWorkspace(): Workspace {
  const files = new Map<string, string>();
  return { list: () => [...files.keys()].sort(), read: (n) => files.get(n), write: (n, c) => void files.set(n, c) };
}

/** A fresh cluster and workspace in the lesson's start state, with a console that drives the clock. */
function session(lesson: Lesson, step?: number) {
  const cluster = createCluster({ startTime: START, seed: 7 });
  const workspace = memoryWorkspace();
  const t = { transcript: '' };
  const console = createConsole({
    cluster,
    workspace,
    clockDriver: 'console',
    hooks: { output: (x) => void (t.transcript += x) },
  });
  expect(applyStartState(lesson, cluster, workspace, (p) => catalog.files[p])).toEqual([]);
  const runner = createLessonRunner({ lesson, cluster, workspace, console, step });
  return { cluster, workspace, console, runner, t };
}

/** Plays every step's solution in order; returns the runner, left on the last step. */
function playAll(
  lesson: Lesson,
  s: ReturnType<typeof session>,
  each?: (where: string, runner: LessonRunner) => void,
): void {
  for (const step of lesson.steps) {
    s.runner.open(step.index);
    const where = `${lesson.file}:${step.line} "${step.title}"`;
    each?.(where, s.runner);
    s.t.transcript = '';
    for (const line of step.solution) {
      if (line.action.kind === 'run') s.t.transcript += `$ ${line.action.text}\n`;
      replayLine(lesson, step.index, line, s);
    }
    const held = s.cluster.clock.runUntil(() => s.runner.recheck(), READING_TIME_MS);
    expect(held, `${where} did not complete. Console:\n${s.t.transcript}`).toBe(true);
    expect(s.runner.stateOf(step.index)).toBe('done');
  }
}

/** Only the workspace: saving the same file again is how such a step is redone. */
function onlyFiles(check: Check): boolean {
  if (check.kind === 'all' || check.kind === 'any') return check.of.every(onlyFiles);
  return check.kind === 'file';
}

describe('lesson solutions replay', () => {
  for (const lesson of lessons) {
    it(`${lesson.file}: each step starts unmet and its solution completes it`, () => {
      const s = session(lesson);
      playAll(lesson, s, (where, runner) =>
        expect(runner.recheck(), `${where} holds before its solution ran`).toBe(false),
      );
      s.console.dispose();
    });
  }
});

describe('no step passes by default, however it begins', () => {
  for (const lesson of lessons) {
    it(`${lesson.file}: each step opened straight from the lesson's start is unmet`, () => {
      for (const step of lesson.steps) {
        const s = session(lesson, step.index);
        expect(s.runner.current()).toBe(step.index);
        expect(s.runner.recheck(), `${lesson.file}:${step.line} "${step.title}" holds when opened from the start`).toBe(
          false,
        );
        s.console.dispose();
      }
    });

    it(`${lesson.file}: each step redone after the whole lesson is unmet until done again`, () => {
      const s = session(lesson);
      playAll(lesson, s);
      for (const step of lesson.steps) {
        if (!step.check || onlyFiles(step.check)) continue;
        s.runner.redo(step.index);
        expect(s.runner.recheck(), `${lesson.file}:${step.line} "${step.title}" holds as soon as it is redone`).toBe(
          false,
        );
      }
      s.console.dispose();
    });
  }
});

describe('every step is a starting point', () => {
  for (const lesson of lessons) {
    it(`${lesson.file}: a deep link to each step replays the steps before it; the step starts unmet and its solution completes it`, () => {
      for (const step of lesson.steps) {
        const s = session(lesson);
        const where = `${lesson.file}:${step.line} "${step.title}"`;
        expect(replayStepsBefore(lesson, step.index, s.cluster, s.workspace), where).toEqual([]);
        s.runner.open(step.index);
        expect(s.runner.recheck(), `${where} holds when opened from a deep link`).toBe(false);
        s.t.transcript = '';
        for (const line of step.solution) {
          if (line.action.kind === 'run') s.t.transcript += `$ ${line.action.text}\n`;
          replayLine(lesson, step.index, line, s);
        }
        const held = s.cluster.clock.runUntil(() => s.runner.recheck(), READING_TIME_MS);
        expect(held, `${where} from a deep link did not complete. Console:\n${s.t.transcript}`).toBe(true);
        s.console.dispose();
      }
    });
  }

  it('lessons/07-deleting-pods.md: "The data went with it" starts with kuard deleted, not Running', () => {
    const lesson = lessons.find((l) => l.id === 'deleting-pods')!;
    const s = session(lesson);
    expect(s.cluster.get('Pod', 'default', 'kuard').ok).toBe(true);
    replayStepsBefore(lesson, 3, s.cluster, s.workspace);
    const kuard = s.cluster.get('Pod', 'default', 'kuard');
    // Deleted: Terminating for the moment kuard takes to stop, then gone.
    expect(kuard.ok ? (kuard.value as Pod).metadata?.deletionTimestamp : 'gone').toBeTruthy();
    s.cluster.clock.advanceBy(5_000);
    expect(s.cluster.get('Pod', 'default', 'kuard').ok).toBe(false);
  });

  it('the same seed replays to the same cluster, second for second', () => {
    const lesson = lessons.find((l) => l.id === 'accessing-your-pod')!;
    const snapshot = () => {
      const s = session(lesson);
      replayStepsBefore(lesson, lesson.steps.length, s.cluster, s.workspace);
      const pods = s.cluster.list('Pod', 'default');
      return { now: s.cluster.clock.now(), pods: pods.ok ? JSON.stringify(pods.value) : '' };
    };
    expect(snapshot()).toEqual(snapshot());
  });
});

describe('shortcuts a check must refuse', () => {
  it('lessons/13-persistent-data.md: writing the note again in the new Pod does not show that the data outlived the Pod', () => {
    const lesson = lessons.find((l) => l.id === 'persistent-data')!;
    const last = lesson.steps[lesson.steps.length - 1]!;
    expect(last.title).toBe('The data outlives the Pod');
    const s = session(lesson);
    for (const step of lesson.steps.slice(0, -1)) {
      s.runner.open(step.index);
      for (const line of step.solution) replayLine(lesson, step.index, line, s);
      expect(s.cluster.clock.runUntil(() => s.runner.recheck(), READING_TIME_MS)).toBe(true);
    }
    s.runner.open(last.index);
    const type = (...lines: string[]) => lines.forEach((line) => s.console.submit(line));
    const recreate = ['kubectl delete pod kuard', 'kubectl apply -f kuard-pod-pvc.yaml', 'sleep 15s'];
    type(
      ...recreate,
      'kubectl exec kuard -- sh -c "echo remember me > /data/note.txt"',
      'kubectl exec kuard -- cat /data/note.txt',
    );
    expect(s.t.transcript).toContain('remember me');
    expect(s.runner.recheck()).toBe(false);
    type(...recreate, 'kubectl exec kuard -- cat /data/note.txt');
    expect(s.runner.recheck()).toBe(true);
    s.console.dispose();
  });
});
