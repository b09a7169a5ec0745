// Pane sizes the learner chose, kept across reloads (a layout that resets on every visit is a chore).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type KeyValueStorage, readSaved, saveJson } from '../../app/persistence';

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

type Sizes = Pick<LayoutPrefs, 'lessonWidth' | 'editorHeight' | 'consoleWide'>;

function parseSizes(value: unknown): Sizes | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const saved = value as Partial<Record<keyof Sizes, unknown>>;
  const number = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return {
    lessonWidth: number(saved.lessonWidth, 40),
    editorHeight: number(saved.editorHeight, 50),
    consoleWide: saved.consoleWide === true,
  };
}

export function createLayoutPrefs(storage: KeyValueStorage | undefined): StoreApi<LayoutPrefs> {
  const saved = readSaved(storage, KEY, parseSizes) ?? parseSizes({})!;
  const store = createStore<LayoutPrefs>()((set) => ({ ...saved, set: (patch) => set(patch) }));
  store.subscribe((s) =>
    saveJson(storage, KEY, { lessonWidth: s.lessonWidth, editorHeight: s.editorHeight, consoleWide: s.consoleWide }),
  );
  // Sizes read after the page started apply then (the panes move once, at start).
  storage?.afterLoad?.(() => {
    const restored = readSaved(storage, KEY, parseSizes);
    if (restored) store.setState(restored);
  });
  return store;
}
