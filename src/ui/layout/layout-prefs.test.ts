import { describe, expect, it } from 'vitest';
import { STORAGE_VERSION_KEY } from '../../app/durable-storage';
import { fakeDatabase, fakeLocal, setup } from '../../app/testing/fake-storage';
import { createLayoutPrefs } from './layout-prefs';
import { LAYOUT_KEY } from './saved-layout';

describe('pane sizes chosen before saved data is read', () => {
  it('are kept over the saved sizes, and saved', async () => {
    const saved = JSON.stringify({ lessonWidth: 30, editorHeight: 70, consoleWide: true });
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2', [LAYOUT_KEY]: saved });
    const { storage } = setup(db, fakeLocal());
    const layout = createLayoutPrefs(storage);
    layout.getState().set({ lessonWidth: 55 });
    await storage.ready;
    expect(layout.getState()).toMatchObject({ lessonWidth: 55, editorHeight: 70, consoleWide: true });
    await storage.flush();
    expect(JSON.parse(db.data.get(LAYOUT_KEY)!)).toEqual({ lessonWidth: 55, editorHeight: 70, consoleWide: true });
  });

  it('are saved when nothing was saved before', async () => {
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2' });
    const { storage } = setup(db, fakeLocal());
    const layout = createLayoutPrefs(storage);
    layout.getState().set({ editorHeight: 35 });
    await storage.ready;
    await storage.flush();
    expect(JSON.parse(db.data.get(LAYOUT_KEY)!)).toEqual({ lessonWidth: 40, editorHeight: 35, consoleWide: false });
    const again = setup(db, fakeLocal()).storage;
    await again.ready;
    expect(createLayoutPrefs(again).getState().editorHeight).toBe(35);
  });

  it('leave the saved sizes alone when the learner changed nothing', async () => {
    const saved = JSON.stringify({ lessonWidth: 30, editorHeight: 70, consoleWide: false });
    const db = fakeDatabase({ [STORAGE_VERSION_KEY]: '2', [LAYOUT_KEY]: saved });
    const { storage } = setup(db, fakeLocal());
    const layout = createLayoutPrefs(storage);
    await storage.ready;
    expect(layout.getState()).toMatchObject({ lessonWidth: 30, editorHeight: 70 });
  });
});
