// The lesson pane: pick a lesson, follow its steps in a table of contents, read each step, run its
// commands, open its manifests, reveal hints one at a time, and see the moment a step's check holds.
// State lives in a progress store (saved, exportable) and a lesson controller bound to the session.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useSession } from '../../app/session-context';
import type { Session, SessionLessons } from '../../app/session';
import { openFromRoute } from '../../app/lesson-controller';
import { LessonStep } from './LessonStep';
import { ProgressMenu } from './ProgressMenu';
import { StepList } from './StepList';
import './lesson.css';

export function LessonPane() {
  const session = useSession();
  if (!session.lessons) return <p>This session has no lessons.</p>;
  return <LessonPaneFor session={session} lessons={session.lessons} />;
}

function LessonPaneFor({ session, lessons }: { session: Session; lessons: SessionLessons }) {
  const { controller, progress, catalog } = lessons;
  const view = useStore(controller.view);
  const [announce, setAnnounce] = useState('');

  // The session opened the first lesson as it started; a link followed later opens another.
  useEffect(() => {
    if (!controller.view.getState().lesson) openFromRoute(lessons, location.hash);
    const onHash = () => openFromRoute(lessons, location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [lessons, controller]);

  useEffect(() => {
    if (view.justCompleted !== undefined) setAnnounce(`Step ${view.justCompleted} complete.`);
  }, [view.justCompleted, view.tick]);

  const { lesson, runner } = view;
  return (
    <div className="pl-lesson">
      <div className="pl-lesson__bar">
        <div className="pl-lesson__picker">
          <label htmlFor="pl-lesson-picker">Lesson</label>
          <select id="pl-lesson-picker" value={lesson?.id ?? ''} onChange={(e) => controller.open(e.target.value)}>
            {catalog.lessons.map((l) => (
              <option key={l.id} value={l.id}>
                {l.sandbox ? l.title : `${l.order}. ${l.title}`}
              </option>
            ))}
          </select>
        </div>
        <ProgressMenu
          progress={progress}
          onImported={() =>
            controller.open(progress.getState().progress.current ?? lesson?.id ?? 'sandbox', undefined, {
              reload: true,
            })
          }
          onRestart={() => lesson && controller.open(lesson.id, 1, { restart: true })}
        />
      </div>
      <p className="pl-visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {catalog.errors.length > 0 && (
        <div className="pl-lesson__problems" role="alert">
          Some lesson files are broken and were left out: {catalog.errors.map((e) => e.message).join('; ')}
        </div>
      )}
      {view.problems.length > 0 && (
        <div className="pl-lesson__problems" role="alert">
          The lesson could not set up its cluster completely: {view.problems.join('; ')}
        </div>
      )}
      {lesson && runner ? (
        <>
          {!lesson.sandbox && <StepList lesson={lesson} runner={runner} onOpen={(n) => controller.openStep(n)} />}
          <LessonStep
            key={`${lesson.id}/${runner.current()}`}
            session={session}
            lesson={lesson}
            runner={runner}
            onOpen={(n, opts) => controller.openStep(n, opts)}
          />
        </>
      ) : (
        <p>Loading lessons…</p>
      )}
    </div>
  );
}
