// The Monaco editor, loaded lazily (React.lazy) so the console works before this chunk arrives.
// One editor instance; one model per document, so switching tabs keeps each file's undo history
// and cursor. The store is the source of truth: typing writes to it, and a change made elsewhere
// (reset, `kubectl cp`, a lesson) is pushed into the model as an undoable edit.

import { useEffect, useRef } from 'react';
import { EDITOR_LOOK, monaco } from './monaco-setup';
import type { ColorScheme } from '../theme/use-color-scheme';

// The diff view travels in this chunk too: one Monaco download serves both.
export { MonacoDiff } from './MonacoDiff';

export interface MonacoEditorProps {
  /** Stable id of the document ("file:kuard-pod.yaml", "edit:3"); each gets its own model. */
  documentId: string;
  /** Name shown in the model's URI (monaco-yaml matches schemas by it). */
  fileName: string;
  text: string;
  scheme: ColorScheme;
  onChange(text: string): void;
  /** Ids still open; models of closed documents are disposed. */
  openIds: readonly string[];
  /** 1-based lines to mark as the cause of what the learner clicked in the cluster picture. */
  highlightLines?: readonly number[];
  /** Hover text of the marked lines: why they matter. */
  highlightReason?: string;
}

function uriOf(documentId: string, fileName: string): monaco.Uri {
  return monaco.Uri.from({ scheme: 'file', path: `/${documentId.replace(/[:/]/g, '-')}/${fileName}` });
}

export default function MonacoEditor({
  documentId,
  fileName,
  text,
  scheme,
  onChange,
  openIds,
  highlightLines = [],
  highlightReason = '',
}: MonacoEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const applyingExternal = useRef(false);
  const highlight = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const editor = monaco.editor.create(host.current, {
      ...EDITOR_LOOK,
      tabSize: 2,
      insertSpaces: true,
      renderWhitespace: 'selection',
      quickSuggestions: { other: true, comments: false, strings: true },
      // Enter ends the line, as in any text box; Tab takes the highlighted completion. A new line
      // keeps the indentation, under a list item's first key after "- name: x" (yaml-language.ts).
      acceptSuggestionOnEnter: 'off',
      // Nor does a typed ":" take one: "value:" stays "value:" while "valueFrom" is offered.
      acceptSuggestionOnCommitCharacter: false,
      tabCompletion: 'off',
      // Our Enter rules decide a new line's indentation. 'full' also applies Monaco's rough YAML
      // indentation patterns, which put a list item's next field back under its dash.
      autoIndent: 'advanced',
      fixedOverflowWidgets: true,
      padding: { top: 8, bottom: 8 },
      ariaLabel: 'Manifest editor',
      theme: scheme === 'dark' ? 'vs-dark' : 'vs',
    });
    editorRef.current = editor;
    const openModels = models.current;
    highlight.current = editor.createDecorationsCollection();
    const typing = editor.onDidChangeModelContent(() => {
      if (applyingExternal.current) return;
      onChangeRef.current(editor.getValue());
    });
    return () => {
      typing.dispose();
      editor.dispose();
      for (const model of openModels.values()) model.dispose();
      openModels.clear();
      editorRef.current = null;
    };
    // The editor is created once; scheme changes are applied by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs');
  }, [scheme]);

  // Show the active document, creating its model on first use.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    let model = models.current.get(documentId);
    if (!model || model.isDisposed()) {
      model = monaco.editor.createModel(text, 'yaml', uriOf(documentId, fileName));
      models.current.set(documentId, model);
    }
    if (editor.getModel() !== model) editor.setModel(model);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId, fileName]);

  // Text changed outside the editor: push it in as one undoable edit.
  useEffect(() => {
    const model = models.current.get(documentId);
    if (!model || model.getValue() === text) return;
    applyingExternal.current = true;
    try {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    } finally {
      applyingExternal.current = false;
    }
  }, [documentId, text]);

  // Mark the lines behind a clicked status, and bring the first into view. Runs after the model
  // switch above, so the marks land on the document they belong to.
  useEffect(() => {
    const editor = editorRef.current;
    const collection = highlight.current;
    if (!editor || !collection) return;
    collection.set(
      highlightLines.map((line) => ({
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          className: 'pl-highlight-line',
          linesDecorationsClassName: 'pl-highlight-gutter',
          hoverMessage: highlightReason ? { value: highlightReason } : undefined,
          overviewRuler: { color: '#d97706', position: monaco.editor.OverviewRulerLane.Full },
        },
      })),
    );
    if (highlightLines.length > 0) editor.revealLineInCenterIfOutsideViewport(highlightLines[0]!);
  }, [documentId, highlightLines, highlightReason]);

  // Forget the models of closed tabs.
  useEffect(() => {
    for (const [id, model] of models.current) {
      if (!openIds.includes(id) && id !== documentId) {
        model.dispose();
        models.current.delete(id);
      }
    }
  }, [openIds, documentId]);

  return <div className="pl-monaco" ref={host} data-testid="monaco-host" />;
}
