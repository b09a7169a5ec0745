// The lesson pane: pick a lesson, follow its steps in a table of contents, read each step, run its
// commands, open its manifests, reveal hints one at a time, and see the moment a step's check holds.
// State lives in a progress store (saved, exportable) and a lesson controller bound to the session.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { browserStorage } from '../../app/persistence';
import { useSession } from '../../app/session-context';
import type { Session } from '../../app/session';
import { parseRoute } from '../../lessons/route';
import { bundledCatalog } from './bundled-lessons';
import { createLessonController, type LessonController } from './lesson-controller';
import { LessonStep } from './LessonStep';
import { ProgressMenu } from './ProgressMenu';
import { createProgressStore, type ProgressStore } from './progress-store';
import { StepList } from './StepList';
import './lesson.css';

interface Parts {
  session: Session;
  progress: ProgressStore;
  controller: LessonController;
}

function openFromLocation(parts: Parts): void {
  const route = typeof location === 'undefined' ? undefined : parseRoute(location.hash);
  if (route && 'sandbox' in route) parts.controller.open('sandbox');
  else if (route) parts.controller.open(route.lesson, route.step);
  else {
    const current = parts.progress.getState().progress.current;
    parts.controller.open(current ?? bundledCatalog().lessons[0]?.id ?? 'sandbox');
  }
}

export function LessonPane() {
  const session = useSession();
  const parts = useRef<Parts | undefined>(undefined);
  if (!parts.current || parts.current.session !== session) {
    const progress = createProgressStore(browserStorage());
    parts.current = { session, progress, controller: createLessonController(session, bundledCatalog(), progress) };
  }
  const { controller, progress } = parts.current;
  const view = useStore(controller.view);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    const current = parts.current!;
    if (!current.controller.view.getState().lesson) openFromLocation(current);
    const onHash = () => openFromLocation(current);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [session]);

  useEffect(() => {
    if (view.justCompleted !== undefined) setAnnounce(`Step ${view.justCompleted} complete.`);
  }, [view.justCompleted, view.tick]);

  const catalog = bundledCatalog();
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
        <ProgressMenu progress={progress} onImported={() => controller.open(progress.getState().progress.current ?? lesson?.id ?? 'sandbox', undefined, { reload: true })} onRestart={() => lesson && controller.open(lesson.id, 1, { restart: true })} />
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
          <LessonStep key={`${lesson.id}/${runner.current()}`} session={session} lesson={lesson} runner={runner} onOpen={(n, opts) => controller.openStep(n, opts)} />
        </>
      ) : (
        <p>Loading lessons…</p>
      )}
    </div>
  );
}
