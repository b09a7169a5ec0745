// Pane sizes the learner chose, kept across reloads (a layout that resets on every visit is a chore).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browserStorage, loadJson, saveJson } from '../../app/persistence';

export interface LayoutPrefs {
  /** Width of the lesson pane, in % of the page. */
  lessonWidth: number;
  /** Height of the editor, in % of the right column. */
  editorHeight: number;
  /** The console spans the whole width under the lesson and the editor (wide tables, describe). */
  consoleWide: boolean;
  set(patch: Partial<Pick<LayoutPrefs, 'lessonWidth' | 'editorHeight' | 'consoleWide'>>): void;
}

const KEY = 'pod-lab:layout:v1';

export function createLayoutPrefs(): StoreApi<LayoutPrefs> {
  const storage = browserStorage();
  const saved = loadJson(storage, KEY) as Partial<LayoutPrefs> | undefined;
  const number = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const store = createStore<LayoutPrefs>()((set) => ({
    lessonWidth: number(saved?.lessonWidth, 40),
    editorHeight: number(saved?.editorHeight, 50),
    consoleWide: saved?.consoleWide === true,
    set: (patch) => set(patch),
  }));
  store.subscribe((s) =>
    saveJson(storage, KEY, { lessonWidth: s.lessonWidth, editorHeight: s.editorHeight, consoleWide: s.consoleWide }),
  );
  return store;
}
