// The panes: lesson on the left; editor above the console on the right. On a wide screen the
// dividers resize them, and "Show cluster" docks the cluster picture in the editor's place (the
// console stays below it, the lesson beside it). Enlarged, the console spans the whole width
// below the lesson and the editor. On a phone (phone.css) the panes are tabs, and a one-line
// banner keeps the lesson step's feedback in sight from the other tabs.
import { lazy, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { useShell, WithSession } from '../../app/session-context';
import { ConsolePane } from '../console/ConsolePane';
import { EditorPane } from '../editor/EditorPane';
import { createLayoutPrefs } from './layout-prefs';
import { layoutVariables } from './saved-layout';
import { PhoneTabs, phoneTabId } from './PhoneTabs';
import { Splitter } from './Splitter';
import { usePhone } from './use-phone';
import { useWorkbenchView, type PhoneTab } from './workbench-view';
import '../styles/phone.css';

// The lesson pane needs the lessons and the cluster: it arrives with the session's chunk.
const LessonPane = lazy(() => import('../lesson/LessonPane').then((m) => ({ default: m.LessonPane })));
const ClusterPanel = lazy(() => import('../cluster/ClusterPanel').then((m) => ({ default: m.ClusterPanel })));
const StepBanner = lazy(() => import('./StepBanner').then((m) => ({ default: m.StepBanner })));

/** On a phone, a pane is a tab panel named by its tab; on a wide screen, a region named by its label. */
function paneRole(phone: boolean, tab: PhoneTab, label: string) {
  return phone
    ? { role: 'tabpanel', 'aria-labelledby': phoneTabId(tab) }
    : { 'aria-label': label, role: tab === 'cluster' ? 'complementary' : undefined };
}

export function Workbench() {
  const storage = useShell().storage;
  const prefs = useMemo(() => createLayoutPrefs(storage), [storage]);
  const lessonWidth = useStore(prefs, (s) => s.lessonWidth);
  const editorHeight = useStore(prefs, (s) => s.editorHeight);
  const consoleWide = useStore(prefs, (s) => s.consoleWide);
  const clusterOpen = useWorkbenchView((s) => s.clusterOpen);
  const phoneTab = useWorkbenchView((s) => s.phoneTab);
  const phone = usePhone();
  const main = useRef<HTMLElement>(null);
  const right = useRef<HTMLDivElement>(null);

  const style = layoutVariables({ lessonWidth, editorHeight, consoleWide }) as React.CSSProperties;
  return (
    <main
      className="pl-workbench"
      ref={main}
      style={style}
      data-console-wide={consoleWide}
      data-cluster-open={clusterOpen}
      data-phone-tab={phoneTab}
    >
      {/* Always there (the stylesheet shows it on a phone only), so the page pre-rendered at build time has it. */}
      <PhoneTabs />
      {phone && phoneTab !== 'lesson' && (
        <div className="pl-workbench__banner">
          <WithSession fallback={null}>
            <StepBanner />
          </WithSession>
        </div>
      )}
      {/* Focusable by a click on its text (not by Tab), so Space and the arrows scroll the lesson as on any page. */}
      <section
        className="pl-pane pl-pane--lesson"
        id="pl-lesson-pane"
        {...paneRole(phone, 'lesson', 'Lesson pane')}
        tabIndex={-1}
      >
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
        {/* Kept mounted under the docked picture, so the editor's tabs, undo and scroll survive. */}
        <section
          className="pl-pane pl-pane--editor"
          id="pl-editor-pane"
          {...paneRole(phone, 'editor', 'Manifest editor')}
        >
          <EditorPane />
        </section>
        {clusterOpen && (
          <section className="pl-pane pl-pane--cluster" id="pl-cluster-dock" {...paneRole(phone, 'cluster', 'Cluster')}>
            <WithSession
              fallback={
                // The strip's toggle controls this id: while the picture loads, its placeholder holds it.
                <p id="pl-cluster-panel" className="pl-loading pl-loading--pane">
                  Loading the cluster…
                </p>
              }
            >
              <ClusterPanel />
            </WithSession>
          </section>
        )}
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
        <section
          className="pl-pane pl-pane--console"
          id="pl-console-pane"
          {...paneRole(phone, 'console', 'Console')}
          tabIndex={-1}
        >
          <ConsolePane wide={consoleWide} onToggleWide={() => prefs.getState().set({ consoleWide: !consoleWide })} />
        </section>
      </div>
    </main>
  );
}
