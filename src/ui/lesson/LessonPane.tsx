// The lesson pane: pick a lesson (or see them all on the course map), follow its steps in a table
// of contents, read each step, run its commands, open its manifests, reveal hints one at a time,
// and see the moment a step's check holds. State lives in a progress store (saved, exportable) and
// a lesson controller bound to the session.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useSession } from '../../app/session-context';
import type { Session, SessionLessons } from '../../app/session';
import { openFromRoute } from '../../app/lesson-controller';
import { findLesson } from '../../lessons/catalog';
import { parseRoute, unknownRoute, type UnknownRoute } from '../../lessons/route';
import { CompletionCode } from '../course/CompletionCode';
import { CourseMap } from '../course/CourseMap';
import { nextLesson } from '../course/course-status';
import { LessonStep } from './LessonStep';
import { ProgressMenu } from './ProgressMenu';
import { StepList } from './StepList';
import { ShareSession } from '../session/ShareSession';
import './lesson.css';

export function LessonPane() {
  const session = useSession();
  if (!session.lessons) return <p>This session has no lessons.</p>;
  return <LessonPaneFor session={session} lessons={session.lessons} />;
}

function LessonPaneFor({ session, lessons }: { session: Session; lessons: SessionLessons }) {
  const { controller, progress, catalog } = lessons;
  const view = useStore(controller.view);
  const saved = useStore(progress, (s) => s.progress);
  const [announce, setAnnounce] = useState('');
  const [mapOpen, setMapOpen] = useState(false);
  const [missing, setMissing] = useState<UnknownRoute | undefined>();
  const root = useRef<HTMLDivElement>(null);
  const mapHeading = useRef<HTMLHeadingElement>(null);

  // The session opened the first lesson as it started; a link followed later opens another, and so
  // does a link followed while the pane was away (the workshop page is shown in its place).
  useEffect(() => {
    const follow = () => {
      const unknown = unknownRoute(location.hash, (id) => findLesson(catalog, id) !== undefined);
      setMissing(unknown);
      if (unknown) return;
      setMapOpen(false);
      openFromRoute(lessons, location.hash);
    };
    const { lesson: open, runner } = controller.view.getState();
    const route = parseRoute(location.hash);
    const routeMoved =
      route !== undefined &&
      ('sandbox' in route ? !open?.sandbox : route.lesson !== open?.id || route.step !== runner?.current());
    if (!open || routeMoved) follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [lessons, controller, catalog]);

  useEffect(() => {
    if (view.justCompleted !== undefined) setAnnounce(`Step ${view.justCompleted} complete.`);
  }, [view.justCompleted, view.tick]);

  const { lesson, runner } = view;
  const step = runner?.current();
  // A new lesson or step is read from its top, also when the learner was at the bottom of the last.
  const shown = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const key = missing
      ? `missing:${missing.kind === 'lesson' ? missing.id : missing.path}`
      : mapOpen
        ? 'map'
        : lesson
          ? `${lesson.id}/${step}`
          : undefined;
    if (key === undefined || key === shown.current) return;
    const first = shown.current === undefined;
    shown.current = key;
    if (!first) scrollToTop(root.current);
  }, [lesson, step, mapOpen, missing]);

  function openLesson(id: string) {
    setMapOpen(false);
    setMissing(undefined);
    controller.open(id);
  }

  function showMap() {
    setMapOpen(true);
    requestAnimationFrame(() => mapHeading.current?.focus({ preventScroll: true }));
  }

  const following = nextLesson(catalog, lesson?.id ?? '');
  const showingMap = mapOpen || missing !== undefined || !lesson;
  return (
    <div className="pl-lesson" ref={root}>
      <div className="pl-lesson__bar">
        <div className="pl-lesson__picker">
          <button
            type="button"
            className="pl-lesson-button"
            aria-pressed={showingMap}
            onClick={() => (mapOpen && lesson && !missing ? setMapOpen(false) : showMap())}
          >
            Course map
          </button>
          <label htmlFor="pl-lesson-picker">Lesson</label>
          <select
            id="pl-lesson-picker"
            value={showingMap && missing ? '' : (lesson?.id ?? '')}
            onChange={(e) => openLesson(e.target.value)}
          >
            {(missing || !lesson) && <option value="">Choose a lesson</option>}
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
        <ShareSession recorder={session.recorder} />
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
      {missing && <MissingNotice missing={missing} />}
      {showingMap ? (
        <CourseMap ref={mapHeading} catalog={catalog} progress={saved} currentId={lesson?.id} onOpen={openLesson}>
          {lesson && !missing && (
            <p>
              <button type="button" className="pl-lesson-button" onClick={() => setMapOpen(false)}>
                Back to {lesson.sandbox ? lesson.title : `lesson ${lesson.order}, ${lesson.title}`}
              </button>
            </p>
          )}
          <CompletionCode catalog={catalog} progress={saved} storage={session.storage} />
        </CourseMap>
      ) : lesson && runner ? (
        <>
          {!lesson.sandbox && <StepList lesson={lesson} runner={runner} onOpen={(n) => controller.openStep(n)} />}
          <LessonStep
            key={`${lesson.id}/${runner.current()}`}
            session={session}
            lesson={lesson}
            runner={runner}
            onOpen={(n, opts) => controller.openStep(n, opts)}
            next={
              following && { title: `${following.order}. ${following.title}`, open: () => openLesson(following.id) }
            }
            onCourseMap={showMap}
          />
        </>
      ) : (
        <p>Loading lessons…</p>
      )}
    </div>
  );
}

/** A link that names no lesson says so, in its own words, above the map of the lessons there are. */
function MissingNotice({ missing }: { missing: UnknownRoute }) {
  return (
    <div className="pl-course__missing" role="alert">
      <h2>{missing.kind === 'lesson' ? 'No such lesson' : 'No such page'}</h2>
      <p>
        {missing.kind === 'lesson' ? (
          <>
            The link asks for a lesson called “{missing.id}”, and Pod Lab has no lesson by that name. The link may be
            mistyped, or made for another version of Pod Lab.
          </>
        ) : (
          <>Pod Lab has no page at “{missing.path}”.</>
        )}{' '}
        Choose a lesson from the course map below.
      </p>
    </div>
  );
}

/** Brings the pane's top into view: the pane scrolls on a wide screen, the page on a narrow one. */
function scrollToTop(pane: HTMLElement | null): void {
  if (!pane) return;
  pane.scrollTop = 0;
  const section = pane.closest('.pl-pane');
  if (section) section.scrollTop = 0;
  if (pane.getBoundingClientRect().top < 0) pane.scrollIntoView({ block: 'start' });
}
