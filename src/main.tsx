// Boots Pod Lab so that the console answers as early as possible. index.html is the page's final
// layout, pre-rendered at build time (scripts/boot-vite-plugin.ts), and this first chunk holds only
// the console: the terminal, its line editor, and the shell (files, history, output). It opens the
// console into the pre-rendered pane at once. The session (simulated cluster, kubectl, lessons) is
// requested with the page's first byte (modulepreload) and runs as soon as it arrives; React and the
// panes load once the learner's first command has been answered (or they pause), and take over the
// pre-rendered page, console included.
// First: Monaco and xterm.js style themselves in ways the page's CSP refuses unless this runs before them.
import './ui/common/csp-safe-styles';
import { createBrowserStorage, downloadText } from './app/browser-storage';
import { createNoticesStore } from './app/notices';
import { createShell } from './app/shell';
import { storageForPage } from './app/viewing-space';
import { isWorkshopRoute } from './lessons/route';
import { leadKeysToConsole } from './ui/common/console-focus';
import { nextQuietMoment } from './ui/common/quiet-moment';
import { startFirstConsole } from './ui/console/boot-console';
import { applySavedLayout } from './ui/layout/saved-layout';
import { applyWaitingVersionAtStart, watchForFirstAction } from './app/update-at-start';
import './ui/styles/app.css';

// Saved work is read from IndexedDB while the page starts; the shell takes it in when it arrives,
// and the session (whose lessons and progress need it) is made once it has.
const notices = createNoticesStore();
// A shared session's link opens without saving over the learner's own work (viewing-space.ts).
const storage = storageForPage(createBrowserStorage(notices, () => void exportWork()));
const shell = createShell({ storage, notices, ...(storage.space ? { viewing: storage.space } : {}) });
// Evaluating the session's code and each step of making the session are separate tasks: keys typed
// meanwhile are echoed between them.
// A message, not a timer: a background tab's timers are held back to one a second.
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
const session = Promise.all([import('./app/browser-session'), storage.ready]).then(async ([m]) => {
  await nextTask();
  return m.createBrowserSession(shell, nextTask);
});

/** The learner's progress and files as the file "Import progress" reads back. */
async function exportWork(): Promise<void> {
  const progress = (await session).lessons?.progress.getState();
  if (progress) downloadText('pod-lab-progress.json', progress.exportText());
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The pre-rendered console pane (absent under `vite dev`, where ConsoleView opens the console itself;
// and not wanted on the teacher's workshop page, which React renders at once).
const workshop = isWorkshopRoute(location.hash);
const consoleHost = workshop ? null : root.querySelector<HTMLElement>('.pl-console');
const typingPaused = consoleHost ? startFirstConsole(consoleHost, shell, session) : Promise.resolve();
leadKeysToConsole();
// The pane sizes the learner chose lay the pre-rendered page out as soon as saved data is in, long
// before React takes over: the panes move once at most, early, and not again when React arrives.
if (consoleHost) storage.afterLoad(() => applySavedLayout(root, storage));

// A new version that waits from an earlier visit is applied first (the page then reloads itself).
const offlineSupport = import.meta.env.PROD && 'serviceWorker' in navigator;
const applyingUpdate = offlineSupport
  ? applyWaitingVersionAtStart({
      started: session,
      learnerActed: watchForFirstAction(),
      beforeReload: () => storage.flush(),
    })
  : Promise.resolve(false);

// React and the panes come once the learner is not midway through a command (a line answered, or a
// pause in typing), at a quiet moment: their evaluation and first render are long tasks that would
// otherwise hold up the console's echo and first answer. They do not wait for the session: a
// learner may make files before the cluster has arrived. They wait for saved data (read in a few
// milliseconds, long before a pause in typing), so that their first render has the learner's layout.
const panesMounted = Promise.all([typingPaused, storage.ready, applyingUpdate])
  .then(([, , applying]) => (applying ? new Promise<never>(() => undefined) : undefined))
  .then(nextQuietMoment)
  .then(() => import('./ui/mount'))
  .then((ui) => ui.mountApp(root, shell, session, workshop));

// The service worker only exists in the built site. A returning visitor's is checked for updates
// once a waiting version is out of the way; a first visit installs it, which downloads the whole
// site, only once the page is up (the session and the panes).
if (offlineSupport) {
  const start = () =>
    import('./app/app-updates').then((m) => m.startOfflineSupport(shell.notices, () => storage.flush()));
  void applyingUpdate
    .then(async (applying) => {
      if (applying) return new Promise<never>(() => undefined);
      const existing = await navigator.serviceWorker.getRegistration();
      return existing ? undefined : panesMounted.then(nextQuietMoment);
    })
    .catch(() => undefined)
    .then(start);
}
