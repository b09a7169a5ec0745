// The manifest editor pane: a tab per workspace file (and per object opened by `kubectl edit`),
// a toolbar (new file, reset), and Monaco, which arrives lazily; until it does, the file is shown
// read-only in the same box, so nothing moves when the editor appears.

import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { editorHighlightStore } from '../../app/editor-highlight';
import { useSessionPromise, useSessionStore, useShell, WithSession } from '../../app/session-context';
import { useColorScheme } from '../theme/use-color-scheme';
import { useQuietAfter } from '../common/page-idle';
import { EditorTabs, type TabItem } from './EditorTabs';
import { NewFileDialog, RemoveFileDialog, ResetDialog } from './FileDialogs';

const MonacoEditor = lazy(() => import('./MonacoEditor'));
const BrowserView = lazy(() => import('../browser/BrowserView'));

const NO_LINES: readonly number[] = [];

type Selection = { kind: 'file'; name: string } | { kind: 'edit'; id: number } | { kind: 'browser'; port: number };

export function EditorPane() {
  // Files and edit tabs are part of the shell: the editor does not wait for the simulator.
  const session = useShell();
  const files = useSessionStore(session.files, (s) => s.files);
  const activeFile = useSessionStore(session.files, (s) => s.active);
  const edits = useSessionStore(session.edits, (s) => s.sessions);
  const openForwards = useSessionStore(session.forwards, (s) => s.forwards);
  const lostPages = useSessionStore(session.forwards, (s) => s.lost);
  // A page whose forward was lost keeps its tab (saying so) until it is closed.
  const forwards = useMemo(
    () => [
      ...openForwards.map((f) => ({ ...f, lost: false })),
      ...lostPages
        .filter((p) => !openForwards.some((f) => f.localPort === p.localPort))
        .map((p) => ({ namespace: '', podPort: 0, ...p, lost: true })),
    ],
    [openForwards, lostPages],
  );
  const scheme = useColorScheme();
  // Lines the cluster picture asked to show ("why is this Pod CrashLoopBackOff?").
  const highlights = editorHighlightStore(session.files);
  const highlightFile = useSessionStore(highlights, (s) => s.file);
  const highlightLines = useSessionStore(highlights, (s) => s.lines);
  const highlightReason = useSessionStore(highlights, (s) => s.reason);
  const [activeEdit, setActiveEdit] = useState<number | undefined>(undefined);
  const [activePort, setActivePort] = useState<number | undefined>(undefined);
  const [dialog, setDialog] = useState<'new' | 'reset' | { remove: string } | undefined>(undefined);
  // Monaco is the largest chunk: it loads after the session has started, so neither delays the
  // console's first echo (the file shows read-only meanwhile, in the same box).
  const editorMayLoad = useQuietAfter(useSessionPromise());

  // A new `kubectl edit` session comes to the front.
  const newestEdit = edits[edits.length - 1]?.id;
  useEffect(() => {
    if (newestEdit !== undefined) {
      setActivePort(undefined);
      setActiveEdit(newestEdit);
    }
  }, [newestEdit]);
  // A new port-forward opens its page, as a learner would open http://localhost:PORT next.
  const newestPort = forwards[forwards.length - 1]?.localPort;
  useEffect(() => {
    if (newestPort !== undefined) setActivePort(newestPort);
  }, [newestPort]);

  const selection: Selection | undefined =
    activePort !== undefined && forwards.some((f) => f.localPort === activePort)
      ? { kind: 'browser', port: activePort }
      : activeEdit !== undefined && edits.some((e) => e.id === activeEdit)
        ? { kind: 'edit', id: activeEdit }
        : activeFile !== undefined
          ? { kind: 'file', name: activeFile }
          : undefined;

  const tabs: TabItem[] = useMemo(
    () => [
      ...files.map((f) => ({ id: `file:${f.name}`, label: f.name, closeLabel: `Delete ${f.name}` })),
      ...edits.map((e) => ({
        id: `edit:${e.id}`,
        label: e.title,
        closeLabel: `Cancel editing ${e.title}`,
        live: true,
      })),
      ...forwards.map((f) => ({
        id: `browser:${f.localPort}`,
        label: f.lost ? `localhost:${f.localPort} (lost)` : `localhost:${f.localPort}`,
        closeLabel: `Close the page on localhost:${f.localPort}`,
        live: true,
      })),
    ],
    [files, edits, forwards],
  );
  const selectedId = selection
    ? selection.kind === 'file'
      ? `file:${selection.name}`
      : selection.kind === 'edit'
        ? `edit:${selection.id}`
        : `browser:${selection.port}`
    : undefined;

  const selectTab = (id: string) => {
    setActivePort(id.startsWith('browser:') ? Number(id.slice(8)) : undefined);
    if (id.startsWith('browser:')) return;
    if (id.startsWith('edit:')) setActiveEdit(Number(id.slice(5)));
    else {
      setActiveEdit(undefined);
      session.files.getState().setActive(id.slice(5));
    }
  };
  const closeTab = (id: string) => {
    // The page's tab goes; the port-forward keeps running in the console until Ctrl+C.
    if (id.startsWith('browser:')) {
      setActivePort(-1);
      const port = Number(id.slice(8));
      const lost = session.forwards.getState().lost;
      if (lost.some((p) => p.localPort === port))
        session.forwards.setState({ lost: lost.filter((p) => p.localPort !== port) });
    } else if (id.startsWith('edit:')) session.edits.getState().cancel(Number(id.slice(5)));
    else setDialog({ remove: id.slice(5) });
  };

  const forward = selection?.kind === 'browser' ? forwards.find((f) => f.localPort === selection.port) : undefined;
  const current =
    selection?.kind === 'browser'
      ? undefined
      : selection?.kind === 'edit'
        ? edits.find((e) => e.id === selection.id)
        : selection?.kind === 'file'
          ? files.find((f) => f.name === selection.name)
          : undefined;
  const text = current ? ('content' in current ? current.content : current.text) : '';
  const fileName = current ? ('content' in current ? current.name : `edit-${current.id}.yaml`) : '';
  const onChange = (value: string) => {
    if (selection?.kind === 'edit') session.edits.getState().update(selection.id, value);
    else if (selection?.kind === 'file') session.files.getState().write(selection.name, value);
  };

  return (
    <div className="pl-editor-pane">
      <div className="pl-pane__bar pl-editor-pane__bar">
        <EditorTabs tabs={tabs} selectedId={selectedId} onSelect={selectTab} onClose={closeTab} />
        <div className="pl-toolbar" role="toolbar" aria-label="Files">
          {selection?.kind === 'edit' ? (
            <>
              <button
                type="button"
                className="pl-button pl-button--primary"
                onClick={() => session.edits.getState().saveAndClose(selection.id)}
              >
                Save and apply
              </button>
              <button type="button" className="pl-button" onClick={() => session.edits.getState().cancel(selection.id)}>
                Cancel edit
              </button>
            </>
          ) : (
            <>
              <button type="button" className="pl-button" onClick={() => setDialog('new')} aria-label="New file">
                + New file
              </button>
              <button type="button" className="pl-button" onClick={() => setDialog('reset')}>
                Reset files…
              </button>
            </>
          )}
        </div>
      </div>
      <div
        className="pl-editor-pane__body"
        role="tabpanel"
        aria-label={forward ? `localhost:${forward.localPort}` : current ? fileName : 'No file open'}
      >
        {forward ? (
          <WithSession fallback={null}>
            <Suspense fallback={null}>
              <BrowserView key={`${forward.localPort}:${forward.lost}`} forward={forward} lost={forward.lost} />
            </Suspense>
          </WithSession>
        ) : current && !editorMayLoad ? (
          <EditorFallback text={text} />
        ) : current ? (
          <Suspense fallback={<EditorFallback text={text} />}>
            <MonacoEditor
              documentId={selectedId!}
              fileName={fileName}
              text={text}
              scheme={scheme}
              onChange={onChange}
              openIds={tabs.map((t) => t.id)}
              highlightLines={
                selection?.kind === 'file' && selection.name === highlightFile ? highlightLines : NO_LINES
              }
              highlightReason={highlightReason}
            />
          </Suspense>
        ) : (
          <div className="pl-editor-empty">
            <p>No files. Create one with “New file”, or reset to the lesson’s files.</p>
          </div>
        )}
      </div>
      <NewFileDialog
        open={dialog === 'new'}
        onClose={() => setDialog(undefined)}
        onCreate={(name) => session.files.getState().create(name)}
      />
      <ResetDialog
        open={dialog === 'reset'}
        originals={session.files.getState().originals.map((f) => f.name)}
        onClose={() => setDialog(undefined)}
        onConfirm={() => {
          setActiveEdit(undefined);
          session.files.getState().reset();
        }}
      />
      <RemoveFileDialog
        name={typeof dialog === 'object' ? dialog.remove : undefined}
        onClose={() => setDialog(undefined)}
        onConfirm={(name) => session.files.getState().remove(name)}
      />
    </div>
  );
}

/** What shows while Monaco's chunk loads: the same text, same font and padding, read-only. */
function EditorFallback({ text }: { text: string }) {
  return (
    <div className="pl-editor-fallback" aria-busy="true">
      <pre>{text}</pre>
      <span className="pl-editor-fallback__note">Loading editor…</span>
    </div>
  );
}
