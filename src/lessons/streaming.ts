// Streaming commands (port-forward, get -w, logs -f) run until Ctrl+C, and the console records a
// command only when it ends: a condition on one is met only after the learner presses Ctrl+C. Kept
// apart from check-describe so the build's lesson check does not load the cluster to know it.

import type { RanCheck } from './check-types';

/** Streaming commands write their record only when they end, which for these is Ctrl+C. */
export function endsWithCtrlC(c: RanCheck): boolean {
  const verb = c.command[1];
  const flags = c.flags.flat();
  return (
    verb === 'port-forward' ||
    flags.includes('-w') ||
    flags.includes('--watch') ||
    (verb === 'logs' && (flags.includes('-f') || flags.includes('--follow')))
  );
}
