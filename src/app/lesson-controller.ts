// Opens lessons in the page's session: puts the cluster and the workspace into the lesson's start
// state, follows the learner with a LessonRunner, records completed steps in the progress store
// and keeps the URL (#/lesson/<id>/step/<n>) in step with what is shown.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Session, SessionLessons } from './session';
import { changedSinceLoad, workspaceOf } from './files-store';
import type { Catalog } from '../lessons/catalog';
import { findLesson } from '../lessons/catalog';
import { createLessonRunner, type LessonRunner } from '../lessons/runner';
import { parseRoute, routeHash, SANDBOX_ID, unknownRoute } from '../lessons/route';
import { applyStartState, lessonStartFiles } from '../lessons/start';
import { replayStepsBefore } from '../lessons/replay';
import { resetCluster } from '../lessons/reset';
import type { Lesson } from '../lessons/types';
import type { Workspace } from '../kubectl/console-types';
import type { ProgressStore } from './progress-store';

export interface LessonViewState {
  lesson: Lesson | undefined;
  runner: LessonRunner | undefined;
  /** Bumped on every runner change, so the pane re-renders. */
  tick: number;
  /** The step that completed last, for the visible cue. */
  justCompleted: number | undefined;
  problems: string[];
}

export interface LessonController {
  view: StoreApi<LessonViewState>;
  /** `restart` forgets the lesson's progress and files; `reload` re-reads them (after an import). */
  open(lessonId: string, step?: number, opts?: { restart?: boolean; reload?: boolean }): void;
  openStep(step: number, opts?: { redo?: boolean }): void;
  /**
   * A replay's lesson start: the cluster emptied, then the lesson at `step` with `done` steps, the
   * steps' solutions writing to `workspace`; the learner's files are left alone. False: no such lesson.
   */
  replayBuild(lessonId: string, step: number, done: readonly number[], workspace: Workspace): boolean;
  dispose(): void;
}

/** A lesson put in place for the learner (the session records it, to replay it later). */
export interface LessonBuilt {
  lesson: string;
  step: number;
  done: number[];
  /** The Sandbox, opened again after another lesson: its earlier work is to be brought back. */
  restore: boolean;
  /** The simulated time the cluster's reset began (the reset itself lets time pass). */
  resetAt: number;
}

/** What a lesson needs of its session: the cluster to set up and check, the files, the console's record. */
export type LessonSessionParts = Pick<Session, 'cluster' | 'files' | 'console'> & Partial<Pick<Session, 'output'>>;

/** The console line between one lesson's commands and the next's, so scrolling back shows where each began. */
export function lessonSeparator(from: Lesson, to: Lesson, restarted: boolean): string {
  const title = (lesson: Lesson) => (lesson.sandbox ? lesson.title : `${lesson.order}. ${lesson.title}`);
  const text = restarted ? `${title(to)}: started again` : `end of ${title(from)} · start of ${title(to)}`;
  return `\n──── ${text} ────\n`;
}

export function createLessonController(
  session: LessonSessionParts,
  catalog: Catalog,
  progress: ProgressStore,
  onBuilt?: (built: LessonBuilt) => void,
): LessonController {
  const view = createStore<LessonViewState>()(() => ({
    lesson: undefined,
    runner: undefined,
    tick: 0,
    justCompleted: undefined,
    problems: [],
  }));
  let unsubscribeRunner: (() => void) | undefined;
  /** The cluster is what steps 1…builtThrough leave (replayed, or done by the learner in order). */
  let builtThrough = 0;
  /** While a lesson's files are put in place, the changes are not the learner's work. */
  let switching = false;
  /**
   * The lesson a reload's replay of the saved session has put back, and the learner's place in it
   * before the replay (a step reached in order since the recorded build, which the record does not
   * hold). Opening that place keeps the cluster and the files as they are: rebuilding its start
   * state would throw away what the replay restored and write the steps' files over the learner's.
   */
  let replayed: { lesson: string; place: number | undefined } | undefined;
  const unsubscribeFiles = session.files.subscribe((state, previous) => {
    if (state.files === previous.files || switching) return;
    const { lesson, runner } = view.getState();
    if (lesson)
      progress.getState().saveFiles(lesson.id, Object.fromEntries(state.files.map((f) => [f.name, f.content])));
    runner?.recheck();
  });

  function setHash(lesson: Lesson, step: number): void {
    const hash = lesson.sandbox ? routeHash({ sandbox: true }) : routeHash({ lesson: lesson.id, step });
    if (typeof location !== 'undefined' && location.hash !== hash) history.replaceState(null, '', hash);
  }

  function open(lessonId: string, step?: number, opts: { restart?: boolean; reload?: boolean } = {}): void {
    const lesson = findLesson(catalog, lessonId) ?? findLesson(catalog, SANDBOX_ID) ?? catalog.lessons[0];
    if (!lesson) return;
    const previous = view.getState();
    if (previous.lesson?.id === lesson.id && !opts.restart && !opts.reload && previous.runner) {
      const place = replayed?.lesson === lesson.id ? replayed.place : undefined;
      replayed = undefined;
      if (step !== undefined && step === place) continueAt(step);
      else if (step !== undefined) openStep(step);
      return;
    }
    replayed = undefined;
    unsubscribeRunner?.();
    previous.runner?.dispose();
    stopConsole();
    if (previous.lesson && (previous.lesson.id !== lesson.id || opts.restart))
      session.output?.write(lessonSeparator(previous.lesson, lesson, previous.lesson.id === lesson.id));
    if (opts.restart) progress.getState().resetLesson(lesson.id);
    const saved = progress.getState().progress.lessons[lesson.id];

    // A fresh start state in the same session: the cluster emptied of the learner's objects, then
    // the lesson's own; the workspace holds the lesson's start files plus what the learner saved.
    const resetAt = session.cluster.clock.now();
    resetCluster(session.cluster);
    const starters = Object.entries(lessonStartFiles(lesson, (p) => catalog.files[p])).map(([name, content]) => ({
      name,
      content,
    }));
    const files = session.files.getState();
    // After a page reload of the lesson that was open, the workspace restored from storage is the
    // learner's latest work for it (it may hold edits made while the session's chunk was loading,
    // which the progress copy never saw): keep it as it is rather than rebuild it, so nothing typed is lost.
    const firstInPage = previous.lesson === undefined && !opts.restart && !opts.reload;
    const reopenedAfterReload = firstInPage && progress.getState().progress.current === lesson.id;
    // Another lesson arriving first in the page (a fresh browser, or a workshop link) is built anew,
    // but what the learner wrote while the session was still loading goes into it too.
    const earlyWork = firstInPage && !reopenedAfterReload ? changedSinceLoad(files) : [];
    // The tab the learner had open stays open when the lesson still has that file.
    const activeBefore = files.active;
    switching = true;
    try {
      files.setOriginals(starters);
      if (!reopenedAfterReload) {
        files.reset();
        for (const [name, content] of Object.entries(saved?.files ?? {})) files.write(name, content);
        for (const { name, content } of earlyWork) session.files.getState().write(name, content);
      }
      if (activeBefore !== undefined) session.files.getState().setActive(activeBefore);
    } finally {
      switching = false;
    }
    if (reopenedAfterReload || earlyWork.length > 0) {
      const kept = session.files.getState().files;
      progress.getState().saveFiles(lesson.id, Object.fromEntries(kept.map((f) => [f.name, f.content])));
    }
    const firstOpen = lesson.steps.find((st) => !saved?.done.includes(st.index))?.index ?? lesson.steps.length;
    // The Sandbox keeps its cluster: coming back to it from a lesson brings back what was made in it.
    const restore = Boolean(lesson.sandbox && previous.lesson && previous.lesson.id !== lesson.id && !opts.restart);
    build(lesson, step ?? saved?.step ?? firstOpen, saved?.done ?? [], { restore, resetAt });
  }

  /**
   * Puts the cluster where steps 1…step−1 leave it (the lesson's start state, then their solutions
   * replayed at once on the simulated clock) and follows the learner from `step` with a new runner.
   * The cluster must already be empty of the learner's objects.
   */
  function build(
    lesson: Lesson,
    step: number,
    done: readonly number[],
    how: { resetAt: number; restore?: boolean; replayInto?: Workspace },
  ): void {
    const target = Math.min(Math.max(1, step), Math.max(1, lesson.steps.length));
    if (!how.replayInto)
      onBuilt?.({
        lesson: lesson.id,
        step: target,
        done: [...done],
        restore: how.restore ?? false,
        resetAt: how.resetAt,
      });
    const problems = applyStartState(
      lesson,
      session.cluster,
      { list: () => [], read: () => undefined, write: () => {} },
      (p) => catalog.files[p],
      catalog.startObjects,
    );
    const workspace = how.replayInto ?? workspaceOf(session.files);
    problems.push(...replayStepsBefore(lesson, target, session.cluster, workspace));
    builtThrough = target - 1;

    const runner = createLessonRunner({
      lesson,
      cluster: session.cluster,
      workspace: workspaceOf(session.files),
      console: session.console,
      done,
      step: target,
    });
    unsubscribeRunner = runner.subscribe((completed) => {
      if (completed !== undefined) progress.getState().markDone(lesson.id, completed);
      // The learner did the next step in order: the cluster is what the steps so far leave.
      if (completed !== undefined && completed === builtThrough + 1) builtThrough = completed;
      view.setState((s) => ({ tick: s.tick + 1, justCompleted: completed ?? s.justCompleted }));
    });
    progress.getState().openStep(lesson.id, runner.current());
    view.setState({ lesson, runner, tick: 0, justCompleted: undefined, problems });
    setHash(lesson, runner.current());
    runner.recheck();
  }

  /** Opens `step` on the cluster as it stands, which is what the steps before it left. */
  function continueAt(step: number): void {
    const { lesson, runner } = view.getState();
    if (!lesson || !runner) return;
    runner.open(step);
    builtThrough = Math.max(builtThrough, runner.current() - 1);
    progress.getState().openStep(lesson.id, runner.current());
    view.setState({ justCompleted: undefined });
    setHash(lesson, runner.current());
    runner.recheck();
  }

  /** A running command (a watch, a forward, an exec shell) belongs to the cluster being replaced. */
  function stopConsole(): void {
    const state = session.console.state();
    if (state.kind === 'running') session.console.interrupt();
    else if (state.kind === 'shell') session.console.endOfInput();
  }

  function openStep(step: number, opts: { redo?: boolean } = {}): void {
    const { lesson, runner } = view.getState();
    if (!lesson || !runner) return;
    replayed = undefined;
    if (!opts.redo && step === runner.current()) return;
    // The next step in order: the cluster is already where the steps before it leave it.
    if (!opts.redo && step === builtThrough + 1) return continueAt(step);
    // Any other step (a jump in the list, a link, a redo) starts from what the steps before it leave.
    const done = runner.done().filter((n) => !(opts.redo && n === step));
    unsubscribeRunner?.();
    runner.dispose();
    stopConsole();
    const resetAt = session.cluster.clock.now();
    resetCluster(session.cluster);
    build(lesson, step, done, { resetAt });
  }

  function replayBuild(lessonId: string, step: number, done: readonly number[], workspace: Workspace): boolean {
    const lesson = findLesson(catalog, lessonId);
    if (!lesson) return false;
    unsubscribeRunner?.();
    view.getState().runner?.dispose();
    const resetAt = session.cluster.clock.now();
    resetCluster(session.cluster);
    // The record holds what changes the cluster, not quiz answers: the steps marked done since the
    // recorded start are in the progress store, and a replay must not show them as undone.
    const saved = progress.getState().progress.lessons[lesson.id];
    const marked = saved?.done ?? [];
    // Where the learner was before the replay moved the place to the recorded build's step.
    const place = replayed?.lesson === lesson.id ? replayed.place : saved?.step;
    build(lesson, step, [...new Set([...done, ...marked])], { resetAt, replayInto: workspace });
    replayed = { lesson: lesson.id, place };
    return true;
  }

  return {
    view,
    open,
    openStep,
    replayBuild,
    dispose() {
      unsubscribeRunner?.();
      unsubscribeFiles();
      view.getState().runner?.dispose();
    },
  };
}

/**
 * Opens what a URL's hash names (`#/lesson/<id>/step/<n>`, `#/sandbox`), or else the lesson the
 * learner was in, or else the first one. The page calls it once as the session starts, before any
 * command runs, so a lesson's start state never lands on top of what the learner has typed.
 * A link to a lesson that does not exist opens nothing: the lesson pane says so (another lesson, or
 * the sandbox, opened in its place would look like the one the link promised).
 */
export function openFromRoute(lessons: SessionLessons, hash: string): void {
  if (unknownRoute(hash, (id) => findLesson(lessons.catalog, id) !== undefined)) return;
  const route = parseRoute(hash);
  if (route && 'sandbox' in route) lessons.controller.open(SANDBOX_ID);
  else if (route) lessons.controller.open(route.lesson, route.step);
  else
    lessons.controller.open(
      lessons.progress.getState().progress.current ?? lessons.catalog.lessons[0]?.id ?? SANDBOX_ID,
    );
}
