// Mounts Pod Lab in two steps. First the shell (layout, console line editor, files, history),
// which is all the first chunk holds, so the console echoes typing as early as possible; then the
// session (simulated cluster, kubectl, lessons), a second chunk loaded at the page's first quiet
// moment (its evaluation is a long task that would otherwise hold up the first echo).
// First: Monaco and xterm.js style themselves in ways the page's CSP refuses unless this runs before them.
import './ui/common/csp-safe-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startOfflineSupport } from './app/app-updates';
import { createBrowserStorage, downloadText } from './app/browser-storage';
import { createNoticesStore } from './app/notices';
import { AppProviders } from './app/session-context';
import { createShell } from './app/shell';
import { storageForPage } from './app/viewing-space';
import { App } from './ui/App';
import { pageIdle } from './ui/common/page-idle';
import './ui/styles/app.css';

// Saved work is read from IndexedDB while the page starts; the shell takes it in when it arrives,
// and the session (whose lessons and progress need it) is made once it has.
const notices = createNoticesStore();
// A shared session's link opens without saving over the learner's own work (viewing-space.ts).
const storage = storageForPage(createBrowserStorage(notices, () => void exportWork()));
const shell = createShell({ storage, notices, ...(storage.space ? { viewing: storage.space } : {}) });
const session = Promise.all([pageIdle().then(() => import('./app/browser-session')), storage.ready]).then(([m]) =>
  m.createBrowserSession(shell),
);

/** The learner's progress and files as the file "Import progress" reads back. */
async function exportWork(): Promise<void> {
  const progress = (await session).lessons?.progress.getState();
  if (progress) downloadText('pod-lab-progress.json', progress.exportText());
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders shell={shell} session={session}>
      <App />
    </AppProviders>
  </StrictMode>,
);

// The service worker only exists in the built site. A returning visitor's is checked for updates
// at once (a waiting version is applied before the learner starts); a first visit installs it,
// which downloads the whole site, only after the session has loaded.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => startOfflineSupport(shell.notices, () => storage.flush());
  void navigator.serviceWorker
    .getRegistration()
    .then((existing) => (existing ? undefined : session.then(pageIdle)))
    .catch(() => undefined)
    .then(start);
}
