// Pane sizes the learner chose, kept across reloads (a layout that resets on every visit is a chore).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type KeyValueStorage, saveJson } from '../../app/persistence';
import { DEFAULT_LAYOUT, LAYOUT_KEY, type LayoutSizes, readSavedLayout } from './saved-layout';

export interface LayoutPrefs extends LayoutSizes {
  set(patch: Partial<LayoutSizes>): void;
}

export function createLayoutPrefs(storage: KeyValueStorage | undefined): StoreApi<LayoutPrefs> {
  const saved = readSavedLayout(storage) ?? DEFAULT_LAYOUT;
  const store = createStore<LayoutPrefs>()((set) => ({ ...saved, set: (patch) => set(patch) }));
  store.subscribe((s) =>
    saveJson(storage, LAYOUT_KEY, {
      lessonWidth: s.lessonWidth,
      editorHeight: s.editorHeight,
      consoleWide: s.consoleWide,
    }),
  );
  // Sizes read after the page started apply then (the panes move once, at start).
  storage?.afterLoad?.(() => {
    const restored = readSavedLayout(storage);
    if (restored) store.setState(restored);
  });
  return store;
}
