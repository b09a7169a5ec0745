// The shape of a parsed lesson. A lesson file is Markdown with YAML front matter; each `##`
// section is a step. Fenced blocks carry the runnable parts: ```console (click to paste),
// ```yaml file=NAME (open in the editor), ```check (a declarative condition), ```hint (revealed one
// at a time) and ```solution (console lines that CI replays; see solution.ts for the directives).

import type { Check } from './check-types';

export class LessonError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'LessonError';
  }
}

/** Prose and runnable blocks of a step, in the order they appear. */
export type StepBlock =
  | { kind: 'markdown'; text: string; line: number }
  | { kind: 'console'; commands: string[]; line: number }
  | { kind: 'manifest'; file: string; text: string; line: number }
  /**
   * A control of the page behind a port-forward (kuard's "Fail" link, its memory "Allocate"), for
   * learners without the in-app browser: the same HTTP request, sent through their open forward.
   */
  | { kind: 'browse'; label: string; method: 'GET' | 'PUT' | 'POST'; path: string; body?: string; line: number }
  /** A question the learner answers by choosing one option (the chapter's "thinking with Pods"). */
  | { kind: 'quiz'; question: string; options: QuizOption[]; line: number }
  /** Any other fenced block (plain output, a snippet): shown verbatim, never run. */
  | { kind: 'code'; lang: string; text: string; line: number };

export interface QuizOption {
  text: string;
  correct: boolean;
  /** Shown after the learner picks this option. */
  why: string;
}

export interface SolutionLine {
  line: number;
  /** `run`: typed into the console. `write`: a manifest block of this lesson saved into the workspace. `interrupt`: Ctrl+C. */
  action:
    | { kind: 'run'; text: string }
    | { kind: 'write'; file: string }
    | { kind: 'interrupt' }
    /**
     * What the in-app browser sends when the learner clicks on a forwarded page (kuard's "Fail"
     * link is a PUT to /healthy/api): one HTTP request through the console's open port-forward.
     */
    | { kind: 'browse'; method: 'GET' | 'PUT' | 'POST'; path: string; body?: string }
    /** Picks option N (1-based) of the step's quiz. */
    | { kind: 'answer'; option: number };
}

export interface Step {
  /** 1-based, as shown in the table of contents and the URL. */
  index: number;
  title: string;
  line: number;
  blocks: StepBlock[];
  /** Undefined only for steps that just read (the validator requires a check unless `check: none` is declared). */
  check: Check | undefined;
  hints: string[];
  solution: SolutionLine[];
}

/** What the cluster and the workspace hold when a lesson starts. */
export interface StartState {
  /** Manifests (paths relative to lessons/) created in order before the first step. */
  objects: string[];
  /** Workspace name → path relative to lessons/ (e.g. kuard-pod.yaml: files/kuard-pod.yaml). */
  files: Record<string, string>;
  /** Simulated time to let pass after creating the objects (e.g. "20s" so they are Running). */
  settle: number; // ms
}

export interface Lesson {
  id: string;
  title: string;
  /** Position in the chapter's order. */
  order: number;
  summary: string;
  file: string;
  start: StartState;
  /** Prose before the first step. */
  intro: StepBlock[];
  steps: Step[];
  /** The sandbox: the full cluster, no steps to check. */
  sandbox: boolean;
}
