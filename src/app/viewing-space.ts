// A shared session opens in a space of its own. A teacher who opens a pupil's link must not lose
// their own saved cluster, files and progress to it. So a page opened on a `#/session/…` link
// reads the learner's storage but writes nowhere: every write stays in memory, on top of what is
// saved. The learner then keeps a copy (what the page holds now goes to their storage, and
// saving goes on as usual), or goes back to their own session, which nothing has touched.
//
// This module is small and has no dependencies, because the page decides on it before anything
// else loads.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DurableStorage } from './durable-storage';

const SESSION_LINK_PREFIX = '#/session/';

export function isSessionLink(hash: string): boolean {
  return hash.startsWith(SESSION_LINK_PREFIX);
}

/**
 * 'opening': the link is being read; 'viewing': a shared session is shown and nothing is saved;
 * 'own': the page saves to the learner's storage as any page does.
 */
export type ViewingMode = 'opening' | 'viewing' | 'own';

export interface ViewingSpace {
  readonly mode: StoreApi<{ mode: ViewingMode }>;
  /** The shared session from `link` is on screen: saving stays off, and a reload shows it again. */
  showing(link: string): void;
  /** What the page holds now becomes the learner's saved work, and saving goes on from here. */
  keep(): Promise<boolean>;
  /** Back to the learner's own session, as they saved it (the page loads again). */
  leave(): void;
}

/** Which shared session a reload of this tab shows again (this tab's, so never another tab's). */
const RELOAD_KEY = 'pod-lab:viewing-link';

function rememberLink(link: string | undefined): void {
  try {
    if (link === undefined) sessionStorage.removeItem(RELOAD_KEY);
    else sessionStorage.setItem(RELOAD_KEY, link);
  } catch {
    // No session storage (blocked site data): a reload then shows the learner's own session.
  }
}

/**
 * The page's storage: the learner's own, or, when the page opens on a session link (or is a reload
 * of a tab that was showing one), a viewing space over it.
 */
export function storageForPage(own: DurableStorage): DurableStorage & { space?: ViewingSpace } {
  if (!isSessionLink(location.hash)) {
    let link: string | null;
    try {
      link = sessionStorage.getItem(RELOAD_KEY);
    } catch {
      link = null;
    }
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (link === null || navigation?.type !== 'reload' || !isSessionLink(link)) {
      rememberLink(undefined);
      return own;
    }
    history.replaceState(null, '', link);
  }
  return createViewingStorage(own);
}

/** `own` wrapped so that nothing is written to it until the learner keeps the viewed session. */
function createViewingStorage(own: DurableStorage): DurableStorage & { space: ViewingSpace } {
  /** Writes made while viewing: a value, or undefined for a removal. */
  const written = new Map<string, string | undefined>();
  const mode = createStore<{ mode: ViewingMode }>()(() => ({ mode: 'opening' }));
  const saving = () => mode.getState().mode === 'own';

  const write = (key: string, value: string | undefined) => {
    if (saving()) {
      if (value === undefined) own.removeItem(key);
      else own.setItem(key, value);
      return;
    }
    // As the learner's own storage does: nothing is kept before saved data has been read.
    if (own.mode() !== undefined) written.set(key, value);
  };

  const space: ViewingSpace = {
    mode,
    showing(link) {
      if (saving()) return;
      mode.setState({ mode: 'viewing' });
      rememberLink(link);
    },
    leave() {
      rememberLink(undefined);
      history.replaceState(null, '', location.pathname + location.search);
      location.reload();
    },
    keep() {
      rememberLink(undefined);
      if (!saving()) {
        mode.setState({ mode: 'own' });
        for (const [key, value] of written) write(key, value);
        written.clear();
      }
      return own.flush();
    },
  };

  return {
    space,
    ready: own.ready,
    mode: () => own.mode(),
    getItem(key) {
      if (written.has(key)) return written.get(key) ?? null;
      return own.getItem(key);
    },
    setItem: (key, value) => write(key, String(value)),
    removeItem: (key) => write(key, undefined),
    afterLoad: (listener) => own.afterLoad(listener),
    flush: () => (saving() ? own.flush() : own.ready.then(() => true)),
    saveBeforeLeaving() {
      if (saving()) own.saveBeforeLeaving();
    },
    setAside(key) {
      // Setting aside moves saved data: only the learner's own page may do that (an unreadable
      // value reads as nothing saved anyway).
      if (saving()) own.setAside(key);
    },
  };
}
