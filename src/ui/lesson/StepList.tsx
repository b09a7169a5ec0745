// The table of contents: every step with its state (done, open, to do); any step can be opened,
// including a done one to redo it.
import type { LessonRunner } from '../../lessons/runner';
import type { Lesson } from '../../lessons/types';

const MARK = { done: '✓', open: '●', todo: '○' } as const;
const WORD = { done: 'done', open: 'current step', todo: 'not done' } as const;

export function StepList({
  lesson,
  runner,
  onOpen,
}: {
  lesson: Lesson;
  runner: LessonRunner;
  onOpen(step: number): void;
}) {
  const done = runner.done().length;
  return (
    <nav className="pl-lesson-toc" aria-label="Steps">
      <div className="pl-lesson-toc__summary">
        {done} of {lesson.steps.length} steps done
      </div>
      <ol>
        {lesson.steps.map((step) => {
          const state = runner.stateOf(step.index);
          const current = runner.current() === step.index;
          return (
            <li key={step.index} className={`pl-lesson-toc__item is-${state}${current ? ' is-current' : ''}`}>
              <button type="button" aria-current={current ? 'step' : undefined} onClick={() => onOpen(step.index)}>
                <span className="pl-lesson-toc__mark" aria-hidden="true">
                  {MARK[state === 'done' ? 'done' : current ? 'open' : 'todo']}
                </span>
                <span>
                  {step.index}. {step.title}
                </span>
                <span className="pl-visually-hidden">
                  {' '}
                  ({state === 'done' ? WORD.done : current ? WORD.open : WORD.todo})
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
