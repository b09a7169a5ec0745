// The three panes: lesson on the left; editor above the console on the right. On a wide screen the
// dividers resize them; on a narrow one (CSS, below 820px) they stack in reading order and the page scrolls.
// Enlarged, the console spans the whole width below the lesson and the editor.
import { lazy, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { useShell, WithSession } from '../../app/session-context';
import { ConsolePane } from '../console/ConsolePane';
import { EditorPane } from '../editor/EditorPane';
import { createLayoutPrefs } from './layout-prefs';
import { Splitter } from './Splitter';

// The lesson pane needs the lessons and the cluster: it arrives with the session's chunk.
const LessonPane = lazy(() => import('../lesson/LessonPane').then((m) => ({ default: m.LessonPane })));

export function Workbench() {
  const storage = useShell().storage;
  const prefs = useMemo(() => createLayoutPrefs(storage), [storage]);
  const lessonWidth = useStore(prefs, (s) => s.lessonWidth);
  const editorHeight = useStore(prefs, (s) => s.editorHeight);
  const consoleWide = useStore(prefs, (s) => s.consoleWide);
  const main = useRef<HTMLElement>(null);
  const right = useRef<HTMLDivElement>(null);

  const style = {
    '--pl-lesson-width': `${lessonWidth}%`,
    '--pl-editor-height': `${editorHeight}%`,
  } as React.CSSProperties;
  return (
    <main className="pl-workbench" ref={main} style={style} data-console-wide={consoleWide}>
      {/* Focusable by a click on its text (not by Tab), so Space and the arrows scroll the lesson as on any page. */}
      <section className="pl-pane pl-pane--lesson" aria-label="Lesson pane" tabIndex={-1}>
        <WithSession fallback={<p className="pl-loading pl-loading--pane">Loading the lesson…</p>}>
          <LessonPane />
        </WithSession>
      </section>
      <Splitter
        orientation="vertical"
        label="Resize the lesson and the workspace"
        value={lessonWidth}
        min={20}
        max={65}
        container={() => main.current}
        onChange={(v) => prefs.getState().set({ lessonWidth: v })}
      />
      <div className="pl-workbench__right" ref={right}>
        <section className="pl-pane pl-pane--editor" aria-label="Manifest editor">
          <EditorPane />
        </section>
        <Splitter
          orientation="horizontal"
          label="Resize the editor and the console"
          value={editorHeight}
          min={15}
          max={85}
          // Enlarged, the right column lays out nothing of its own (display: contents): measure the page.
          container={() => (consoleWide ? main.current : right.current)}
          onChange={(v) => prefs.getState().set({ editorHeight: v })}
        />
        <section className="pl-pane pl-pane--console" id="pl-console-pane" aria-label="Console" tabIndex={-1}>
          <ConsolePane wide={consoleWide} onToggleWide={() => prefs.getState().set({ consoleWide: !consoleWide })} />
        </section>
      </div>
    </main>
  );
}
