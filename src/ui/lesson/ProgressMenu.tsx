// Progress as a file: export it (a JSON download made in the page, no server involved), import it
// back on another machine or browser, and restart the current lesson from its start state.
import { useRef, useState } from 'react';
import type { ProgressStore } from '../../app/progress-store';

interface Props {
  progress: ProgressStore;
  onImported(): void;
  onRestart(): void;
}

export function ProgressMenu({ progress, onImported, onRestart }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');

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
    const error = progress.getState().importText(await file.text());
    setMessage(error ? `Import failed: ${error}` : 'Progress imported.');
    if (!error) onImported();
    if (input.current) input.current.value = '';
  };

  return (
    <div className="pl-lesson-progress">
      <button
        type="button"
        className="pl-lesson-button"
        onClick={() =>
          window.confirm('Restart this lesson from its start? Its progress and files are reset.') && onRestart()
        }
      >
        Restart lesson
      </button>
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
      {message && (
        <span className="pl-lesson-progress__message" role="status">
          {message}
        </span>
      )}
    </div>
  );
}
