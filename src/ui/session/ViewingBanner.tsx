// Shown while the page holds a session opened from a shared link: says that the learner's own
// session is untouched and nothing here is saved, and offers the two ways out: keep this session
// as one's own (after asking, since it replaces the saved one), or go back to one's own.
import { useState } from 'react';
import { useStore } from 'zustand';
import { useSessionPromise, useShell } from '../../app/session-context';
import type { ViewingSpace } from '../../app/viewing-space';
import { ConfirmDialog } from '../common/Dialog';
import './share.css';

export function ViewingBanner() {
  const viewing = useShell().viewing;
  return viewing ? <Banner viewing={viewing} /> : null;
}

const KEPT_NOTICE = 'session-kept';

function Banner({ viewing }: { viewing: ViewingSpace }) {
  const mode = useStore(viewing.mode, (s) => s.mode);
  const [asking, setAsking] = useState(false);
  const notices = useShell().notices;
  const session = useSessionPromise();
  if (mode !== 'viewing') return null;

  const keep = async () => {
    setAsking(false);
    (await session).recorder.saveNow();
    const saved = await viewing.keep();
    notices.getState().show({
      id: KEPT_NOTICE,
      tone: saved ? 'info' : 'error',
      text: saved
        ? 'This session is yours now: it is saved in this browser, and a reload brings it back.'
        : 'This browser did not save the session: it is yours on this page, but a reload loses it.',
      actions: [{ label: 'Dismiss', run: () => notices.getState().dismiss(KEPT_NOTICE) }],
    });
  };

  return (
    <section className="pl-viewing" aria-labelledby="pl-viewing-title">
      <p className="pl-viewing__text">
        <strong id="pl-viewing-title">You are looking at a shared session.</strong> Your own session, files and progress
        are kept as they were: nothing done here is saved unless you keep a copy. A reload shows the shared session
        again.
      </p>
      <div className="pl-viewing__actions">
        <button type="button" className="pl-button pl-button--primary" onClick={() => setAsking(true)}>
          Keep a copy as my session
        </button>
        <button type="button" className="pl-button" onClick={() => viewing.leave()}>
          Back to my session
        </button>
      </div>
      <ConfirmDialog
        open={asking}
        title="Keep this session as yours?"
        confirmLabel="Keep it as mine"
        danger
        onConfirm={() => void keep()}
        onCancel={() => setAsking(false)}
      >
        <p>
          Your own saved cluster and files in this browser are replaced by this session’s. Steps you marked done stay
          done. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
