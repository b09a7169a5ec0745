// The only parts of a Pod card that change with the clock alone: the "(71s ago)" of RESTARTS and
// the countdown of a grace period. Each subscribes to the simulated second by itself, so the rest
// of the card re-renders only when the Pod object changes.

import { humanDuration } from '../../kubectl/print/duration';
import { summarizePod } from '../../kubectl/print/pod-status';
import type { Pod } from '../../sim/api';
import { useSimSecond } from './use-cluster';

/** RESTARTS as kubectl prints it, e.g. "2 (71s ago)". */
export function RestartsText({ pod }: { pod: Pod }) {
  const now = useSimSecond();
  return <>{summarizePod(pod, now).restarts}</>;
}

/** A bar and a number counting down to the end of a deleted Pod's grace period. */
export function GraceCountdown({ deadline, graceSeconds }: { deadline: number; graceSeconds: number }) {
  const now = useSimSecond();
  const leftMs = Math.max(0, deadline - now);
  const share = graceSeconds > 0 ? Math.min(1, leftMs / (graceSeconds * 1000)) : 0;
  const seconds = Math.ceil(leftMs / 1000);
  return (
    <div className="pl-grace" role="timer" aria-label={`Grace period: ${seconds} s left of ${graceSeconds} s`}>
      <div className="pl-grace__bar">
        <div className="pl-grace__fill" style={{ width: `${share * 100}%` }} />
      </div>
      <span className="pl-grace__text">
        {leftMs > 0 ? `SIGKILL in ${seconds}s` : 'grace period over'}{' '}
        <span className="pl-muted">of {graceSeconds}s</span>
      </span>
    </div>
  );
}

/** "45s", "2m30s": kubectl's age of a timestamp at the current simulated second. */
export function Age({ since }: { since: number }) {
  const now = useSimSecond();
  return <>{humanDuration(now - since)}</>;
}
