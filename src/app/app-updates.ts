// The service worker (built by vite-plugin-pwa, see vite.config.ts) keeps the whole site cached so
// Pod Lab opens offline. A new version installs in the background and waits: it is announced in
// the page and applied on the next load, never by reloading under a learner in the middle of a
// lesson. "Next load": a waiting version is activated as the page starts, before the learner has
// done anything there; once they have, it waits for the next visit (or their "Update now").

import { Workbox } from 'workbox-window';
import type { NoticesStore } from './notices';

export const UPDATE_NOTICE = 'app-update';
export const OFFLINE_READY_NOTICE = 'offline-ready';

/** True once the learner has typed or clicked in this page: from then on nothing reloads it by itself. */
function watchForFirstAction(): () => boolean {
  let acted = false;
  const mark = () => {
    acted = true;
    removeEventListener('keydown', mark, true);
    removeEventListener('pointerdown', mark, true);
  };
  addEventListener('keydown', mark, true);
  addEventListener('pointerdown', mark, true);
  return () => acted;
}

/**
 * Registers the service worker. `beforeReload` lets pending saves finish before a reload the
 * learner asked for.
 */
export function startOfflineSupport(notices: NoticesStore, beforeReload: () => Promise<unknown>): void {
  if (!('serviceWorker' in navigator)) return;
  const learnerActed = watchForFirstAction();
  // Relative, like every other URL of the site: it works from any sub-path.
  const workbox = new Workbox('./sw.js', { scope: './' });
  let reloadWhenActive = false;

  const applyUpdate = () => {
    reloadWhenActive = true;
    void beforeReload()
      .catch(() => undefined)
      .then(() => workbox.messageSkipWaiting());
  };

  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate && reloadWhenActive) location.reload();
  });
  workbox.addEventListener('waiting', () => {
    if (!learnerActed()) {
      applyUpdate();
      return;
    }
    notices.getState().show({
      id: UPDATE_NOTICE,
      tone: 'info',
      text: 'A new version of Pod Lab is ready. It will be used the next time Pod Lab opens; your work is kept.',
      actions: [
        { label: 'Update now', run: applyUpdate },
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
