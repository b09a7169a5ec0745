// The page's storage: IndexedDB through idb-keyval, localStorage as the fallback, and what the
// learner is told when it goes wrong (durable-storage.ts decides; the notices say it, with a way
// to take the work away as a file).

import { createStore, delMany, entries, setMany } from 'idb-keyval';
import { createDurableStorage, type DurableStorage, type StorageProblem } from './durable-storage';
import type { Notice, NoticesStore } from './notices';

export const SAVE_NOTICE = 'storage-save';
export const UNAVAILABLE_NOTICE = 'storage-unavailable';

/** What a storage problem tells the learner; `exportWork` downloads their work as a file. */
export function noticeFor(problem: StorageProblem, exportWork: () => void, dismiss: (id: string) => void): Notice {
  const exportAction = { label: 'Export my work', run: exportWork };
  switch (problem.kind) {
    case 'save-failed':
      return {
        id: SAVE_NOTICE,
        tone: 'error',
        text: problem.full
          ? 'Your work is not being saved: this browser’s storage for Pod Lab is full. Export it to keep it; what you do now is lost on reload.'
          : 'Your work is not being saved: this browser refused to store it. Export it to keep it; what you do now is lost on reload.',
        actions: [exportAction],
      };
    case 'saved-again':
      return { id: SAVE_NOTICE, tone: 'info', text: 'Your work is being saved again.', announceOnly: true };
    case 'unavailable':
      return {
        id: UNAVAILABLE_NOTICE,
        tone: 'error',
        text: 'This browser does not let Pod Lab save anything (private mode or blocked site data). Everything works, but your work is gone when this tab closes unless you export it.',
        actions: [exportAction],
      };
    case 'set-aside':
      return {
        id: `storage-set-aside:${problem.key}`,
        tone: 'error',
        text: `Some saved work (${problem.key}) could not be read, so Pod Lab started without it. It is kept, unchanged, in this browser as ${problem.asideKey}.`,
        actions: [{ label: 'Dismiss', run: () => dismiss(`storage-set-aside:${problem.key}`) }],
      };
  }
}

export function createBrowserStorage(notices: NoticesStore, exportWork: () => void): DurableStorage {
  // Reaching indexedDB can itself throw where site data is blocked: durable storage catches it.
  const database = () => {
    const store = createStore('pod-lab', 'saved');
    return {
      entries: () => entries<string, string>(store),
      setMany: (list: [string, string][]) => setMany(list, store),
      delMany: (keys: string[]) => delMany(keys, store),
    };
  };
  const storage = createDurableStorage({
    database,
    localStorage: () => globalThis.localStorage,
    report(problem) {
      notices.getState().show(noticeFor(problem, exportWork, (id) => notices.getState().dismiss(id)));
    },
  });
  // Closing the tab (or leaving it hidden, where a phone may discard it) must not drop the last edits.
  addEventListener('pagehide', () => storage.saveBeforeLeaving());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') storage.saveBeforeLeaving();
  });
  return storage;
}

/** Offers `text` as a downloaded file, made in the page (no server involved). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
