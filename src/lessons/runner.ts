// Follows a learner through one lesson: which step is open, which are done, and the moment the
// open step's check first holds. It listens to the cluster (watch), the console (records) and the
// clock, so a step completes on the change that satisfies it, with no polling by the UI.

import type { ClusterApi } from '../sim/api';
import type { CommandRecord, Workspace } from '../kubectl/console-types';
import { eventBaseline, type CheckContext } from './check-eval';
import { goalItems, type GoalItem } from './check-describe';
import type { Lesson, Step } from './types';

export interface RecordSource {
  records(): readonly CommandRecord[];
  onRecord(listener: (record: CommandRecord) => void): () => void;
}

export interface LessonRunnerOptions {
  lesson: Lesson;
  cluster: ClusterApi;
  workspace: Workspace;
  console: RecordSource;
  /** Steps completed in an earlier visit (from the progress store). */
  done?: readonly number[];
  /** The step to open first (1-based); defaults to the first step not done. */
  step?: number;
}

export type StepState = 'done' | 'open' | 'todo';

export interface QuizAnswer {
  option: number;
  correct: boolean;
  why: string;
}

export interface LessonRunner {
  readonly lesson: Lesson;
  current(): number;
  /** Opens a step (redo included): its check starts from what the cluster and console hold now. */
  open(step: number): void;
  /** Opens a done step to do it again: it shows as open until its check holds anew. */
  redo(step: number): void;
  stateOf(step: number): StepState;
  done(): number[];
  /** Whether the open step's check holds right now (also completes it). */
  recheck(): boolean;
  /** The open step's conditions, each with whether it holds now (as of the last recheck). */
  goals(): GoalItem[];
  /** Answers the open step's quiz (1-based option). */
  answer(option: number): QuizAnswer | undefined;
  lastAnswer(): QuizAnswer | undefined;
  /** Told whenever anything the pane shows may have changed; `completed` names a step that just completed. */
  subscribe(listener: (completed?: number) => void): () => void;
  dispose(): void;
}

export function createLessonRunner(opts: LessonRunnerOptions): LessonRunner {
  const { lesson, cluster, workspace } = opts;
  const doneSet = new Set(opts.done ?? []);
  const listeners = new Set<(completed?: number) => void>();
  const firstOpen =
    lesson.steps.find((s) => !doneSet.has(s.index))?.index ?? lesson.steps[lesson.steps.length - 1]?.index ?? 1;
  let current = clampStep(opts.step ?? firstOpen);
  let firstRecord = 0;
  let baseline = new Map<string, number>();
  let answer: QuizAnswer | undefined;
  let checking = false;
  let goals: GoalItem[] = [];

  function clampStep(n: number): number {
    return Math.min(Math.max(1, Math.trunc(n) || 1), Math.max(1, lesson.steps.length));
  }
  function step(): Step | undefined {
    return lesson.steps[current - 1];
  }
  function notify(completed?: number): void {
    for (const l of [...listeners]) l(completed);
  }
  function context(): CheckContext {
    return {
      cluster,
      workspace,
      records: opts.console.records(),
      firstRecord,
      eventBaseline: baseline,
      quizAnswered: answer?.correct === true,
    };
  }
  function recheck(): boolean {
    const s = step();
    if (!s?.check || checking) return false;
    checking = true; // a check reads the cluster; a watch fired meanwhile must not re-enter
    try {
      const before = goals.map((g) => `${g.met}${g.problem ?? ''}`).join();
      goals = goalItems(s.check, context());
      const holds = goals.every((g) => g.met);
      if (holds && !doneSet.has(s.index)) {
        doneSet.add(s.index);
        notify(s.index);
      } else if (goals.map((g) => `${g.met}${g.problem ?? ''}`).join() !== before) notify();
      return holds;
    } finally {
      checking = false;
    }
  }
  function open(n: number): void {
    current = clampStep(n);
    firstRecord = opts.console.records().length;
    baseline = eventBaseline(cluster);
    answer = undefined;
    goals = [];
    notify();
  }

  open(current);
  const unsubscribe = [cluster.watch(() => recheck()), opts.console.onRecord(() => recheck())];

  return {
    lesson,
    current: () => current,
    open,
    redo(n) {
      doneSet.delete(clampStep(n));
      open(n);
    },
    stateOf: (n) => (doneSet.has(n) ? 'done' : n === current ? 'open' : 'todo'),
    done: () => [...doneSet].sort((a, b) => a - b),
    recheck,
    goals: () => goals,
    answer(option) {
      const quiz = step()?.blocks.find((b) => b.kind === 'quiz');
      const chosen = quiz?.kind === 'quiz' ? quiz.options[option - 1] : undefined;
      if (!chosen) return undefined;
      answer = { option, correct: chosen.correct, why: chosen.why };
      notify();
      recheck();
      return answer;
    },
    lastAnswer: () => answer,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      for (const u of unsubscribe) u();
      listeners.clear();
    },
  };
}
