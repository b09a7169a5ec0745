// The session the web page runs: real start time, a random seed per page load, localStorage.
// (src/sim stays deterministic; the page is where real time and randomness enter, once.)

import { createConsole } from '../kubectl/console';
import { createCluster } from '../sim/index';
import { browserStorage } from './persistence';
import { createSession, type Session } from './session';
import type { Shell } from './shell';

/** Builds the page's session around the shell the page made first (see main.tsx). */
export function createBrowserSession(shell: Shell): Session {
  return createSession({
    createCluster,
    createConsole,
    startTime: Date.now(),
    seed: Math.floor(Math.random() * 2 ** 31),
    storage: browserStorage(),
    shell,
  });
}
