// What the workbench shows, shared by the top bar and the panes: whether the cluster picture is
// docked in the right column (in the editor's place, the console staying below it), and which
// pane a phone shows. Page state only: nothing here is saved.

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type PhoneTab = 'lesson' | 'editor' | 'console' | 'cluster';

interface WorkbenchViewState {
  clusterOpen: boolean;
  phoneTab: PhoneTab;
  setClusterOpen(open: boolean): void;
  setPhoneTab(tab: PhoneTab): void;
}

export const workbenchView = createStore<WorkbenchViewState>()((set) => ({
  clusterOpen: false,
  phoneTab: 'lesson',
  // On a phone the picture is a tab of its own: opening it goes there, closing it goes to the editor it stood for.
  setClusterOpen: (open) =>
    set((s) => ({
      clusterOpen: open,
      phoneTab: open ? 'cluster' : s.phoneTab === 'cluster' ? 'editor' : s.phoneTab,
    })),
  setPhoneTab: (tab) =>
    set((s) => ({
      phoneTab: tab,
      clusterOpen: tab === 'cluster' ? true : tab === 'editor' ? false : s.clusterOpen,
    })),
}));

export const useWorkbenchView = <T>(select: (state: WorkbenchViewState) => T): T => useStore(workbenchView, select);
