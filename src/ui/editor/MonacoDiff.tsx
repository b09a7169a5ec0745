// The lesson's manifest beside the learner's file, in Monaco's diff editor (the editor's own chunk:
// re-exported by MonacoEditor.tsx). Both sides are read-only copies: the learner's file in the
// workspace is never touched from here.

import { useEffect, useRef } from 'react';
import { EDITOR_LOOK, monaco } from './monaco-setup';
import type { ColorScheme } from '../theme/use-color-scheme';
import type { LineChange } from './diff-summary';

export interface MonacoDiffProps {
  fileName: string;
  /** The lesson's manifest (left, or the lines marked − on a narrow screen). */
  lesson: string;
  /** The learner's file (right, or the lines marked +). */
  yours: string;
  scheme: ColorScheme;
  /** Called each time Monaco has compared the two. */
  onCompared(changes: LineChange[]): void;
}

let opened = 0;

export function MonacoDiff({ fileName, lesson, yours, scheme, onCompared }: MonacoDiffProps) {
  const host = useRef<HTMLDivElement>(null);
  const onComparedRef = useRef(onCompared);
  onComparedRef.current = onCompared;

  useEffect(() => {
    if (!host.current) return;
    const diff = monaco.editor.createDiffEditor(host.current, {
      ...EDITOR_LOOK,
      readOnly: true,
      originalEditable: false,
      // In YAML the indentation is the structure: a line indented one level too far is the usual slip.
      ignoreTrimWhitespace: false,
      // Side by side where there is room, one above the other on a phone.
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 640,
      // Nothing to revert or copy across: this view only shows.
      renderMarginRevertIcon: false,
      renderGutterMenu: false,
      enableSplitViewResizing: false,
      // The number of the empty line after the last newline is drawn dimmed, below contrast minimums.
      renderFinalNewline: 'off',
      fixedOverflowWidgets: true,
      theme: scheme === 'dark' ? 'vs-dark' : 'vs',
    });
    // Monaco 0.54 names the two sides only from an options change, not from the creation options.
    diff.updateOptions({
      originalAriaLabel: `The lesson's ${fileName} (read-only)`,
      modifiedAriaLabel: `Your ${fileName} (read-only copy)`,
    } as monaco.editor.IDiffEditorOptions);
    // Fresh models with their own addresses, so the editor's model of the same file is never shared.
    const id = ++opened;
    const uri = (side: string) => monaco.Uri.from({ scheme: 'inmemory', path: `/diff-${id}/${side}/${fileName}` });
    // Plain text: YAML's token colours on the red and green of changed lines fall below contrast
    // minimums, and the editor itself already marks schema problems.
    const original = monaco.editor.createModel(lesson, 'plaintext', uri('lesson'));
    const modified = monaco.editor.createModel(yours, 'plaintext', uri('yours'));
    diff.setModel({ original, modified });
    const compared = diff.onDidUpdateDiff(() => onComparedRef.current(diff.getLineChanges() ?? []));
    return () => {
      compared.dispose();
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
    // One view per opening: the dialog mounts a new one for new texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs');
  }, [scheme]);

  return <div className="pl-file-diff__view" ref={host} data-testid="diff-host" />;
}
