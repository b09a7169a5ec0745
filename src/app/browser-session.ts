// The session the web page runs: real start time, a random seed per page load, the page's storage.
// (src/sim stays deterministic; the page is where real time and randomness enter, once.)

import { createConsole } from '../kubectl/console';
import { createCluster } from '../sim/index';
import { bundledCatalog } from './bundled-lessons';
import { openFromRoute } from './lesson-controller';
import { createSession, type Session } from './session';
import type { Shell } from './shell';

/** Builds the page's session around the shell the page made first (see main.tsx). */
export function createBrowserSession(shell: Shell): Session {
  const session = createSession({
    createCluster,
    createConsole,
    startTime: Date.now(),
    seed: Math.floor(Math.random() * 2 ** 31),
    shell,
    catalog: bundledCatalog(),
  });
  // The lesson's start state is in place before the console runs its first line (one typed while
  // this chunk loaded waits for the session), so nothing the learner does is reset under them.
  if (session.lessons) openFromRoute(session.lessons, location.hash);
  return session;
}
