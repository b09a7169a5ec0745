// The lesson pane: the current lesson's text, its steps and their checks. A first shell so the app
// can mount it; it grows into the full pane (table of contents, runnable blocks, hints) next.
export function LessonPane() {
  return (
    <section className="lesson-pane" aria-label="Lesson">
      <h2>Lessons</h2>
      <p>Loading lessons…</p>
    </section>
  );
}
