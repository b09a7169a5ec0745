// A modal dialog on the native <dialog> element: focus moves into it, Escape closes it, and the
// page behind is inert, all by the browser. Used for confirmations and for naming a new file.

import { type ReactNode, useEffect, useRef } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Buttons; the dialog is a form, so a submit button confirms on Enter. */
  actions: ReactNode;
  onClose(): void;
  onSubmit(): void;
}

export function Dialog({ open, title, children, actions, onClose, onSubmit }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="pl-dialog" aria-label={title} onClose={onClose} onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <h2 className="pl-dialog__title">{title}</h2>
        <div className="pl-dialog__body">{children}</div>
        <div className="pl-dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}
