// Plays a step's solution as a learner would: console lines typed, manifests saved from the
// lesson's own blocks, Ctrl+C, quiz answers. CI uses it with a console that drives the clock itself;
// the app can use it for a "show me" button.

import type { ClusterApi } from '../sim/api';
import type { ConsoleEngine, Workspace } from '../kubectl/console-types';
import { createConsole } from '../kubectl/console';
import { sendThroughForward } from './browse';
import { createLessonRunner, type LessonRunner } from './runner';
import type { Lesson, SolutionLine } from './types';

/** The text of the lesson's `yaml file=NAME` block (the last one, if a later step revises the file). */
export function manifestText(lesson: Lesson, file: string, upToStep = lesson.steps.length): string | undefined {
  let text: string | undefined;
  for (const step of lesson.steps.slice(0, upToStep)) {
    for (const b of step.blocks) if (b.kind === 'manifest' && b.file === file) text = b.text;
  }
  return text ?? (upToStep < lesson.steps.length ? manifestText(lesson, file) : undefined);
}

export interface ReplayTarget {
  console: Pick<ConsoleEngine, 'submit' | 'interrupt' | 'forwards'>;
  cluster: ClusterApi;
  workspace: Workspace;
  runner: LessonRunner;
}

export function replayLine(lesson: Lesson, stepIndex: number, line: SolutionLine, target: ReplayTarget): void {
  const action = line.action;
  switch (action.kind) {
    case 'run':
      target.console.submit(action.text);
      break;
    case 'interrupt':
      target.console.interrupt();
      break;
    case 'write': {
      const text = manifestText(lesson, action.file, stepIndex);
      if (text !== undefined) target.workspace.write(action.file, text);
      target.runner.recheck();
      break;
    }
    case 'browse': {
      const answer = sendThroughForward(target.cluster, target.console.forwards(), action);
      if (!answer.ok) throw new Error(`${lesson.file}:${line.line}: ${answer.reason}`);
      target.runner.recheck();
      break;
    }
    case 'answer':
      target.runner.answer(action.option);
      break;
  }
}

/** How long a replay lets simulated time pass after a step's solution for its check to hold (the learner reading). */
export const READING_TIME_MS = 120_000;

/**
 * Plays one step's solution in `target` and lets up to READING_TIME_MS of simulated time pass
 * until its check holds. Returns whether it did.
 */
export function replayStep(lesson: Lesson, stepIndex: number, target: ReplayTarget): boolean {
  const step = lesson.steps[stepIndex - 1];
  if (!step) return false;
  target.runner.open(stepIndex);
  for (const line of step.solution) replayLine(lesson, stepIndex, line, target);
  return target.cluster.clock.runUntil(() => target.runner.recheck(), READING_TIME_MS);
}

/**
 * Brings a cluster already in the lesson's start state to the state that steps 1…before−1 leave,
 * by replaying their solutions at once on the simulated clock, in a console of its own whose output
 * nobody sees (a deep link to step N, a jump in the step list). Deterministic: the same cluster
 * seed gives the same result. Returns a problem per step whose check did not hold afterwards.
 */
export function replayStepsBefore(lesson: Lesson, before: number, cluster: ClusterApi, workspace: Workspace): string[] {
  if (before <= 1) return [];
  const console = createConsole({ cluster, workspace, clockDriver: 'console', hooks: { output: () => {} } });
  const runner = createLessonRunner({ lesson, cluster, workspace, console });
  const problems: string[] = [];
  try {
    for (const step of lesson.steps.slice(0, before - 1)) {
      if (!replayStep(lesson, step.index, { console, cluster, workspace, runner }))
        problems.push(`step ${step.index} (${step.title}) did not complete when replayed`);
    }
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  } finally {
    runner.dispose();
    console.dispose();
  }
  return problems;
}
