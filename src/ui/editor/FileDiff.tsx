// "Show differences": when a file check fails, the learner's file beside the lesson's manifest, in
// a dialog (Escape closes it and focus goes back to the button). The differences are listed in
// words above the two versions, for a screen reader and for a phone. What is compared is a copy
// taken when the dialog opens; the learner's file is never changed from here.

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Dialog } from '../common/Dialog';
import { useColorScheme } from '../theme/use-color-scheme';
import { describeDifferences, type LineChange } from './diff-summary';

const MonacoDiff = lazy(() => import('./MonacoEditor').then((m) => ({ default: m.MonacoDiff })));

/** Lines shown per side for one difference; the two versions below show the rest. */
const SHOWN_LINES = 3;

interface Props {
  file: string;
  /** The lesson's manifest for this file at this step. */
  lesson: string;
  /** The learner's file as it is now (undefined once it has been removed). */
  readYours(): string | undefined;
  className?: string;
}

export function FileDiffButton({ file, lesson, readYours, className = 'pl-lesson-button' }: Props) {
  const [yours, setYours] = useState<string | undefined>(undefined);
  const open = yours !== undefined;
  const close = useRef<HTMLButtonElement>(null);
  // The dialog is shown by now (its effect runs first): start on Close, not inside the diff.
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={`Show differences between your ${file} and the lesson's manifest`}
        onClick={() => setYours(readYours() ?? '')}
      >
        Show differences
      </button>
      {/* On the page's body: the dialog takes none of the goal list's styles (bold, no bullets). */}
      {createPortal(
        <Dialog
          open={open}
          title={`Your ${file} and the lesson's manifest`}
          className="pl-file-diff"
          onClose={() => setYours(undefined)}
          onSubmit={() => setYours(undefined)}
          actions={
            <button type="submit" className="pl-button pl-button--primary" ref={close}>
              Close
            </button>
          }
        >
          {open && <Comparison file={file} lesson={lesson} yours={yours} />}
        </Dialog>,
        document.body,
      )}
    </>
  );
}

function Comparison({ file, lesson, yours }: { file: string; lesson: string; yours: string }) {
  const scheme = useColorScheme();
  const [changes, setChanges] = useState<LineChange[] | undefined>(undefined);
  const differences = changes && describeDifferences(changes, lesson, yours);
  return (
    <>
      <p>
        The lesson's manifest is on the left and your {file} on the right; on a narrow screen the lesson's lines are
        marked − and yours +. Nothing here changes your file.
      </p>
      <div role="status" className="pl-file-diff__summary">
        {!differences ? (
          <p>Comparing…</p>
        ) : differences.length === 0 ? (
          <p>Your file has the same lines as the lesson's manifest.</p>
        ) : (
          <>
            <p>
              {differences.length === 1 ? 'One place differs' : `${differences.length} places differ`} from the lesson's
              manifest:
            </p>
            <ul>
              {differences.map((d, i) => (
                <li key={i}>
                  {d.words}
                  <Lines label="The lesson's" lines={d.lesson} />
                  <Lines label="Yours" lines={d.yours} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <Suspense fallback={<p className="pl-file-diff__view">Loading the comparison…</p>}>
        <MonacoDiff fileName={file} lesson={lesson} yours={yours} scheme={scheme} onCompared={setChanges} />
      </Suspense>
    </>
  );
}

function Lines({ label, lines }: { label: string; lines: string[] }) {
  if (lines.length === 0) return null;
  const shown = lines.slice(0, SHOWN_LINES);
  return (
    <span className="pl-file-diff__lines">
      {label}:{' '}
      <code>
        {shown.join('\n')}
        {lines.length > shown.length ? `\n… ${lines.length - shown.length} more` : ''}
      </code>
    </span>
  );
}
