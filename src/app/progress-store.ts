// The learner's progress as a zustand store (made by a factory: one per page, one per test),
// saved to storage on every change, exportable as a file and importable from one.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { type KeyValueStorage, loadJson, saveJson } from './persistence';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  progressFromJson,
  withFiles,
  withLessonReset,
  withStepDone,
  withStepOpen,
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
}

export type ProgressStore = StoreApi<ProgressState>;

export function createProgressStore(storage: KeyValueStorage | undefined): ProgressStore {
  const saved = progressFromJson(loadJson(storage, PROGRESS_KEY));
  const store = createStore<ProgressState>()((set, get) => ({
    progress: saved.ok ? saved.progress : emptyProgress(),
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
  }));
  store.subscribe((state, previous) => {
    if (state.progress !== previous.progress) saveJson(storage, PROGRESS_KEY, state.progress);
  });
  return store;
}
