// Who is where: one row per learner (the lesson and step they have open, then each lesson's done
// steps), and the lines whose code could not be read listed apart, each with its reason.
import type { Lesson } from '../../lessons/types';
import type { BadLine, ClassRow } from './class-codes';

export function ClassTable({ lessons, rows, bad }: { lessons: Lesson[]; rows: ClassRow[]; bad: BadLine[] }) {
  return (
    <div className="pl-workshop__result">
      <p role="status">
        {rows.length === 0 && bad.length === 0
          ? 'No codes pasted yet.'
          : `${rows.length} ${rows.length === 1 ? 'learner' : 'learners'} shown${bad.length > 0 ? `; ${bad.length} ${bad.length === 1 ? 'line' : 'lines'} could not be read` : ''}.`}
      </p>
      {bad.length > 0 && (
        <div className="pl-workshop__bad">
          <h3>
            {bad.length === 1 ? 'One line' : `${bad.length} lines`} could not be read; ask for{' '}
            {bad.length === 1 ? 'that code' : 'those codes'} again
          </h3>
          <ul>
            {bad.map((b) => (
              <li key={b.line}>
                Line {b.line}, “{b.text}”: {b.error}.
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length > 0 && (
        <div
          className="pl-workshop__table-wrap"
          tabIndex={0}
          role="group"
          aria-label="Class progress, scrolls sideways"
        >
          <table className="pl-workshop__table">
            <caption>
              {rows.length} {rows.length === 1 ? 'learner' : 'learners'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">Now at</th>
                <th scope="col">Lessons done</th>
                {lessons.map((lesson) => (
                  <th key={lesson.id} scope="col" className="pl-workshop__lesson-col">
                    <abbr title={lesson.title}>{lesson.order}</abbr>
                    <span className="pl-visually-hidden">. {lesson.title}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const finished = lessons.filter((lesson, i) => (row.progress.done[i] ?? 0) === lesson.steps.length);
                const at = row.progress.at;
                const atLesson = at ? lessons[at.lesson - 1] : undefined;
                return (
                  <tr key={row.line}>
                    <th scope="row">{row.name}</th>
                    <td>{atLesson && at ? `${atLesson.order}. ${atLesson.title}, step ${at.step}` : '—'}</td>
                    <td>
                      {finished.length} of {lessons.length}
                    </td>
                    {lessons.map((lesson, i) => {
                      const done = row.progress.done[i] ?? 0;
                      const total = lesson.steps.length;
                      return (
                        <td key={lesson.id} className={`pl-workshop__cell${done === total ? ' is-done' : ''}`}>
                          {done === total ? (
                            <>
                              <span aria-hidden="true">✓</span>
                              <span className="pl-visually-hidden">done</span>
                            </>
                          ) : done === 0 ? (
                            <>
                              <span aria-hidden="true">·</span>
                              <span className="pl-visually-hidden">not started</span>
                            </>
                          ) : (
                            `${done}/${total}`
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
