// Plays a step's solution as a learner would: console lines typed, manifests saved from the
// lesson's own blocks, Ctrl+C, quiz answers. CI uses it with a console that drives the clock itself;
// the app can use it for a "show me" button.

import type { ClusterApi } from '../sim/api';
import type { ConsoleEngine, Workspace } from '../kubectl/console-types';
import { sendThroughForward } from './browse';
import type { LessonRunner } from './runner';
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
