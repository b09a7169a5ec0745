import { describe, expect, it } from 'vitest';
import { asideKeyFor, migrateFromLocalStorage, STORAGE_VERSION_KEY, UNSAVED_WRITES_KEY } from './durable-storage';
import { fakeDatabase, fakeLocal, setup } from './testing/fake-storage';
import { createFilesStore } from './files-store';
import { createHistoryStore } from './history-store';
import { createProgressStore, PROGRESS_KEY } from './progress-store';

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

describe('a page closed right after the learner typed', () => {
  it('leaves what the database has not confirmed in localStorage, and the next page applies it', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2', 'pod-lab:history:v1': '["kubectl get pods"]' });
    const local = fakeLocal();
    const { storage } = setup(db, local);
    await storage.ready;
    db.stalled = true;
    const history = createHistoryStore({ storage });
    history.getState().add('kubectl get nodes');
    await Promise.resolve(); // the batch is sent and never answered
    history.getState().add('kubectl describe pod kuard');
    storage.saveBeforeLeaving();
    expect(db.data.get('pod-lab:history:v1')).toBe('["kubectl get pods"]');

    db.stalled = false;
    const next = setup(db, local).storage;
    await next.ready;
    expect(createHistoryStore({ storage: next }).getState().lines).toEqual([
      'kubectl get pods',
      'kubectl get nodes',
      'kubectl describe pod kuard',
    ]);
    expect(db.data.get('pod-lab:history:v1')).toBe(
      '["kubectl get pods","kubectl get nodes","kubectl describe pod kuard"]',
    );
    expect(local.data.has(UNSAVED_WRITES_KEY)).toBe(false);
  });

  it('removes the copy once the database has it, so a later page never goes back to it', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2' });
    const local = fakeLocal();
    const { storage } = setup(db, local);
    await storage.ready;
    const history = createHistoryStore({ storage });
    history.getState().add('kubectl get pods');
    storage.saveBeforeLeaving();
    expect(local.data.has(UNSAVED_WRITES_KEY)).toBe(true);
    expect(await storage.flush()).toBe(true);
    expect(local.data.has(UNSAVED_WRITES_KEY)).toBe(false);
    history.getState().add('kubectl get nodes');
    await storage.flush();
    const next = setup(db, local).storage;
    await next.ready;
    expect(createHistoryStore({ storage: next }).getState().lines).toEqual(['kubectl get pods', 'kubectl get nodes']);
  });

  it('sets an unreadable copy aside in the database and reports it', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2' });
    const local = fakeLocal({ [UNSAVED_WRITES_KEY]: '[["pod-lab:x", 5]]' });
    const { storage, problems } = setup(db, local);
    await storage.ready;
    expect(problems).toEqual([
      { kind: 'set-aside', key: UNSAVED_WRITES_KEY, asideKey: 'pod-lab:set-aside:unsaved-writes' },
    ]);
    expect(db.data.get('pod-lab:set-aside:unsaved-writes')).toBe('[["pod-lab:x", 5]]');
    expect(local.data.has(UNSAVED_WRITES_KEY)).toBe(false);
  });
});
