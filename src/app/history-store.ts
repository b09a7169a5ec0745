// The console's command history, kept across reloads like bash's ~/.bash_history. Up/Down in the
// line editor walks it; the console engine receives it at start for its `history` command.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { type KeyValueStorage, readSaved, saveJson } from './persistence';

export interface HistoryState {
  /** Oldest first. */
  lines: string[];
  add(line: string): void;
  clear(): void;
}

export type HistoryStore = StoreApi<HistoryState>;

export const DEFAULT_HISTORY_KEY = 'pod-lab:history:v1';

/** bash's default HISTSIZE. */
export const HISTORY_LIMIT = 500;

function parseLines(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((l): l is string => typeof l === 'string') : undefined;
}

export function createHistoryStore(
  options: { storage?: KeyValueStorage; key?: string; limit?: number } = {},
): HistoryStore {
  const key = options.key ?? DEFAULT_HISTORY_KEY;
  const limit = options.limit ?? HISTORY_LIMIT;
  const read = () => readSaved(options.storage, key, parseLines)?.slice(-limit);
  const initial = read() ?? [];

  const store = createStore<HistoryState>()((set, get) => ({
    lines: initial,
    add(line) {
      // Like bash with HISTCONTROL=ignoreboth (Debian's default .bashrc): no blank lines, no lines
      // starting with a space, no immediate repeats.
      if (line.trim() === '' || line.startsWith(' ')) return;
      const lines = get().lines;
      if (lines[lines.length - 1] === line) return;
      set({ lines: [...lines, line].slice(-limit) });
    },
    clear() {
      set({ lines: [] });
    },
  }));
  store.subscribe((state, previous) => {
    if (state.lines !== previous.lines) saveJson(options.storage, key, state.lines);
  });
  // History read after the page started goes before the lines typed meanwhile.
  let creating = true;
  options.storage?.afterLoad?.(() => {
    if (creating) return;
    const lines = store.getState().lines;
    const early = lines.slice(initial.length);
    store.setState({ lines: [...(read() ?? []), ...early].slice(-limit) });
  });
  creating = false;
  return store;
}
