// The service worker (built by vite-plugin-pwa, see vite.config.ts) keeps the whole site cached so
// Pod Lab opens offline. A new version installs in the background and waits: it is announced in
// the page and applied on the next load (update-at-start.ts), never by reloading under a learner
// in the middle of a lesson. "Update now" is that next load, at once.

import { Workbox } from 'workbox-window';
import type { NoticesStore } from './notices';

export const UPDATE_NOTICE = 'app-update';
export const OFFLINE_READY_NOTICE = 'offline-ready';

/**
 * Registers the service worker and announces what it does. `beforeReload` lets pending saves
 * finish before a reload the learner asked for.
 */
export function startOfflineSupport(notices: NoticesStore, beforeReload: () => Promise<unknown>): void {
  if (!('serviceWorker' in navigator)) return;
  // Relative, like every other URL of the site: it works from any sub-path.
  const workbox = new Workbox('./sw.js', { scope: './' });
  const reloadNow = () =>
    void beforeReload()
      .catch(() => undefined)
      .then(() => location.reload());

  workbox.addEventListener('waiting', () => {
    notices.getState().show({
      id: UPDATE_NOTICE,
      tone: 'info',
      text: 'A new version of Pod Lab is ready. It will be used the next time Pod Lab opens; your work is kept.',
      actions: [
        { label: 'Update now', run: reloadNow },
        { label: 'Later', run: () => notices.getState().dismiss(UPDATE_NOTICE) },
      ],
    });
  });
  workbox.addEventListener('installed', (event) => {
    if (event.isUpdate) return;
    notices.getState().show({
      id: OFFLINE_READY_NOTICE,
      tone: 'info',
      text: 'Pod Lab is saved on this device and now works without a network.',
      announceOnly: true,
    });
  });
  void workbox.register().catch(() => undefined);
}
