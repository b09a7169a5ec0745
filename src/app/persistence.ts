// How the stores see saved data: a synchronous key-value storage. In the page it is the durable
// storage (durable-storage.ts: IndexedDB, else localStorage, else memory), which reports failed
// saves itself; in tests any Storage-shaped object. Reading never throws: a value that cannot be
// read is set aside (kept under a key of its own) where the storage can, and treated as "nothing saved".

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Keeps the unreadable value of `key` elsewhere and tells the learner (durable storage only). */
  setAside?(key: string): void;
  /** Runs `listener` once saved data has been read; storages that read synchronously need not have it. */
  afterLoad?(listener: () => void): void;
  /** Resolves true once every write so far is saved, false if one failed. */
  flush?(): Promise<boolean>;
  /** Keeps unconfirmed writes where the next page finds them: the tab is being hidden or closed. */
  saveBeforeLeaving?(): void;
}

/**
 * The value saved under `key` as `parse` reads it; undefined when nothing is saved. A value that
 * is there but unreadable (not JSON, or not the shape `parse` expects) is set aside, not lost.
 */
export function readSaved<T>(
  storage: KeyValueStorage | undefined,
  key: string,
  parse: (value: unknown) => T | undefined,
): T | undefined {
  if (!storage) return undefined;
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  let result: T | undefined;
  try {
    result = parse(JSON.parse(text) as unknown);
  } catch {
    result = undefined;
  }
  if (result === undefined) storage.setAside?.(key);
  return result;
}

export function saveJson(storage: KeyValueStorage | undefined, key: string, value: unknown): void {
  if (!storage) return;
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Quota exceeded or storage disabled: keep working in memory.
  }
}

/** An in-memory Storage for tests and for pages without localStorage. */
export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    dump: () => Object.fromEntries(data),
  };
}
