// Live objects opened by `kubectl edit`: each becomes an editor tab holding the object's YAML;
// "Save and apply" hands the text back to kubectl, which applies it (and may reopen it with the
// errors, as the real kubectl edit does); closing the tab without saving cancels the edit.

import { createStore, type StoreApi } from 'zustand/vanilla';

export interface EditSession {
  id: number;
  /** Tab title, e.g. "pod/kuard (edit)". */
  title: string;
  text: string;
  save: (edited: string) => void;
}

export interface EditsState {
  sessions: EditSession[];
  open(title: string, text: string, save: (edited: string) => void): number;
  update(id: number, text: string): void;
  /** Sends the current text to kubectl and closes the tab. */
  saveAndClose(id: number): void;
  /** Closes the tab; kubectl edit is told nothing changed ("Edit cancelled, no changes made."). */
  cancel(id: number): void;
}

export type EditsStore = StoreApi<EditsState>;

export function createEditsStore(onCancel?: (session: EditSession) => void): EditsStore {
  let nextId = 1;
  return createStore<EditsState>()((set, get) => ({
    sessions: [],
    open(title, text, save) {
      const id = nextId++;
      set({ sessions: [...get().sessions, { id, title, text, save }] });
      return id;
    },
    update(id, text) {
      set({ sessions: get().sessions.map((s) => (s.id === id ? { ...s, text } : s)) });
    },
    saveAndClose(id) {
      const session = get().sessions.find((s) => s.id === id);
      if (!session) return;
      set({ sessions: get().sessions.filter((s) => s.id !== id) });
      session.save(session.text);
    },
    cancel(id) {
      const session = get().sessions.find((s) => s.id === id);
      if (!session) return;
      set({ sessions: get().sessions.filter((s) => s.id !== id) });
      onCancel?.(session);
    },
  }));
}
