// Stand-ins for the browser's storage in tests: IndexedDB as durable storage sees it (in memory,
// with switches for a full disk, a blocked database and writes that never answer) and localStorage.
import { createDurableStorage, type AsyncKeyValue, type StorageProblem } from '../durable-storage';

/** IndexedDB as the storage sees it, in memory. */
export function fakeDatabase(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const db = {
    data,
    full: false,
    broken: false,
    /** Writes are accepted but never answered, as when the tab closes under them. */
    stalled: false,
    entries: () => (db.broken ? Promise.reject(new Error('blocked')) : Promise.resolve([...data])),
    setMany(list: [string, string][]) {
      if (db.stalled) return new Promise<void>(() => undefined);
      if (db.full) return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
      for (const [k, v] of list) data.set(k, v);
      return Promise.resolve();
    },
    delMany(keys: string[]) {
      for (const k of keys) data.delete(k);
      return Promise.resolve();
    },
  };
  return db satisfies AsyncKeyValue;
}

/** localStorage's shape, in memory; `blocked` throws on every use as a browser blocking site data does. */
export function fakeLocal(initial: Record<string, string> = {}, options: { blocked?: boolean; quota?: number } = {}) {
  const data = new Map(Object.entries(initial));
  const guard = () => {
    if (options.blocked) throw Object.assign(new Error('denied'), { name: 'SecurityError' });
  };
  const storage = {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => (guard(), data.get(k) ?? null),
    setItem(k: string, v: string) {
      guard();
      const size = [...data].reduce((n, [a, b]) => n + a.length + b.length, 0) + k.length + v.length;
      if (options.quota !== undefined && size > options.quota)
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      data.set(k, v);
    },
    removeItem: (k: string) => (guard(), void data.delete(k)),
    clear: () => data.clear(),
  };
  return storage as typeof storage & Storage;
}

export function setup(db: ReturnType<typeof fakeDatabase> | undefined, local: Storage | undefined) {
  const problems: StorageProblem[] = [];
  const storage = createDurableStorage({
    database: db && (() => db),
    localStorage: () => local,
    report: (p) => problems.push(p),
  });
  return { storage, problems };
}
