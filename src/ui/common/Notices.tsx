// The page's own messages (src/app/notices.ts), in two live regions that exist from the first
// render so screen readers hear what is added: errors as an alert, the rest as a status.
import { useStore } from 'zustand';
import type { Notice } from '../../app/notices';
import { useShell } from '../../app/session-context';

export function Notices() {
  const store = useShell().notices;
  const notices = useStore(store, (s) => s.notices);
  const errors = notices.filter((n) => n.tone === 'error');
  const infos = notices.filter((n) => n.tone !== 'error');
  return (
    <div className="pl-notices">
      <div role="alert" className="pl-notices__group">
        {errors.map((n) => (
          <NoticeView key={n.id} notice={n} />
        ))}
      </div>
      <div role="status" className="pl-notices__group">
        {infos.map((n) => (
          <NoticeView key={n.id} notice={n} />
        ))}
      </div>
    </div>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  if (notice.announceOnly) return <p className="pl-visually-hidden">{notice.text}</p>;
  return (
    <div className={`pl-notice pl-notice--${notice.tone}`} data-notice={notice.id}>
      <p className="pl-notice__text">{notice.text}</p>
      {notice.actions && notice.actions.length > 0 && (
        <div className="pl-notice__actions">
          {notice.actions.map((action) => (
            <button key={action.label} type="button" className="pl-button" onClick={action.run}>
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
