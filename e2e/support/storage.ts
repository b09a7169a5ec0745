/// <reference lib="dom" />
// The learner's saved work in the browser: IndexedDB (database "pod-lab", store "saved"), with
// localStorage as the fallback. Tests wipe it as clearing site data would, and read it back.
import type { Page } from '@playwright/test';

/** Forgets everything Pod Lab saved in this browser (the page should be reloaded afterwards). */
export async function clearSavedWork(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('pod-lab');
      open.onupgradeneeded = () => open.result.createObjectStore('saved');
      open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('saved', 'readwrite');
        tx.objectStore('saved').clear();
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => reject(tx.error ?? new Error('clear failed'));
      };
    });
  });
}

/** Every key and value saved in IndexedDB; with `lengthOf`, only the lengths (megabytes need not cross over). */
function readAll(lengthOnly: boolean): Promise<Record<string, string | number>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pod-lab');
    open.onupgradeneeded = () => open.result.createObjectStore('saved');
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction('saved').objectStore('saved');
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        db.close();
        const value = (v: unknown) => (lengthOnly ? String(v).length : String(v));
        resolve(
          Object.fromEntries(
            keys.result.map((k, i) => [typeof k === 'string' ? k : JSON.stringify(k), value(values.result[i])]),
          ),
        );
      };
      values.onerror = () => reject(values.error ?? new Error('getAll failed'));
    };
  });
}

export async function savedEntries(page: Page): Promise<Record<string, string>> {
  return (await page.evaluate(readAll, false)) as Record<string, string>;
}

/** How long the value saved under `key` is (0: nothing saved). */
export async function savedValueLength(page: Page, key: string): Promise<number> {
  return ((await page.evaluate(readAll, true))[key] as number | undefined) ?? 0;
}
