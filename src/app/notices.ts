// Messages the page must tell the learner about itself, not about the cluster: a save that failed,
// storage that is blocked, saved data that could not be read, a new version that is ready. The UI
// shows them in live regions (errors as alerts, the rest as status), each with its own buttons.

import { createStore, type StoreApi } from 'zustand/vanilla';

export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Notice {
  /** One notice per id: showing the same id again replaces it (a second failed save is not a second banner). */
  id: string;
  /** 'error': work may be lost, said at once (role="alert"); 'info': said politely (role="status"). */
  tone: 'error' | 'info';
  text: string;
  actions?: readonly NoticeAction[];
  /** Said to screen readers only: good news that needs no answer and should cover nothing on screen. */
  announceOnly?: boolean;
}

export interface NoticesState {
  notices: readonly Notice[];
  show(notice: Notice): void;
  dismiss(id: string): void;
}

export type NoticesStore = StoreApi<NoticesState>;

export function createNoticesStore(): NoticesStore {
  return createStore<NoticesState>()((set, get) => ({
    notices: [],
    show(notice) {
      const others = get().notices.filter((n) => n.id !== notice.id);
      set({ notices: [...others, notice] });
    },
    dismiss(id) {
      if (get().notices.some((n) => n.id === id)) set({ notices: get().notices.filter((n) => n.id !== id) });
    },
  }));
}
