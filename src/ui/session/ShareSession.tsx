// "Copy a link to this session": the session's record in a URL (src/app/session-link.ts), so a
// teacher who opens it sees the learner's cluster as it is now. The link is copied and also shown,
// selected, in a field, for browsers that do not let a page write to the clipboard.
import { useId, useRef, useState } from 'react';
import type { SessionRecorder } from '../../app/session-recorder';
import { sessionLinkHash } from '../../app/session-link';
import './share.css';

export function ShareSession({ recorder }: { recorder: SessionRecorder }) {
  const [link, setLink] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  const share = async () => {
    const record = recorder.snapshot();
    const url = `${location.origin}${location.pathname}${location.search}${sessionLinkHash(record)}`;
    setLink(url);
    const commands = record.events.filter((e) => e.k === 'line').length;
    const what = `${commands} ${commands === 1 ? 'command' : 'commands'}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(`Link copied (${what}). Whoever opens it sees this cluster as it is now.`);
    } catch {
      setMessage(`This browser did not let Pod Lab copy the link (${what}): copy it from the field.`);
    }
    requestAnimationFrame(() => field.current?.select());
  };

  return (
    <div className="pl-share">
      <button type="button" className="pl-lesson-button" onClick={() => void share()}>
        Copy a link to this session
      </button>
      {link !== undefined && (
        <div className="pl-share__result">
          <label htmlFor={fieldId}>Link to this session</label>
          <input
            id={fieldId}
            ref={field}
            className="pl-share__link"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="pl-lesson-button" onClick={() => setLink(undefined)}>
            Close
          </button>
        </div>
      )}
      <span className="pl-share__message" role="status">
        {message}
      </span>
    </div>
  );
}
