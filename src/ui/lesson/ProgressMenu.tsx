// Progress as a file: export it (a JSON download made in the page, no server involved), import it
// back on another machine or browser (after asking: it replaces what is here), and restart the
// current lesson from its start state. "Imported" is said only once the import is saved.
import { useRef, useState } from 'react';
import type { ProgressStore } from '../../app/progress-store';
import type { Progress } from '../../lessons/progress';
import { ConfirmDialog, Dialog } from '../common/Dialog';

/** Far beyond any real progress file; a bigger one is not read into the page at all. */
const IMPORT_LIMIT_BYTES = 32 * 1024 * 1024;

const lessonCount = (p: Progress) => {
  const n = Object.keys(p.lessons).length;
  return `${n} lesson${n === 1 ? '' : 's'}`;
};

interface Props {
  progress: ProgressStore;
  onImported(): void;
  onRestart(): void;
}

export function ProgressMenu({ progress, onImported, onRestart }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const [incoming, setIncoming] = useState<Progress | undefined>();
  const [askingRestart, setAskingRestart] = useState(false);

  const exportFile = () => {
    const blob = new Blob([progress.getState().exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'pod-lab-progress.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage('Progress exported.');
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    if (file.size > IMPORT_LIMIT_BYTES) {
      setMessage('Import failed: the file is too large to be a Pod Lab progress file');
      return;
    }
    const result = progress.getState().readImport(await file.text());
    if (!result.ok) setMessage(`Import failed: ${result.error}`);
    else setIncoming(result.progress);
  };

  const replaceProgress = async (imported: Progress) => {
    setIncoming(undefined);
    progress.getState().replaceWith(imported);
    onImported();
    const saved = await progress.getState().whenSaved();
    setMessage(
      saved
        ? 'Progress imported.'
        : 'Progress imported for this visit only: this browser could not save it. Export it to keep it.',
    );
  };

  return (
    <div className="pl-lesson-progress">
      <button type="button" className="pl-lesson-button" onClick={() => setAskingRestart(true)}>
        Restart lesson
      </button>
      <ConfirmDialog
        open={askingRestart}
        title="Restart this lesson?"
        confirmLabel="Restart lesson"
        danger
        onCancel={() => setAskingRestart(false)}
        onConfirm={() => {
          setAskingRestart(false);
          onRestart();
        }}
      >
        <p>The lesson starts again from its first step: its completed steps and its files are reset.</p>
      </ConfirmDialog>
      <button type="button" className="pl-lesson-button" onClick={exportFile}>
        Export progress
      </button>
      <button type="button" className="pl-lesson-button" onClick={() => input.current?.click()}>
        Import progress
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Progress file to import"
        onChange={(e) => void importFile(e.target.files?.[0])}
      />
      <Dialog
        open={incoming !== undefined}
        title="Replace your progress?"
        onClose={() => setIncoming(undefined)}
        onSubmit={() => incoming && void replaceProgress(incoming)}
        actions={
          <>
            <button type="button" className="pl-button" onClick={() => setIncoming(undefined)}>
              Cancel
            </button>
            <button type="submit" className="pl-button pl-button--danger">
              Replace progress
            </button>
          </>
        }
      >
        <p>
          The file holds progress in {incoming ? lessonCount(incoming) : ''}. It replaces all progress in this browser (
          {lessonCount(progress.getState().progress)}), with the files saved in each lesson.
        </p>
      </Dialog>
      {message && (
        <span className="pl-lesson-progress__message" role="status">
          {message}
        </span>
      )}
    </div>
  );
}
