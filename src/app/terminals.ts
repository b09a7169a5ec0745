// The session's terminals: the first one, and any more the learner opens so that a `get pods -w`
// or a `port-forward` keeps running in one while they type in another. Every terminal is its own
// console engine with its own output, on the same cluster, files and history; the lesson checks
// read the commands of all of them as one log, in the order they finished.

import type { Cluster } from '../sim/index';
import type { CommandRecord, ConsoleEngine, ConsoleOptions, PortForward } from '../kubectl/console-types';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClockDriver } from './clock-driver';
import { editText } from './edit-text';
import { workspaceOf } from './files-store';
import { createOutputBus, type OutputBus } from './output-bus';
import { watchPausedClock } from './paused-clock-notice';
import type { SessionRecorder } from './session-recorder';
import type { Shell } from './shell';

export interface Terminal {
  readonly id: number;
  readonly console: ConsoleEngine;
  readonly output: OutputBus;
}

export interface TerminalsState {
  /** Terminals opened after the first one (the first is the session's `console` and `output`). */
  extra: readonly Terminal[];
  /** Opens another terminal on the same cluster and files; returns it. */
  open(): Terminal;
  /** Closes an extra terminal: its running command stops and its port-forwards close. */
  close(id: number): void;
}
export type TerminalsStore = StoreApi<TerminalsState>;

interface TerminalDeps {
  cluster: Cluster;
  shell: Shell;
  clockDriver: ClockDriver;
  createConsole(options: ConsoleOptions): ConsoleEngine;
  /** Records what the learner types in each terminal, so the session can be replayed. */
  recorder?: Pick<SessionRecorder, 'engine' | 'editSave' | 'input'>;
}

/** The records of every terminal, as the lesson runner reads them: append-only, in finishing order. */
export interface CommandLog {
  records(): readonly CommandRecord[];
  onRecord(listener: (record: CommandRecord) => void): () => void;
  add(engine: ConsoleEngine): () => void;
}

export function createCommandLog(): CommandLog {
  const records: CommandRecord[] = [];
  const listeners = new Set<(record: CommandRecord) => void>();
  return {
    records: () => records,
    onRecord(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(engine) {
      return engine.onRecord((record) => {
        records.push(record);
        for (const listener of listeners) listener(record);
      });
    },
  };
}

/** Starts one terminal's engine with the hooks every terminal shares. */
export function startTerminal(
  deps: TerminalDeps,
  term: number,
  output: OutputBus,
  forwardsChanged: (list: readonly PortForward[]) => void,
): { console: ConsoleEngine; dispose(): void } {
  const { cluster, shell, clockDriver } = deps;
  let openedEdits = false;
  const recorder = deps.recorder;
  const created = deps.createConsole({
    cluster,
    workspace: workspaceOf(shell.files),
    clockDriver: 'external',
    history: [...shell.history.getState().lines],
    hooks: {
      output: (text) => output.write(text),
      openEditor(object, save, view) {
        const name = object.metadata?.name ?? '';
        const kind = (object.kind ?? 'object').toLowerCase();
        const title = kind === 'list' ? 'list (edit)' : `${kind}/${name} (edit)`;
        openedEdits = true;
        shell.edits.getState().open(title, editText(object, view), recorder?.editSave(term, save) ?? save);
      },
      portForwardChanged: forwardsChanged,
    },
  });
  const engine = recorder?.engine(term, created) ?? created;

  // An edit tab belongs to a waiting `kubectl edit`. Once its terminal no longer runs it
  // (Ctrl+C: "Edit cancelled, no changes made."), saving could do nothing, so the tab goes too.
  const stopWatchingEdits = engine.onStateChange((state) => {
    if (state.kind === 'running' || !openedEdits) return;
    openedEdits = false;
    if (shell.edits.getState().sessions.length > 0) shell.edits.setState({ sessions: [] });
  });
  const stopPausedNotice = watchPausedClock({
    console: engine,
    clockDriver,
    hasPendingWork: () => cluster.clock.nextDueAt() !== undefined,
    write: (text) => output.write(text),
  });
  return {
    console: engine,
    dispose() {
      stopWatchingEdits();
      stopPausedNotice();
      engine.dispose();
    },
  };
}

/**
 * The first terminal (on the shell's output) and the store of further ones. Port-forwards of all
 * terminals are published together in the shell's forwards store, for the in-app browser.
 */
export function createTerminals(deps: TerminalDeps): {
  first: ConsoleEngine;
  log: CommandLog;
  store: TerminalsStore;
  dispose(): void;
} {
  const forwardsBy = new Map<number, readonly PortForward[]>();
  const publish = (id: number, list: readonly PortForward[]): void => {
    forwardsBy.set(id, list);
    const forwards = [...forwardsBy.values()].flat();
    // A port forwarded again reopens its page.
    const lost = deps.shell.forwards.getState().lost.filter((p) => !forwards.some((f) => f.localPort === p.localPort));
    deps.shell.forwards.setState({ forwards, lost });
  };
  const log = createCommandLog();
  const running = new Map<number, { dispose(): void; stopLog(): void }>();

  const first = startTerminal(deps, 0, deps.shell.output, (list) => publish(0, list));
  running.set(0, { dispose: first.dispose, stopLog: log.add(first.console) });

  // Only the terminal whose port-forward owns the port has an entry for it.
  deps.shell.forwards.setState({
    lose(localPort, text) {
      first.console.loseForward(localPort, text);
      for (const terminal of store.getState().extra) terminal.console.loseForward(localPort, text);
    },
    connect(localPort, text) {
      if (first.console.connectForward(localPort, text)) return;
      for (const terminal of store.getState().extra) if (terminal.console.connectForward(localPort, text)) return;
    },
  });

  let nextId = 1;
  const store = createStore<TerminalsState>()((set, get) => ({
    extra: [],
    open() {
      const id = nextId++;
      const output = createOutputBus();
      const started = startTerminal(deps, id, output, (list) => publish(id, list));
      running.set(id, { dispose: started.dispose, stopLog: log.add(started.console) });
      const terminal: Terminal = { id, console: started.console, output };
      set({ extra: [...get().extra, terminal] });
      return terminal;
    },
    close(id) {
      const terminal = get().extra.find((t) => t.id === id);
      if (!terminal) return;
      // Ctrl+C first, as closing a real terminal window hangs up on its foreground command.
      if (terminal.console.state().kind !== 'idle') terminal.console.interrupt();
      deps.recorder?.input({ k: 'close', term: id });
      running.get(id)?.stopLog();
      running.get(id)?.dispose();
      running.delete(id);
      publish(id, []);
      forwardsBy.delete(id);
      set({ extra: get().extra.filter((t) => t.id !== id) });
    },
  }));

  return {
    first: first.console,
    log,
    store,
    dispose() {
      for (const entry of running.values()) {
        entry.stopLog();
        entry.dispose();
      }
      running.clear();
    },
  };
}
