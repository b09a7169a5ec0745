// One step of a lesson: its text and blocks, its goal in words, the cue when its check holds,
// hints revealed one at a time, the solution on request, and the way to the next step.
import { useState } from 'react';
import type { Session } from '../../app/session';
import { sendThroughForward } from '../../lessons/browse';
import type { LessonRunner } from '../../lessons/runner';
import type { Lesson, SolutionLine } from '../../lessons/types';
import { pasteIntoConsole } from './console-paste';
import { Markdown } from './Markdown';
import { StepBlocks, type BlockActions } from './StepBlocks';

interface Props {
  session: Session;
  lesson: Lesson;
  runner: LessonRunner;
  onOpen(step: number, opts?: { redo?: boolean }): void;
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

export function LessonStep({ session, lesson, runner, onOpen }: Props) {
  const step = lesson.steps[runner.current() - 1];
  const [hintsShown, setHintsShown] = useState(0);
  const [busy, setBusy] = useState('');
  const done = step ? runner.stateOf(step.index) === 'done' : false;

  // The completion cue is visual and announced (aria-live in the pane); focus stays where the
  // learner is typing, usually the console.
  const actions: BlockActions = {
    run(command) {
      if (session.console.state().kind !== 'idle') {
        setBusy('The console is busy with a command: press Ctrl+C in the console first.');
        return;
      }
      setBusy('');
      if (pasteIntoConsole(`${command}\r`)) return;
      // No terminal on the page: run it directly, echoed as if typed.
      session.output.write(`${session.console.prompt()}${command}\n`);
      session.history.getState().add(command);
      session.console.submit(command);
    },
    openManifest(file, text) {
      const files = session.files.getState();
      const existing = files.files.find((f) => f.name === file);
      const replace =
        !existing ||
        existing.content === text ||
        window.confirm(`Replace your ${file} with the lesson's version? Your changes to it will be lost.`);
      if (replace) files.write(file, text);
      session.files.getState().setActive(file);
    },
    answer: (option) => runner.answer(option),
    browse(request) {
      const answer = sendThroughForward(session.cluster, session.console.forwards(), request);
      runner.recheck();
      return answer;
    },
    lastAnswer: runner.lastAnswer(),
  };

  if (lesson.sandbox || !step) {
    return (
      <article className="pl-lesson-step">
        <h2>{lesson.title}</h2>
        <StepBlocks blocks={lesson.intro} actions={actions} />
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
      {busy && (
        <p className="pl-lesson-step__busy" role="alert">
          {busy}
        </p>
      )}
      <div className={`pl-lesson-goal${done ? ' is-done' : ''}`}>
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
        {last && done && <LessonEnd lesson={lesson} runner={runner} onOpen={onOpen} />}
      </div>
    </article>
  );
}

/** The end of the last step: the lesson is complete only when every step is, else the ones left are named. */
function LessonEnd({ lesson, runner, onOpen }: Pick<Props, 'lesson' | 'runner' | 'onOpen'>) {
  const left = lesson.steps.filter((s) => runner.stateOf(s.index) !== 'done');
  if (left.length === 0) return <p className="pl-lesson-nav__end">Lesson complete.</p>;
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
