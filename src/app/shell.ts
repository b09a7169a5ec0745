// The shell: the session's parts that need no simulator (files, history, console output, kubectl
// edit tabs, port-forwards). The page makes them first, so the layout, the editor's tabs and the
// console's line editor work at once, while the simulator and kubectl load as a second chunk.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PortForward } from '../kubectl/console-types';
import { createEditsStore, type EditsStore } from './edits-store';
import { createFilesStore, type FilesStore } from './files-store';
import { createHistoryStore, type HistoryStore } from './history-store';
import { createNoticesStore, type NoticesStore } from './notices';
import { createOutputBus, type OutputBus } from './output-bus';
import type { KeyValueStorage } from './persistence';
import { STARTER_FILES, type StarterFile } from './starter-files';
import type { ViewingSpace } from './viewing-space';

/** A page whose port-forward ended because a connection through it failed. */
export interface LostPage {
  localPort: number;
  pod: string;
}

export interface ForwardsState {
  forwards: readonly PortForward[];
  /** Pages whose forward was lost, kept as tabs that say so until closed or forwarded again. */
  lost: readonly LostPage[];
  /** Tells the terminal whose port-forward owns `localPort` that a connection through it failed. */
  lose(localPort: number, text: string): void;
  /** Tells the terminal whose port-forward owns `localPort` that a connection came through it. */
  connect(localPort: number, text: string): void;
}
export type ForwardsStore = StoreApi<ForwardsState>;

export interface Shell {
  /** The console's output, for the terminal view. */
  readonly output: OutputBus;
  /** Workspace files = editor tabs = what `kubectl apply -f` reads. */
  readonly files: FilesStore;
  /** Console history, kept across reloads. */
  readonly history: HistoryStore;
  /** Objects opened by `kubectl edit`, shown as editor tabs. */
  readonly edits: EditsStore;
  /** Open port-forwards, for the in-app browser panel. */
  readonly forwards: ForwardsStore;
  /** The page's own messages: saves that failed, blocked storage, a new version. */
  readonly notices: NoticesStore;
  /** Where the learner's work is saved (undefined: nowhere, as in most tests). */
  readonly storage: KeyValueStorage | undefined;
  /** Present when the page opened on a session link: the shared session is shown without saving over the learner's. */
  readonly viewing?: ViewingSpace;
}

export interface ShellOptions {
  storage?: KeyValueStorage;
  /** Start files (and what reset restores); the chapter's kuard-pod.yaml by default. */
  originals?: readonly StarterFile[];
  notices?: NoticesStore;
  viewing?: ViewingSpace;
}

export function createShell(options: ShellOptions = {}): Shell {
  return {
    output: createOutputBus(),
    files: createFilesStore({ originals: options.originals ?? STARTER_FILES, storage: options.storage }),
    history: createHistoryStore({ storage: options.storage }),
    // Closing an edit tab without saving hands kubectl the text unchanged, which it reports as
    // "Edit cancelled, no changes made." (the real kubectl's check is the same: nothing differs).
    edits: createEditsStore((session) => session.save(session.text)),
    forwards: createStore<ForwardsState>()(() => ({ forwards: [], lost: [], lose: () => {}, connect: () => {} })),
    notices: options.notices ?? createNoticesStore(),
    storage: options.storage,
    ...(options.viewing ? { viewing: options.viewing } : {}),
  };
}
