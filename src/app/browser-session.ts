// The session the web page runs: real start time, a random seed per page load, the page's storage.
// (src/sim stays deterministic; the page is where real time and randomness enter, once.)
// A saved session, or one in a link, is replayed first, so a reload or a shared link shows the
// cluster it was made on rather than a lesson's start. A link's session is shown in a viewing
// space (viewing-space.ts) that saves nothing over the learner's own until they keep it.

import { createConsole } from '../kubectl/console';
import { createCluster } from '../sim/index';
import { routeHash, SANDBOX_ID } from '../lessons/route';
import { bundledCatalog } from './bundled-lessons';
import { openFromRoute } from './lesson-controller';
import { readSaved } from './persistence';
import { createSession, type Session } from './session';
import { openSessionLink } from './session-link';
import { readRecord, type SessionRecord } from './session-record';
import { SESSION_RECORD_KEY } from './session-recorder';
import { resumeSession } from './session-replay';
import type { Shell } from './shell';
import { markStartup, measureStartup } from './startup-marks';
import { isSessionLink } from './viewing-space';

// This module evaluates after the simulator and kubectl it imports: the session's code is in.
markStartup('session-code-evaluated');

export const LINK_NOTICE = 'session-link';

/**
 * Builds the page's session around the shell the page made first (see main.tsx). Making the cluster,
 * replaying a saved session and opening the lesson (its start state and settle) are long tasks:
 * `nextTask` lets keys typed meanwhile be echoed between them. Nothing reaches the session before
 * it resolves, so the steps run as they would in one go.
 */
export async function createBrowserSession(shell: Shell, nextTask: () => Promise<void>): Promise<Session> {
  const hash = location.hash;
  const link = openSessionLink(hash);
  if (link?.kind === 'refused') shell.notices.getState().show({ id: LINK_NOTICE, tone: 'error', text: link.reason });
  const record: SessionRecord | undefined =
    link?.kind === 'record' ? link.record : readSaved(shell.storage, SESSION_RECORD_KEY, readRecord);

  const make = (from: SessionRecord | undefined) =>
    createSession({
      createCluster,
      createConsole,
      startTime: from?.start ?? Date.now(),
      seed: from?.seed ?? Math.floor(Math.random() * 2 ** 31),
      shell,
      catalog: bundledCatalog(),
      playing: from ? false : true,
    });
  let session = measureStartup('cluster', () => make(record));
  await nextTask();
  // The cluster is back where it was before the console runs its first line (one typed while this
  // chunk loaded waits for the session), so nothing the learner does lands on a cluster being rebuilt.
  if (record) {
    try {
      measureStartup('replay', () => resume(session, record, link?.kind === 'record'));
    } catch {
      session.dispose();
      session = make(undefined);
      shell.notices.getState().show({
        id: LINK_NOTICE,
        tone: 'error',
        text: 'Pod Lab could not replay the saved session, so the cluster starts from the lesson’s start state.',
      });
    }
  }
  // A shared session is shown in a space of its own; anything else is the learner's own page.
  if (link?.kind === 'record') shell.viewing?.showing(hash);
  else void shell.viewing?.keep();
  if (session.lessons) {
    await nextTask();
    const lessons = session.lessons;
    measureStartup('lesson-open', () => openFromRoute(lessons, link ? '' : hash));
    // The session link has done its work: the address is the lesson's again (a reload replays the saved session).
    if (link) history.replaceState(null, '', currentRoute(session));
  }
  // A session link pasted into this tab's address bar opens as it would in a new tab.
  window.addEventListener('hashchange', () => {
    if (!isSessionLink(location.hash)) return;
    session.recorder.saveNow();
    void (shell.storage?.flush?.() ?? Promise.resolve(true)).then(() => location.reload());
  });
  // A learner may close the tab right after typing: what is still waiting is saved first.
  const leaving = () => {
    session.recorder.saveNow();
    shell.storage?.saveBeforeLeaving?.();
  };
  addEventListener('pagehide', leaving);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leaving();
  });
  return session;
}

function currentRoute(session: Session): string {
  const view = session.lessons?.controller.view.getState();
  if (!view?.lesson || view.lesson.id === SANDBOX_ID) return routeHash({ sandbox: true });
  return routeHash({ lesson: view.lesson.id, step: view.runner?.current() ?? 1 });
}

function resume(session: Session, record: SessionRecord, fromLink: boolean): void {
  const outcome = resumeSession(session, record, createConsole);
  if (fromLink) {
    // The link's files are the learner's workspace now, as the cluster is.
    const files = session.files.getState();
    for (const file of files.files) if (!outcome.files.has(file.name)) files.remove(file.name);
    for (const [name, content] of outcome.files) session.files.getState().write(name, content);
  }
  if (record.playing) session.clockDriver.getState().play();
  const minutes = Math.floor(record.now / 60_000);
  const seconds = Math.floor((record.now % 60_000) / 1000);
  const elapsed = `${minutes}m${String(seconds).padStart(2, '0')}s`;
  const source = fromLink ? 'the session from the link' : 'your session';
  const commands = `${outcome.commands} ${outcome.commands === 1 ? 'command' : 'commands'}`;
  session.output.write(
    `Pod Lab replayed ${source}: ${commands}, ${elapsed} of simulated time. The cluster is as it was${record.playing ? '' : ' (the clock is paused, as it was)'}.\n`,
  );
}
