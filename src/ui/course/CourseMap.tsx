// The course map: every lesson of the chapter in order with its done marks (a tick for a finished
// lesson, one mark per step), the lesson the learner is in, and the sandbox. Choosing a lesson
// opens it where the learner left it.
import { forwardRef } from 'react';
import type { Catalog } from '../../lessons/catalog';
import type { Progress } from '../../lessons/progress';
import { courseStatus, stepsDoneText, type LessonStatus } from './course-status';
import './course.css';

interface Props {
  catalog: Catalog;
  progress: Progress;
  /** The lesson open behind the map, if any. */
  currentId: string | undefined;
  onOpen(lessonId: string): void;
  /** Shown under the heading (the completion code). */
  children?: React.ReactNode;
}

const LESSON_MARK = { done: '✓', started: '◐', new: '○' } as const;

export const CourseMap = forwardRef<HTMLHeadingElement, Props>(function CourseMap(
  { catalog, progress, currentId, onOpen, children },
  headingRef,
) {
  const statuses = courseStatus(catalog, progress);
  const finished = statuses.filter((s) => s.state === 'done').length;
  const sandbox = catalog.lessons.find((lesson) => lesson.sandbox);
  return (
    <section className="pl-course" aria-labelledby="pl-course-title">
      <h2 id="pl-course-title" className="pl-course__title" ref={headingRef} tabIndex={-1}>
        Course map
      </h2>
      <p className="pl-course__summary">
        {finished} of {statuses.length} lessons done
      </p>
      <ol className="pl-course__list">
        {statuses.map((status) => (
          <CourseLesson
            key={status.lesson.id}
            status={status}
            current={status.lesson.id === currentId}
            onOpen={() => onOpen(status.lesson.id)}
          />
        ))}
      </ol>
      {sandbox && (
        <p className="pl-course__sandbox">
          <button
            type="button"
            className="pl-lesson-button"
            aria-current={sandbox.id === currentId ? 'page' : undefined}
            onClick={() => onOpen(sandbox.id)}
          >
            {sandbox.title}
          </button>{' '}
          the whole cluster to try things in, with no steps to check.
        </p>
      )}
      {children}
    </section>
  );
});

function CourseLesson({ status, current, onOpen }: { status: LessonStatus; current: boolean; onOpen(): void }) {
  const { lesson, state } = status;
  const done = new Set(status.done);
  return (
    <li className={`pl-course__lesson is-${state}${current ? ' is-current' : ''}`}>
      <button type="button" className="pl-course__open" aria-current={current ? 'page' : undefined} onClick={onOpen}>
        <span className="pl-course__mark" aria-hidden="true">
          {LESSON_MARK[state]}
        </span>
        <span className="pl-course__name">
          {lesson.order}. {lesson.title}
        </span>
        <span className="pl-course__state">
          {stepsDoneText(status)}
          {current && <span className="pl-course__here"> · you are here</span>}
        </span>
      </button>
      <p className="pl-course__about">{lesson.summary}</p>
      <span className="pl-course__steps" aria-hidden="true">
        {lesson.steps.map((step) => (
          <span key={step.index} className={done.has(step.index) ? 'is-done' : undefined} title={step.title} />
        ))}
      </span>
    </li>
  );
}
