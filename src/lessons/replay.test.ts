// CI replays every lesson's solutions against the real simulated cluster and kubectl engine, as a
// learner would type them: each step's check must be false when the step begins (no step passes by
// default) and must hold after its solution, with at most two simulated minutes of reading time.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { createConsole } from '../kubectl/console';
import type { Workspace } from '../kubectl/console-types';
import { createCluster } from '../sim/index';
import { readLessonSources } from '../../scripts/lessons-vite-plugin';
import { replayLine } from './replay';
import { createLessonRunner } from './runner';
import { applyStartState } from './start';

const lessonFiles = readLessonSources(new URL('../..', import.meta.url).pathname);
const catalog = buildCatalog(lessonFiles.sources, lessonFiles.files);
const START = Date.UTC(2026, 10, 22, 10, 0, 0);
const READING_TIME_MS = 120_000;

function memoryWorkspace(): Workspace {
  const files = new Map<string, string>();
  return { list: () => [...files.keys()].sort(), read: (n) => files.get(n), write: (n, c) => void files.set(n, c) };
}

describe('lesson solutions replay', () => {
  for (const lesson of catalog.lessons.filter((l) => !l.sandbox)) {
    it(`${lesson.file}: each step starts unmet and its solution completes it`, () => {
      const cluster = createCluster({ startTime: START, seed: 7 });
      const workspace = memoryWorkspace();
      let transcript = '';
      const console = createConsole({ cluster, workspace, clockDriver: 'console', hooks: { output: (t) => void (transcript += t) } });
      expect(applyStartState(lesson, cluster, workspace, (p) => catalog.files[p])).toEqual([]);
      const runner = createLessonRunner({ lesson, cluster, workspace, console });
      for (const step of lesson.steps) {
        runner.open(step.index);
        const where = `${lesson.file}:${step.line} "${step.title}"`;
        expect(runner.recheck(), `${where} holds before its solution ran`).toBe(false);
        transcript = '';
        for (const line of step.solution) {
          if (line.action.kind === 'run') transcript += `$ ${line.action.text}\n`;
          replayLine(lesson, step.index, line, { console, workspace, cluster, runner });
        }
        const held = cluster.clock.runUntil(() => runner.recheck(), READING_TIME_MS);
        expect(held, `${where} did not complete. Console:\n${transcript}`).toBe(true);
        expect(runner.stateOf(step.index)).toBe('done');
      }
      console.dispose();
    });
  }
});
