// Where the learner's work lives: IndexedDB (room for megabytes), with localStorage only as a
// fallback, and memory when the browser allows neither (private mode, blocked site data). The
// stores keep their synchronous KeyValueStorage view: everything saved is read into memory once
// at start (asynchronously: the console does not wait for it) and written back in batches.
// Problems are reported, never swallowed: a failed save, unusable storage, a value that cannot be
// read (set aside under its own key, kept, not overwritten).

import type { KeyValueStorage } from './persistence';

/** The asynchronous store underneath (IndexedDB through idb-keyval in the page; a Map in tests). */
export interface AsyncKeyValue {
  entries(): Promise<[string, string][]>;
  setMany(entries: [string, string][]): Promise<void>;
  delMany(keys: string[]): Promise<void>;
}

export type StorageMode = 'indexeddb' | 'localstorage' | 'memory';

export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'save-failed'; full: boolean }
  | { kind: 'saved-again' }
  | { kind: 'set-aside'; key: string; asideKey: string };

export interface DurableStorage extends KeyValueStorage {
  /** Settles once saved data has been read (or found unreadable); never rejects. */
  readonly ready: Promise<StorageMode>;
  mode(): StorageMode | undefined;
  /** Runs `listener` once the saved data is in (at once if it already is). */
  afterLoad(listener: () => void): void;
  /** Resolves when every write so far has been saved: true, or false if one failed. */
  flush(): Promise<boolean>;
  /** Keeps an unreadable value under a key of its own and reports it; the original key is then free. */
  setAside(key: string): void;
}

/** Every key of ours starts with this; nothing else in the origin's storage is touched. */
export const KEY_PREFIX = 'pod-lab:';
/** Which layout of saved data the database holds (1: localStorage only; 2: IndexedDB). */
export const STORAGE_VERSION_KEY = 'pod-lab:storage-version';
export const STORAGE_VERSION = 2;

/** How long IndexedDB may take to open before the page works from localStorage instead. */
const OPEN_TIMEOUT_MS = 4_000;

/**
 * The entries to write into an empty database, from what localStorage holds (version 1 kept
 * everything there): our keys, unchanged, plus the version mark.
 */
export function migrateFromLocalStorage(local: readonly (readonly [string, string])[]): [string, string][] {
  const ours = local.filter(([key]) => key.startsWith(KEY_PREFIX) && key !== STORAGE_VERSION_KEY);
  return [...ours.map(([k, v]): [string, string] => [k, v]), [STORAGE_VERSION_KEY, String(STORAGE_VERSION)]];
}

/** A free key for a set-aside copy of `key`. */
export function asideKeyFor(key: string, taken: (candidate: string) => boolean): string {
  const base = `${KEY_PREFIX}set-aside:${key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key}`;
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}:${n}`)) n++;
  return `${base}:${n}`;
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function localEntries(local: Storage): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < local.length; i++) {
    const key = local.key(i);
    const value = key === null ? null : local.getItem(key);
    if (key !== null && value !== null) out.push([key, value]);
  }
  return out;
}

/** Whether localStorage can be written at all (it throws on access or on write when blocked). */
function usableLocal(local: () => Storage | undefined): Storage | undefined {
  try {
    const storage = local();
    if (!storage) return undefined;
    const probe = `${KEY_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}

export interface DurableStorageOptions {
  /** IndexedDB, or undefined where the browser has none. Opening it may fail: that is handled. */
  database: (() => AsyncKeyValue) | undefined;
  localStorage: () => Storage | undefined;
  report(problem: StorageProblem): void;
}

export function createDurableStorage(options: DurableStorageOptions): DurableStorage {
  const cache = new Map<string, string>();
  const listeners: (() => void)[] = [];
  let mode: StorageMode | undefined;
  let database: AsyncKeyValue | undefined;
  let local: Storage | undefined;
  /** Writes made since the last batch went out: a value, or undefined for a removal. */
  let pending = new Map<string, string | undefined>();
  let batch: Promise<boolean> = Promise.resolve(true);
  let batchScheduled = false;
  let failing = false;

  const outcome = (ok: boolean, error?: unknown) => {
    if (!ok && !failing) options.report({ kind: 'save-failed', full: isQuotaError(error) });
    if (ok && failing) options.report({ kind: 'saved-again' });
    failing = !ok;
    return ok;
  };

  const writeOut = (writes: Map<string, string | undefined>): Promise<boolean> => {
    if (mode === 'memory') return Promise.resolve(false);
    if (mode === 'localstorage' && local) {
      try {
        for (const [key, value] of writes) {
          if (value === undefined) local.removeItem(key);
          else local.setItem(key, value);
        }
        return Promise.resolve(outcome(true));
      } catch (error) {
        return Promise.resolve(outcome(false, error));
      }
    }
    const db = database!;
    const sets = [...writes].filter((e): e is [string, string] => e[1] !== undefined);
    const removals = [...writes].filter(([, v]) => v === undefined).map(([k]) => k);
    return Promise.resolve()
      .then(() => (sets.length ? db.setMany(sets) : undefined))
      .then(() => (removals.length ? db.delMany(removals) : undefined))
      .then(
        () => outcome(true),
        (error: unknown) => outcome(false, error),
      );
  };

  const schedule = () => {
    if (mode === undefined || batchScheduled) return;
    batchScheduled = true;
    batch = batch.then(
      () =>
        new Promise<boolean>((resolve) => {
          queueMicrotask(() => {
            batchScheduled = false;
            const writes = pending;
            pending = new Map();
            resolve(writes.size ? writeOut(writes) : !failing);
          });
        }),
    );
  };

  const write = (key: string, value: string | undefined) => {
    if (value === undefined) cache.delete(key);
    else cache.set(key, value);
    // Before the saved data is in, the stores hold what the learner does; they merge it with
    // what was saved once it arrives and save the result, so nothing is written blind here.
    if (mode === undefined) return;
    pending.set(key, value);
    schedule();
  };

  const finish = (chosen: StorageMode, loaded: Iterable<[string, string]>) => {
    cache.clear();
    for (const [key, value] of loaded) if (key.startsWith(KEY_PREFIX)) cache.set(key, value);
    mode = chosen;
    if (chosen === 'memory') options.report({ kind: 'unavailable' });
    for (const listener of listeners.splice(0)) listener();
    return chosen;
  };

  const fromLocalOrMemory = (): StorageMode => {
    local = usableLocal(options.localStorage);
    return local ? finish('localstorage', localEntries(local)) : finish('memory', []);
  };

  const open = async (): Promise<StorageMode> => {
    if (!options.database) return fromLocalOrMemory();
    let entries: [string, string][];
    try {
      database = options.database();
      entries = await withTimeout(database.entries(), OPEN_TIMEOUT_MS);
    } catch {
      return fromLocalOrMemory();
    }
    const saved = new Map(entries.filter(([, v]) => typeof v === 'string'));
    if (!saved.has(STORAGE_VERSION_KEY)) {
      // First load with IndexedDB: bring over what version 1 kept in localStorage, and only
      // once it is safely written, free localStorage of it.
      const from = usableLocal(options.localStorage);
      const migrated = migrateFromLocalStorage(from ? localEntries(from) : []);
      try {
        await database.setMany(migrated);
      } catch {
        return fromLocalOrMemory();
      }
      for (const [key] of migrated) if (key !== STORAGE_VERSION_KEY) from?.removeItem(key);
      for (const [key, value] of migrated) saved.set(key, value);
    }
    return finish('indexeddb', saved);
  };

  const ready = open().catch(() => finish('memory', []));

  return {
    ready,
    mode: () => mode,
    getItem: (key) => cache.get(key) ?? null,
    setItem: (key, value) => write(key, String(value)),
    removeItem: (key) => write(key, undefined),
    afterLoad(listener) {
      if (mode === undefined) listeners.push(listener);
      else listener();
    },
    flush() {
      return ready.then(() => {
        schedule();
        return batch;
      });
    },
    setAside(key) {
      const value = cache.get(key);
      if (value === undefined) return;
      const asideKey = asideKeyFor(key, (candidate) => cache.has(candidate));
      write(asideKey, value);
      write(key, undefined);
      options.report({ kind: 'set-aside', key, asideKey });
    },
  };
}
