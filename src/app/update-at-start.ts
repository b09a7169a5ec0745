// A new version of the site, downloaded by the service worker during an earlier visit, waits until
// the next load and is applied there, before the learner has done anything in the page: the page
// activates it and reloads itself once. Once the learner has typed or clicked, nothing reloads
// under them; the version is announced instead (app-updates.ts) and waits for the next visit.
//
// The page must fetch nothing while the versions swap. Chromium stops the old worker before it
// activates the new one; a request from the page in that gap (the panes' chunks, say) starts the
// old worker again, and the new one then stays waiting until the old one is stopped for being idle
// (never, while DevTools or Playwright is attached). So the swap waits until the page has loaded
// everything it loads by itself, and the panes wait for the swap.

/** How long a swap may take before the page gives up on it and starts as it is. */
const SWAP_TIMEOUT_MS = 10_000;

/** True once the learner has typed or clicked in this page: from then on nothing reloads it by itself. */
export function watchForFirstAction(): () => boolean {
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

function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
}

function controllerChanged(): Promise<boolean> {
  return new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
    setTimeout(() => resolve(false), SWAP_TIMEOUT_MS);
  });
}

export interface StartUpdateOptions {
  /** Settles once the page's own start-up requests are done (the session and what it imports). */
  started: Promise<unknown>;
  learnerActed: () => boolean;
  /** Lets pending saves finish before the reload. */
  beforeReload: () => Promise<unknown>;
}

/**
 * Resolves true when a waiting version is being applied (the page is about to reload; load nothing
 * more), false when the page should carry on.
 */
export async function applyWaitingVersionAtStart(options: StartUpdateOptions): Promise<boolean> {
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  // Without a controller the page came from the network, so it already is the newest version.
  if (!registration?.waiting || !navigator.serviceWorker.controller) return false;
  await Promise.all([pageLoaded(), options.started.catch(() => undefined)]);
  const waiting = registration.waiting;
  if (!waiting || options.learnerActed()) return false;
  await options.beforeReload().catch(() => undefined);
  const swapped = controllerChanged();
  waiting.postMessage({ type: 'SKIP_WAITING' });
  if (!(await swapped)) return false;
  location.reload();
  return true;
}
