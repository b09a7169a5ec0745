// A modal dialog on the native <dialog> element: focus moves into it, Escape closes it, and the
// page behind is inert, all by the browser. Used for confirmations and for naming a new file.
// When it closes, focus goes back to the control that opened it (whatever closed it), so a
// keyboard user is never left at the top of the page.

import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Buttons; the dialog is a form, so a submit button confirms on Enter. */
  actions: ReactNode;
  onClose(): void;
  onSubmit(): void;
  /** Extra class for the <dialog> (a wider one for side-by-side content). */
  className?: string;
}

export function Dialog({ open, title, children, actions, onClose, onSubmit, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
    if (!open) returnFocus(opener.current);
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className ? `pl-dialog ${className}` : 'pl-dialog'}
      aria-labelledby={titleId}
      aria-modal="true"
      onClose={onClose}
      onCancel={onClose}
      onKeyDown={(event) => {
        if (event.key === 'Tab') keepFocusInside(event.currentTarget, event);
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <h2 className="pl-dialog__title" id={titleId}>
          {title}
        </h2>
        <div className="pl-dialog__body">{children}</div>
        <div className="pl-dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea, a[href], [tabindex="0"]';

/**
 * A modal <dialog> makes the page inert, but Tab from its last control still leaves for the
 * browser's own toolbar: wrap around inside the dialog instead, both ways.
 */
function keepFocusInside(dialog: HTMLDialogElement, event: React.KeyboardEvent): void {
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/** The opener may have gone (a confirmed action re-rendered it away): then focus stays where it is. */
function returnFocus(opener: Element | null): void {
  if (opener instanceof HTMLElement && opener.isConnected && document.activeElement !== opener) {
    opener.focus();
  }
}

/** A yes/no question in a dialog: Cancel (or Escape) does nothing, the confirm button does `onConfirm`. */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  danger = false,
  children,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  children: ReactNode;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="pl-button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={`pl-button${danger ? ' pl-button--danger' : ' pl-button--primary'}`}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
