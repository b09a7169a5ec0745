// The learner's workspace files: what the editor's tabs show and what `kubectl apply -f NAME`,
// `cat` and `ls` read. Saved to storage on every change, so a reload keeps the work; `reset`
// puts back the originals (the lesson's start files), which the UI does only after confirmation.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Workspace } from '../kubectl/console-types';
import { fileNameProblem as checkFileName } from '../kubectl/file-names';
import { type KeyValueStorage, readSaved, saveJson } from './persistence';
import type { StarterFile } from './starter-files';

export interface WorkspaceFile {
  name: string;
  content: string;
}

export interface FilesState {
  files: WorkspaceFile[];
  /** The file shown in the editor; undefined only when there are no files. */
  active: string | undefined;
  /** What `reset` restores. */
  originals: readonly WorkspaceFile[];
  /** The files as this page found them (restored from storage, or the originals): anything that
   * differs from these was written by the learner since the page loaded. */
  readonly atLoad: readonly WorkspaceFile[];
  write(name: string, content: string): void;
  setActive(name: string): void;
  /** Adds an empty file and shows it; returns an error message instead when the name is not usable. */
  create(name: string, content?: string): string | undefined;
  remove(name: string): void;
  /** Restores the originals, dropping every change and every added file. */
  reset(): void;
  /** A lesson's start files: they become the originals, and the workspace when nothing was saved for them. */
  setOriginals(files: readonly StarterFile[]): void;
}

export type FilesStore = StoreApi<FilesState>;

export interface FilesStoreOptions {
  originals: readonly StarterFile[];
  storage?: KeyValueStorage;
  /** Storage key; one per lesson keeps each lesson's work apart. */
  key?: string;
}

export const DEFAULT_FILES_KEY = 'pod-lab:files:v1';

interface Saved {
  files: WorkspaceFile[];
  active?: string;
}

/** The editor's rules for a new file's name (src/kubectl/file-names.ts), against the files there are. */
export function fileNameProblem(name: string, existing: readonly WorkspaceFile[]): string | undefined {
  return checkFileName(
    name,
    existing.map((f) => f.name),
  );
}

function parseSaved(value: unknown): Saved | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const files = (value as { files?: unknown }).files;
  if (!Array.isArray(files)) return undefined;
  const clean = files.filter(
    (f: unknown): f is WorkspaceFile =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as WorkspaceFile).name === 'string' &&
      typeof (f as WorkspaceFile).content === 'string',
  );
  const active = (value as { active?: unknown }).active;
  return { files: clean, active: typeof active === 'string' ? active : undefined };
}

const copy = (files: readonly StarterFile[]): WorkspaceFile[] =>
  files.map((f) => ({ name: f.name, content: f.content }));

export function createFilesStore(options: FilesStoreOptions): FilesStore {
  const key = options.key ?? DEFAULT_FILES_KEY;
  const saved = readSaved(options.storage, key, parseSaved);
  const initialFiles = saved ? saved.files : copy(options.originals);
  const initialActive =
    saved?.active && initialFiles.some((f) => f.name === saved.active) ? saved.active : initialFiles[0]?.name;

  const store = createStore<FilesState>()((set, get) => ({
    files: initialFiles,
    active: initialActive,
    originals: copy(options.originals),
    atLoad: copy(initialFiles),
    write(name, content) {
      const files = get().files;
      const index = files.findIndex((f) => f.name === name);
      if (index >= 0) {
        if (files[index]!.content === content) return;
        const next = [...files];
        next[index] = { name, content };
        set({ files: next });
      } else {
        set({ files: [...files, { name, content }], active: get().active ?? name });
      }
    },
    setActive(name) {
      if (get().files.some((f) => f.name === name)) set({ active: name });
    },
    create(name, content = '') {
      const problem = fileNameProblem(name, get().files);
      if (problem) return problem;
      set({ files: [...get().files, { name, content }], active: name });
      return undefined;
    },
    remove(name) {
      const files = get().files;
      const index = files.findIndex((f) => f.name === name);
      if (index < 0) return;
      const next = files.filter((f) => f.name !== name);
      const active = get().active === name ? (next[Math.min(index, next.length - 1)]?.name ?? undefined) : get().active;
      set({ files: next, active });
    },
    reset() {
      const files = copy(get().originals);
      set({ files, active: files[0]?.name });
    },
    setOriginals(originals) {
      set({ originals: copy(originals) });
      if (!readSaved(options.storage, key, parseSaved)) get().reset();
    },
  }));

  const save = (state: FilesState) =>
    saveJson(options.storage, key, { files: state.files, active: state.active } satisfies Saved);
  store.subscribe((state, previous) => {
    if (state.files !== previous.files || state.active !== previous.active) save(state);
  });

  // Saved files that arrive after the page has started (read asynchronously) replace the start
  // files; anything the learner wrote meanwhile is kept on top of them.
  let creating = true;
  options.storage?.afterLoad?.(() => {
    if (creating) return; // Loaded already: the read above saw it.
    const state = store.getState();
    const restored = readSaved(options.storage, key, parseSaved);
    if (!restored) {
      if (state.files !== initialFiles || state.active !== initialActive) save(state);
      return;
    }
    const files = [...restored.files];
    for (const early of changedSinceLoad(state)) {
      const index = files.findIndex((f) => f.name === early.name);
      if (index >= 0) files[index] = early;
      else files.push(early);
    }
    const wanted = state.active !== initialActive ? state.active : restored.active;
    const active = wanted && files.some((f) => f.name === wanted) ? wanted : files[0]?.name;
    store.setState({ files, active, atLoad: copy(restored.files) });
  });
  creating = false;
  return store;
}

/** Files written or changed since the page loaded: the learner's, whatever happens to the workspace. */
export function changedSinceLoad(state: Pick<FilesState, 'files' | 'atLoad'>): WorkspaceFile[] {
  return state.files.filter((f) => !state.atLoad.some((l) => l.name === f.name && l.content === f.content));
}

/** The console's view of the files store: `kubectl apply -f`, `cat`, `ls` and `kubectl cp` go through here. */
export function workspaceOf(store: FilesStore): Workspace {
  return {
    list: () => store.getState().files.map((f) => f.name),
    read: (name) => store.getState().files.find((f) => f.name === name)?.content,
    write: (name, content) => store.getState().write(name, content),
  };
}
