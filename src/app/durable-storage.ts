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
  /**
   * The page is being hidden or closed: writes the database has not confirmed yet are copied to
   * localStorage at once (it writes synchronously), and the next page applies them if they never
   * arrived. Writes still waiting for their batch start now.
   */
  saveBeforeLeaving(): void;
  /** Keeps an unreadable value under a key of its own and reports it; the original key is then free. */
  setAside(key: string): void;
}

/** Every key of ours starts with this; nothing else in the origin's storage is touched. */
export const KEY_PREFIX = 'pod-lab:';
/** Which layout of saved data the database holds (1: localStorage only; 2: IndexedDB). */
export const STORAGE_VERSION_KEY = 'pod-lab:storage-version';
export const STORAGE_VERSION = 2;
/** Where the page leaves its unconfirmed writes when it is hidden: JSON [key, value or null][]. */
export const UNSAVED_WRITES_KEY = 'pod-lab:unsaved-writes';

/** How long IndexedDB may take to open before the page works from localStorage instead. */
const OPEN_TIMEOUT_MS = 4_000;

/**
 * The entries to write into an empty database, from what localStorage holds (version 1 kept
 * everything there): our keys, unchanged, plus the version mark.
 */
export function migrateFromLocalStorage(local: readonly (readonly [string, string])[]): [string, string][] {
  const ours = local.filter(
    ([key]) => key.startsWith(KEY_PREFIX) && key !== STORAGE_VERSION_KEY && key !== UNSAVED_WRITES_KEY,
  );
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

type Writes = Map<string, string | undefined>;

/** The writes a hidden page left in localStorage, or 'unreadable'; undefined when there are none. */
function readUnsavedWrites(local: Storage | undefined): Writes | 'unreadable' | undefined {
  const text = local?.getItem(UNSAVED_WRITES_KEY);
  if (text === null || text === undefined) return undefined;
  try {
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list)) return 'unreadable';
    const writes: Writes = new Map();
    for (const entry of list) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !entry[0].startsWith(KEY_PREFIX))
        return 'unreadable';
      const value: unknown = entry[1];
      if (value !== null && typeof value !== 'string') return 'unreadable';
      writes.set(entry[0], value ?? undefined);
    }
    return writes;
  } catch {
    return 'unreadable';
  }
}

function writeToDatabase(db: AsyncKeyValue, writes: Writes): Promise<void> {
  const sets = [...writes].filter((e): e is [string, string] => e[1] !== undefined);
  const removals = [...writes].filter(([, v]) => v === undefined).map(([k]) => k);
  return Promise.resolve()
    .then(() => (sets.length ? db.setMany(sets) : undefined))
    .then(() => (removals.length ? db.delMany(removals) : undefined));
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
  let pending: Writes = new Map();
  /** Batches sent to the database and not yet answered, oldest first. */
  const unconfirmed = new Set<Writes>();
  /** Counts copies left in localStorage by saveBeforeLeaving: only the newest is removed once saved. */
  let leftCopies = 0;
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
    unconfirmed.add(writes);
    return writeToDatabase(database!, writes).then(
      () => (unconfirmed.delete(writes), outcome(true)),
      (error: unknown) => (unconfirmed.delete(writes), outcome(false, error)),
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
    const leftBehind = usableLocal(options.localStorage);
    const unsaved = readUnsavedWrites(leftBehind);
    if (unsaved !== undefined) {
      // The last page was closed before the database confirmed these: they are the newest work.
      // An unreadable copy is set aside in the database, kept as it was, like any unreadable value.
      const text = leftBehind!.getItem(UNSAVED_WRITES_KEY) ?? '';
      const asideKey = asideKeyFor(UNSAVED_WRITES_KEY, (candidate) => saved.has(candidate));
      const writes: Writes = unsaved === 'unreadable' ? new Map([[asideKey, text]]) : unsaved;
      for (const [key, value] of writes) {
        if (value === undefined) saved.delete(key);
        else saved.set(key, value);
      }
      try {
        await writeToDatabase(database, writes);
        leftBehind!.removeItem(UNSAVED_WRITES_KEY);
      } catch {
        // Still only in localStorage: it stays there, and is applied again next time.
      }
      if (unsaved === 'unreadable') options.report({ kind: 'set-aside', key: UNSAVED_WRITES_KEY, asideKey });
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
    saveBeforeLeaving() {
      if (mode !== 'indexeddb') return;
      if (pending.size > 0) {
        const writes = pending;
        pending = new Map();
        const sent = writeOut(writes);
        batch = batch.then(() => sent);
      }
      const unsaved: Writes = new Map();
      for (const writes of unconfirmed) for (const [key, value] of writes) unsaved.set(key, value);
      if (unsaved.size === 0) return;
      const store = usableLocal(options.localStorage);
      if (!store) return;
      try {
        store.setItem(UNSAVED_WRITES_KEY, JSON.stringify([...unsaved].map(([key, value]) => [key, value ?? null])));
      } catch {
        return; // Too big for localStorage: the database writes are all there is.
      }
      const copy = ++leftCopies;
      // Once the database has it all, the copy is stale: the page stayed open after all.
      void batch.then((ok) => {
        if (ok && copy === leftCopies) store.removeItem(UNSAVED_WRITES_KEY);
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
