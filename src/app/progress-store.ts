// The learner's progress as a zustand store (made by a factory: one per page, one per test),
// saved to storage on every change, exportable as a file and importable from one.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { type KeyValueStorage, readSaved, saveJson } from './persistence';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  progressFromJson,
  withFiles,
  withLessonReset,
  withStepDone,
  withStepOpen,
  type ImportResult,
  type Progress,
} from '../lessons/progress';

export const PROGRESS_KEY = 'pod-lab:progress:v1';

export interface ProgressState {
  progress: Progress;
  openStep(lesson: string, step: number): void;
  markDone(lesson: string, step: number): void;
  saveFiles(lesson: string, files: Record<string, string>): void;
  resetLesson(lesson: string): void;
  /** The export file's text. */
  exportText(): string;
  /** Replaces all progress with an imported file; returns an error message when the file is refused. */
  importText(text: string): string | undefined;
  /** Reads an import file without applying it (to ask before replacing); refusals carry the reason. */
  readImport(text: string): ImportResult;
  replaceWith(progress: Progress): void;
  /** Resolves once progress is saved: true, or false when saving failed (storage full or unavailable). */
  whenSaved(): Promise<boolean>;
}

export type ProgressStore = StoreApi<ProgressState>;

export function createProgressStore(storage: KeyValueStorage | undefined): ProgressStore {
  const saved = readSaved(storage, PROGRESS_KEY, (value) => {
    const result = progressFromJson(value);
    return result.ok ? result.progress : undefined;
  });
  const store = createStore<ProgressState>()((set, get) => ({
    progress: saved ?? emptyProgress(),
    openStep: (lesson, step) => set({ progress: withStepOpen(get().progress, lesson, step) }),
    markDone: (lesson, step) => set({ progress: withStepDone(get().progress, lesson, step) }),
    saveFiles: (lesson, files) => set({ progress: withFiles(get().progress, lesson, files) }),
    resetLesson: (lesson) => set({ progress: withLessonReset(get().progress, lesson) }),
    exportText: () => exportProgress(get().progress),
    importText(text) {
      const result = importProgress(text);
      if (!result.ok) return result.error;
      set({ progress: result.progress });
      return undefined;
    },
    readImport: (text) => importProgress(text),
    replaceWith: (progress) => set({ progress }),
    whenSaved: () => storage?.flush?.() ?? Promise.resolve(storage !== undefined),
  }));
  store.subscribe((state, previous) => {
    if (state.progress !== previous.progress) saveJson(storage, PROGRESS_KEY, state.progress);
  });
  return store;
}
