// The editor's three dialogs: name a new file, confirm a reset, confirm deleting a file.
import { useEffect, useState } from 'react';
import { Dialog } from '../common/Dialog';

export function NewFileDialog({
  open,
  onClose,
  onCreate,
}: {
  open: boolean;
  onClose(): void;
  onCreate(name: string): string | undefined;
}) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (open) {
      setName('');
      setProblem(undefined);
    }
  }, [open]);
  return (
    <Dialog
      open={open}
      title="New file"
      onClose={onClose}
      onSubmit={() => {
        const error = onCreate(name);
        if (error) setProblem(error);
        else onClose();
      }}
      actions={
        <>
          <button type="button" className="pl-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="pl-button pl-button--primary">
            Create
          </button>
        </>
      }
    >
      <label className="pl-field">
        <span>File name</span>
        <input
          autoFocus
          value={name}
          placeholder="my-pod.yaml"
          spellCheck={false}
          aria-invalid={problem !== undefined}
          aria-describedby="pl-new-file-problem"
          onChange={(event) => {
            setName(event.target.value);
            setProblem(undefined);
          }}
        />
      </label>
      <p id="pl-new-file-problem" className="pl-field__problem" role="alert">
        {problem ?? ''}
      </p>
    </Dialog>
  );
}

export function ResetDialog({
  open,
  originals,
  onClose,
  onConfirm,
}: {
  open: boolean;
  originals: string[];
  onClose(): void;
  onConfirm(): void;
}) {
  return (
    <Dialog
      open={open}
      title="Reset the files?"
      onClose={onClose}
      onSubmit={() => {
        onConfirm();
        onClose();
      }}
      actions={
        <>
          <button type="button" className="pl-button" onClick={onClose} autoFocus>
            Keep my changes
          </button>
          <button type="submit" className="pl-button pl-button--danger">
            Reset files
          </button>
        </>
      }
    >
      <p>
        Every change you made to the files is lost, and files you added are deleted. The lesson’s original
        {originals.length === 1 ? ' file comes' : ' files come'} back: {originals.join(', ') || 'none'}.
      </p>
      <p>The cluster and the console history are not touched.</p>
    </Dialog>
  );
}

export function RemoveFileDialog({
  name,
  onClose,
  onConfirm,
}: {
  name: string | undefined;
  onClose(): void;
  onConfirm(name: string): void;
}) {
  return (
    <Dialog
      open={name !== undefined}
      title={`Delete ${name ?? ''}?`}
      onClose={onClose}
      onSubmit={() => {
        if (name !== undefined) onConfirm(name);
        onClose();
      }}
      actions={
        <>
          <button type="button" className="pl-button" onClick={onClose} autoFocus>
            Keep it
          </button>
          <button type="submit" className="pl-button pl-button--danger">
            Delete
          </button>
        </>
      }
    >
      <p>The file is removed from the workspace. “Reset files” brings back the lesson’s originals.</p>
    </Dialog>
  );
}
