// The teacher's page (#/workshop), with no server and no account: every lesson and step with its
// link and a time estimate, printable as a handout; and a box for the class's completion codes,
// which become a table of who is where. Pasted text is only ever shown as text.
import { useMemo, useState } from 'react';
import { bundledCatalog } from '../../app/bundled-lessons';
import { routeHash } from '../../lessons/route';
import { courseLessons } from '../course/course-status';
import { ClassTable } from './ClassTable';
import { courseShape } from './completion-code';
import { readClassCodes } from './class-codes';
import { lessonMinutes, minutesText, stepMinutes } from './estimate';
import '../course/course.css';
import './workshop.css';

/** The link as it works from anywhere: this page's address with the step's hash. */
function absolute(hash: string): string {
  return `${location.origin}${location.pathname}${hash}`;
}

export function WorkshopPage() {
  const catalog = bundledCatalog();
  const lessons = courseLessons(catalog);
  const shape = useMemo(() => courseShape(catalog), [catalog]);
  const [pasted, setPasted] = useState('');
  const [shown, setShown] = useState<string | undefined>();
  const result = useMemo(() => (shown === undefined ? undefined : readClassCodes(shape, shown)), [shape, shown]);
  const total = lessons.reduce((sum, lesson) => sum + lessonMinutes(lesson), 0);

  return (
    <main className="pl-workshop" aria-labelledby="pl-workshop-title">
      <header className="pl-workshop__head">
        <h1 id="pl-workshop-title">Pod Lab workshop guide</h1>
        <p>
          The {lessons.length} lessons of the <cite>Pods</cite> chapter, each step with its link and a time estimate (
          {minutesText(total)} in all). Every link opens Pod Lab at that step, with the cluster as the steps before it
          leave it. Nothing is sent anywhere: learners work in their own browser.
        </p>
        <p className="pl-workshop__actions">
          <button type="button" className="pl-button pl-button--primary" onClick={() => window.print()}>
            Print handout
          </button>
          <a className="pl-button" href="#/">
            Open Pod Lab
          </a>
        </p>
      </header>

      <section className="pl-workshop__lessons" aria-labelledby="pl-workshop-lessons">
        <h2 id="pl-workshop-lessons">Lessons and steps</h2>
        <ol className="pl-workshop__lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.id} className="pl-workshop__lesson">
              <h3>
                <a href={routeHash({ lesson: lesson.id, step: 1 })}>
                  {lesson.order}. {lesson.title}
                </a>{' '}
                <span className="pl-workshop__time">{minutesText(lessonMinutes(lesson))}</span>
              </h3>
              <p className="pl-workshop__summary">{lesson.summary}</p>
              <ol className="pl-workshop__steps">
                {lesson.steps.map((step) => {
                  const hash = routeHash({ lesson: lesson.id, step: step.index });
                  return (
                    <li key={step.index}>
                      <a href={hash}>
                        Step {step.index}: {step.title}
                      </a>{' '}
                      <span className="pl-workshop__time">{minutesText(stepMinutes(step))}</span>
                      <span className="pl-workshop__url">{absolute(hash)}</span>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      </section>

      <section className="pl-workshop__class" aria-labelledby="pl-workshop-class">
        <h2 id="pl-workshop-class">Where is the class?</h2>
        <p>
          Each learner finds a completion code at the bottom of the course map in Pod Lab (the “Course map” button above
          the lesson) and sends it to you with a name, or reads it out. Paste the codes here, one learner per line, the
          name first: <code>Ada K7M2Q-9XPR4</code>. A mistyped code is caught by its check digits.
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setShown(pasted);
          }}
        >
          <label htmlFor="pl-workshop-codes" className="pl-workshop__label">
            Completion codes, one learner per line
          </label>
          <textarea
            id="pl-workshop-codes"
            className="pl-workshop__codes"
            rows={6}
            spellCheck={false}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <p>
            <button type="submit" className="pl-button pl-button--primary">
              Show the class
            </button>
          </p>
        </form>
        {result && <ClassTable lessons={lessons} rows={result.rows} bad={result.bad} />}
      </section>
    </main>
  );
}
