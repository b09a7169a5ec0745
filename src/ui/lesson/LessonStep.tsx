// One step of a lesson: its text and blocks, its goal in words, the cue when its check holds,
// hints revealed one at a time, the solution on request, and the way to the next step.
import { useRef, useState } from 'react';
import type { Session } from '../../app/session';
import { sendThroughForward } from '../../lessons/browse';
import type { LessonRunner } from '../../lessons/runner';
import type { Lesson, SolutionLine } from '../../lessons/types';
import { ConfirmDialog } from '../common/Dialog';
import { PHONE_QUERY } from '../layout/use-phone';
import { workbenchView } from '../layout/workbench-view';
import { DiffAgainstLesson } from './DiffAgainstLesson';
import { pasteIntoConsole } from './console-paste';
import { Markdown } from './Markdown';
import { StepBlocks, type BlockActions } from './StepBlocks';
import { useStepReveal } from './use-step-reveal';

interface Props {
  session: Session;
  lesson: Lesson;
  runner: LessonRunner;
  onOpen(step: number, opts?: { redo?: boolean }): void;
  /** The lesson after this one, offered once this one is complete. */
  next: { title: string; open(): void } | undefined;
  onCourseMap(): void;
}

function solutionText(line: SolutionLine): string {
  const a = line.action;
  switch (a.kind) {
    case 'run':
      return `$ ${a.text}`;
    case 'write':
      return `(open ${a.file} in the editor and save it)`;
    case 'interrupt':
      return '(press Ctrl+C)';
    case 'browse':
      return `(on the forwarded page: ${a.method} ${a.path}${a.body ? ` ${a.body}` : ''})`;
    case 'answer':
      return `(choose answer ${a.option})`;
  }
}

export function LessonStep({ session, lesson, runner, onOpen, next, onCourseMap }: Props) {
  const step = lesson.steps[runner.current() - 1];
  const [hintsShown, setHintsShown] = useState(0);
  const [busy, setBusy] = useState('');
  /** A lesson manifest waiting for the learner's yes before it replaces their edited copy. */
  const [replacing, setReplacing] = useState<{ file: string; text: string } | undefined>();
  const done = step ? runner.stateOf(step.index) === 'done' : false;
  const goalBox = useRef<HTMLDivElement>(null);
  useStepReveal(done, goalBox);

  // The completion cue is visual and announced (aria-live in the pane); focus stays where the
  // learner is typing, usually the console.
  const actions: BlockActions = {
    run(command) {
      if (session.console.state().kind !== 'idle') {
        setBusy('The console is busy with a command: press Ctrl+C in the console first.');
        return;
      }
      setBusy('');
      if (pasteIntoConsole(`${command}\r`)) {
        // On a phone the console is a tab of its own: show the command's output where it appears.
        if (window.matchMedia?.(PHONE_QUERY).matches) workbenchView.getState().setPhoneTab('console');
        return;
      }
      // No terminal on the page: run it directly, echoed as if typed.
      session.output.write(`${session.console.prompt()}${command}\n`);
      session.history.getState().add(command);
      session.console.submit(command);
    },
    openManifest(file, text) {
      const existing = session.files.getState().files.find((f) => f.name === file);
      if (!existing || existing.content === text) showManifest(file, text);
      else setReplacing({ file, text });
    },
    answer: (option) => runner.answer(option),
    browse(request) {
      const answer = sendThroughForward(session.cluster, session.console.forwards(), request);
      runner.recheck();
      return answer;
    },
    lastAnswer: runner.lastAnswer(),
  };

  function showManifest(file: string, text: string) {
    session.files.getState().write(file, text);
    session.files.getState().setActive(file);
    // The file is what the learner asked to see: on a phone the Editor tab, elsewhere the editor, not the docked cluster.
    workbenchView.getState().setPhoneTab('editor');
  }
  const replaceDialog = (
    <ConfirmDialog
      open={replacing !== undefined}
      title={`Replace your ${replacing?.file ?? 'file'}?`}
      confirmLabel="Replace my file"
      danger
      onCancel={() => {
        if (replacing) session.files.getState().setActive(replacing.file);
        setReplacing(undefined);
      }}
      onConfirm={() => {
        if (replacing) showManifest(replacing.file, replacing.text);
        setReplacing(undefined);
      }}
    >
      <p>
        The lesson's version of {replacing?.file} replaces yours in the editor. Your changes to it are lost. Cancel
        keeps your version and shows it.
      </p>
    </ConfirmDialog>
  );

  if (lesson.sandbox || !step) {
    return (
      <article className="pl-lesson-step">
        <h2>{lesson.title}</h2>
        <StepBlocks blocks={lesson.intro} actions={actions} />
        {replaceDialog}
      </article>
    );
  }

  // Once the step is done its goals stay ticked: later changes (the Pod deleted in the next step)
  // do not undo a completed step.
  const goals = runner.goals().map((g) => (done ? { text: g.text, met: true } : g));
  const last = step.index === lesson.steps.length;
  return (
    <article className="pl-lesson-step" aria-labelledby="pl-lesson-step-title">
      <h2 className="pl-lesson-step__lesson">{lesson.title}</h2>
      {step.index === 1 && lesson.intro.length > 0 && (
        <div className="pl-lesson-step__intro">
          <StepBlocks blocks={lesson.intro} actions={actions} />
        </div>
      )}
      <h3 id="pl-lesson-step-title">
        Step {step.index} of {lesson.steps.length}: {step.title}
      </h3>
      <StepBlocks blocks={step.blocks} actions={actions} />
      {replaceDialog}
      {busy && (
        <p className="pl-lesson-step__busy" role="alert">
          {busy}
        </p>
      )}
      <div className={`pl-lesson-goal${done ? ' is-done' : ''}`} ref={goalBox}>
        {done ? (
          <p className="pl-lesson-goal__done">
            <span aria-hidden="true">✓ </span>Step complete
          </p>
        ) : (
          <p className="pl-lesson-goal__waiting">Waiting for:</p>
        )}
        <ul className="pl-lesson-goal__list">
          {goals.map((g, i) => (
            <li key={i} className={g.met ? 'is-met' : undefined}>
              <span className="pl-lesson-goal__mark" aria-hidden="true">
                {g.met ? '✓' : '○'}
              </span>
              <span>
                {g.text}
                <span className="pl-visually-hidden">{g.met ? ' (done)' : ' (not yet)'}</span>
                {g.problem && <span className="pl-lesson-goal__problem">{g.problem}</span>}
                {!g.met && g.file && (
                  <DiffAgainstLesson session={session} lesson={lesson} step={step.index} file={g.file} />
                )}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div className="pl-lesson-help">
        {step.hints.slice(0, hintsShown).map((hint, i) => (
          <aside key={i} className="pl-lesson-hint" aria-label={`Hint ${i + 1}`}>
            <Markdown text={hint} />
          </aside>
        ))}
        {hintsShown < step.hints.length && (
          <button type="button" className="pl-lesson-button" onClick={() => setHintsShown(hintsShown + 1)}>
            {hintsShown === 0 ? 'Show a hint' : 'Show another hint'} ({hintsShown + 1} of {step.hints.length})
          </button>
        )}
        <details className="pl-lesson-solution">
          <summary>Show the solution</summary>
          <pre tabIndex={0}>
            <code>{step.solution.map(solutionText).join('\n')}</code>
          </pre>
        </details>
      </div>
      <div className="pl-lesson-nav">
        <button
          type="button"
          className="pl-lesson-button"
          disabled={step.index === 1}
          onClick={() => onOpen(step.index - 1)}
        >
          Previous step
        </button>
        {done && (
          <button type="button" className="pl-lesson-button" onClick={() => onOpen(step.index, { redo: true })}>
            Redo this step
          </button>
        )}
        {!last && (
          <button
            type="button"
            className={`pl-lesson-button${done ? ' is-primary' : ''}`}
            onClick={() => onOpen(step.index + 1)}
          >
            Next step
          </button>
        )}
        {((last && done) || runner.done().length === lesson.steps.length) && (
          <LessonEnd lesson={lesson} runner={runner} onOpen={onOpen} next={next} onCourseMap={onCourseMap} />
        )}
      </div>
    </article>
  );
}

/**
 * The end of the lesson: complete only when every step is (then the next lesson is offered, or the
 * course map after the last one), else the steps left are named.
 */
function LessonEnd({
  lesson,
  runner,
  onOpen,
  next,
  onCourseMap,
}: Pick<Props, 'lesson' | 'runner' | 'onOpen' | 'next' | 'onCourseMap'>) {
  const left = lesson.steps.filter((s) => runner.stateOf(s.index) !== 'done');
  if (left.length === 0)
    return (
      <div className="pl-lesson-nav__end pl-lesson-nav__complete">
        <p>
          <span aria-hidden="true">✓ </span>Lesson complete.
          {!next && ' That was the last lesson of the chapter.'}
        </p>
        {next ? (
          <button type="button" className="pl-lesson-button is-primary" onClick={next.open}>
            Next lesson: {next.title}
          </button>
        ) : (
          <button type="button" className="pl-lesson-button is-primary" onClick={onCourseMap}>
            Course map
          </button>
        )}
      </div>
    );
  return (
    <p className="pl-lesson-nav__end">
      {left.length === 1 ? 'One step is' : `${left.length} steps are`} not done yet:{' '}
      {left.map((s, i) => (
        <span key={s.index}>
          {i > 0 && ', '}
          <button type="button" className="pl-lesson-link" onClick={() => onOpen(s.index)}>
            step {s.index}, {s.title}
          </button>
        </span>
      ))}
      .
    </p>
  );
}
