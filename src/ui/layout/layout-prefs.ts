// Pane sizes the learner chose, kept across reloads (a layout that resets on every visit is a chore).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type KeyValueStorage, saveJson } from '../../app/persistence';
import { DEFAULT_LAYOUT, LAYOUT_KEY, type LayoutSizes, readSavedLayout } from './saved-layout';

export interface LayoutPrefs extends LayoutSizes {
  set(patch: Partial<LayoutSizes>): void;
}

export function createLayoutPrefs(storage: KeyValueStorage | undefined): StoreApi<LayoutPrefs> {
  const saved = readSavedLayout(storage) ?? DEFAULT_LAYOUT;
  /** Sizes the learner set before saved data was read: theirs, so they win over what was saved. */
  const early: Partial<LayoutSizes> = {};
  let loaded = storage?.afterLoad === undefined;
  const store = createStore<LayoutPrefs>()((set) => ({
    ...saved,
    set(patch) {
      if (!loaded) Object.assign(early, patch);
      set(patch);
    },
  }));
  store.subscribe((s) =>
    saveJson(storage, LAYOUT_KEY, {
      lessonWidth: s.lessonWidth,
      editorHeight: s.editorHeight,
      consoleWide: s.consoleWide,
    }),
  );
  // Sizes read after the page started apply then (the panes move once, at start), under any the
  // learner chose meanwhile; setting the state saves the result, now that saving works.
  let creating = true;
  storage?.afterLoad?.(() => {
    loaded = true;
    if (creating) return;
    const restored = readSavedLayout(storage);
    if (restored || Object.keys(early).length > 0) store.setState({ ...(restored ?? DEFAULT_LAYOUT), ...early });
  });
  creating = false;
  return store;
}
