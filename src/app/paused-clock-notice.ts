// Tells the learner, in the console, when what they typed is waiting on a paused clock. Paused, the
// cluster does nothing at all: a `kubectl run` stays Pending and a `sleep` or `get -w` never moves,
// which looks exactly like a broken tutorial unless someone says why and how to go on.
//
// Said for every command that waits for simulated time (sleep, -w, delete, logs -f), and once per
// pause for a finished command while the cluster has something scheduled (the Pod it just made
// would start if time ran). Playing again re-arms it.

import type { ConsoleEngine } from '../kubectl/console-types';
import type { ClockDriver } from './clock-driver';

export const PAUSED_CLOCK_NOTICE =
  'pod-lab: the clock is paused, so nothing in the cluster happens until it plays again.\n' +
  '         Press Play in the top bar, or K with the focus outside the console.\n';

export const PAUSED_CLOCK_WAITING_NOTICE =
  'pod-lab: the clock is paused, so this command waits until it plays again.\n' +
  '         Press Play in the top bar (or K outside the console); Ctrl+C stops the command.\n';

export interface PausedClockParts {
  console: Pick<ConsoleEngine, 'onStateChange' | 'onRecord'>;
  clockDriver: ClockDriver;
  /** Whether the cluster has anything scheduled that time would run. */
  hasPendingWork(): boolean;
  write(text: string): void;
}

export function watchPausedClock(parts: PausedClockParts): () => void {
  let toldThisPause = false;
  const paused = () => !parts.clockDriver.getState().playing;

  const stopDriver = parts.clockDriver.subscribe((state, previous) => {
    if (state.playing && !previous.playing) toldThisPause = false;
  });
  const stopState = parts.console.onStateChange((state) => {
    if (state.kind !== 'running' || !paused()) return;
    toldThisPause = true;
    parts.write(PAUSED_CLOCK_WAITING_NOTICE);
  });
  const stopRecord = parts.console.onRecord(() => {
    if (toldThisPause || !paused() || !parts.hasPendingWork()) return;
    toldThisPause = true;
    parts.write(PAUSED_CLOCK_NOTICE);
  });
  return () => {
    stopDriver();
    stopState();
    stopRecord();
  };
}
