import { describe, expect, it } from 'vitest';
import {
  asideKeyFor,
  createDurableStorage,
  migrateFromLocalStorage,
  STORAGE_VERSION_KEY,
  type AsyncKeyValue,
  type StorageProblem,
} from './durable-storage';
import { createFilesStore } from './files-store';
import { createHistoryStore } from './history-store';
import { createProgressStore, PROGRESS_KEY } from './progress-store';

/** IndexedDB as the storage sees it, in memory, with a switch for a full disk. */
function fakeDatabase(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const db = {
    data,
    full: false,
    broken: false,
    entries: () => (db.broken ? Promise.reject(new Error('blocked')) : Promise.resolve([...data])),
    setMany(list: [string, string][]) {
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
function fakeLocal(initial: Record<string, string> = {}, options: { blocked?: boolean; quota?: number } = {}) {
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

function setup(db: ReturnType<typeof fakeDatabase> | undefined, local: Storage | undefined) {
  const problems: StorageProblem[] = [];
  const storage = createDurableStorage({
    database: db && (() => db),
    localStorage: () => local,
    report: (p) => problems.push(p),
  });
  return { storage, problems };
}

const FILES = 'pod-lab:files:v1';
const savedFiles = JSON.stringify({ files: [{ name: 'mine.yaml', content: 'kind: Pod\n' }], active: 'mine.yaml' });

describe('migration from localStorage (version 1) to IndexedDB', () => {
  it('takes only our keys and marks the version', () => {
    expect(
      migrateFromLocalStorage([
        ['pod-lab:files:v1', 'a'],
        ['other-site', 'b'],
      ]),
    ).toEqual([
      ['pod-lab:files:v1', 'a'],
      [STORAGE_VERSION_KEY, '2'],
    ]);
  });

  it('moves the learner’s saved work into the database on first load, then frees localStorage', async () => {
    const db = fakeDatabase();
    const local = fakeLocal({ [FILES]: savedFiles, unrelated: 'x' });
    const { storage } = setup(db, local);
    expect(await storage.ready).toBe('indexeddb');
    expect(db.data.get(FILES)).toBe(savedFiles);
    expect(local.data.has(FILES)).toBe(false);
    expect(local.data.get('unrelated')).toBe('x');
    const files = createFilesStore({ originals: [], storage });
    expect(files.getState().files.map((f) => f.name)).toEqual(['mine.yaml']);
  });

  it('keeps localStorage as it was when the database cannot take the copy', async () => {
    const db = fakeDatabase();
    db.full = true;
    const local = fakeLocal({ [FILES]: savedFiles });
    const { storage } = setup(db, local);
    expect(await storage.ready).toBe('localstorage');
    expect(local.data.get(FILES)).toBe(savedFiles);
    expect(storage.getItem(FILES)).toBe(savedFiles);
  });

  it('does not migrate twice: a database with a version mark is read as it is', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2' });
    const local = fakeLocal({ [FILES]: savedFiles });
    const { storage } = setup(db, local);
    await storage.ready;
    expect(storage.getItem(FILES)).toBeNull();
    expect(local.data.has(FILES)).toBe(true);
  });
});

describe('fallbacks', () => {
  it('uses localStorage when IndexedDB cannot be opened', async () => {
    const db = fakeDatabase();
    db.broken = true;
    const local = fakeLocal();
    const { storage, problems } = setup(db, local);
    expect(await storage.ready).toBe('localstorage');
    storage.setItem(FILES, savedFiles);
    expect(await storage.flush()).toBe(true);
    expect(local.data.get(FILES)).toBe(savedFiles);
    expect(problems).toEqual([]);
  });

  it('works in memory, and says so once, when the browser blocks both', async () => {
    const db = fakeDatabase();
    db.broken = true;
    const { storage, problems } = setup(db, fakeLocal({}, { blocked: true }));
    expect(await storage.ready).toBe('memory');
    storage.setItem(FILES, savedFiles);
    expect(storage.getItem(FILES)).toBe(savedFiles);
    expect(await storage.flush()).toBe(false);
    expect(problems).toEqual([{ kind: 'unavailable' }]);
  });
});

describe('saving', () => {
  it('reports a full disk at the first failed save, once, and again when saving works again', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2' });
    const { storage, problems } = setup(db, fakeLocal());
    await storage.ready;
    db.full = true;
    storage.setItem('pod-lab:history:v1', '["a"]');
    expect(await storage.flush()).toBe(false);
    storage.setItem('pod-lab:history:v1', '["a","b"]');
    expect(await storage.flush()).toBe(false);
    expect(problems).toEqual([{ kind: 'save-failed', full: true }]);
    db.full = false;
    storage.setItem('pod-lab:history:v1', '["a","b","c"]');
    expect(await storage.flush()).toBe(true);
    expect(db.data.get('pod-lab:history:v1')).toBe('["a","b","c"]');
    expect(problems.at(-1)).toEqual({ kind: 'saved-again' });
  });

  it('reports a full localStorage in the fallback too', async () => {
    const db = fakeDatabase();
    db.broken = true;
    const { storage, problems } = setup(db, fakeLocal({}, { quota: 100 }));
    await storage.ready;
    storage.setItem(PROGRESS_KEY, 'x'.repeat(200));
    expect(await storage.flush()).toBe(false);
    expect(problems).toEqual([{ kind: 'save-failed', full: true }]);
  });

  it('saves a 6 MB progress import whole, and a new page reads it back', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2' });
    const { storage } = setup(db, fakeLocal({}, { quota: 5_000_000 }));
    await storage.ready;
    const progress = createProgressStore(storage);
    const big = 'a'.repeat(6_000_000);
    const text = JSON.stringify({
      kind: 'pod-lab-progress',
      version: 1,
      lessons: { sandbox: { step: 1, done: [], files: { 'big.yaml': big } } },
    });
    expect(progress.getState().importText(text)).toBeUndefined();
    expect(await progress.getState().whenSaved()).toBe(true);
    const again = setup(db, fakeLocal()).storage;
    await again.ready;
    expect(createProgressStore(again).getState().progress.lessons.sandbox!.files['big.yaml']).toHaveLength(6_000_000);
  });
});

describe('unreadable saved data', () => {
  it('is set aside under its own key, kept unchanged, and reported; the store starts empty', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2', 'pod-lab:history:v1': '{not json' });
    const { storage, problems } = setup(db, fakeLocal());
    await storage.ready;
    const history = createHistoryStore({ storage });
    expect(history.getState().lines).toEqual([]);
    expect(problems).toEqual([
      { kind: 'set-aside', key: 'pod-lab:history:v1', asideKey: 'pod-lab:set-aside:history:v1' },
    ]);
    await storage.flush();
    expect(db.data.get('pod-lab:set-aside:history:v1')).toBe('{not json');
    history.getState().add('kubectl get pods');
    await storage.flush();
    expect(db.data.get('pod-lab:set-aside:history:v1')).toBe('{not json');
    expect(db.data.get('pod-lab:history:v1')).toBe('["kubectl get pods"]');
  });

  it('a second set-aside copy does not overwrite the first', () => {
    const taken = new Set(['pod-lab:set-aside:files:v1']);
    expect(asideKeyFor('pod-lab:files:v1', (k) => taken.has(k))).toBe('pod-lab:set-aside:files:v1:2');
  });
});

describe('saved work that arrives after the page has started', () => {
  it('replaces the start files, keeps a file the learner made meanwhile, and saves the merge', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2', [FILES]: savedFiles });
    const { storage } = setup(db, fakeLocal());
    const files = createFilesStore({ originals: [{ name: 'kuard-pod.yaml', content: 'start\n' }], storage });
    expect(files.getState().files.map((f) => f.name)).toEqual(['kuard-pod.yaml']);
    files.getState().create('early.yaml', 'x: 1\n');
    await storage.ready;
    expect(files.getState().files.map((f) => f.name)).toEqual(['mine.yaml', 'early.yaml']);
    expect(files.getState().active).toBe('early.yaml');
    await storage.flush();
    expect(JSON.parse(db.data.get(FILES)!)).toMatchObject({ files: [{ name: 'mine.yaml' }, { name: 'early.yaml' }] });
  });

  it('puts saved history before the lines typed meanwhile', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2', 'pod-lab:history:v1': '["kubectl get pods"]' });
    const { storage } = setup(db, fakeLocal());
    const history = createHistoryStore({ storage });
    history.getState().add('kubectl get nodes');
    await storage.ready;
    expect(history.getState().lines).toEqual(['kubectl get pods', 'kubectl get nodes']);
  });
});
