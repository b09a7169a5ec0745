// The console engine as the terminal sees it while the simulator and kubectl are still loading:
// the line editor works at once; a line submitted before the engine has arrived waits (the
// terminal shows it as a running command) and runs as soon as the engine is there. Ctrl+C drops
// it. If loading fails, the console says so instead of hanging.

import type { CommandRecord, ConsoleEngine, ConsoleState } from '../kubectl/console-types';
import type { HistoryStore } from './history-store';
import type { OutputBus } from './output-bus';
import { measureStartup } from './startup-marks';

export interface DeferredConsole extends ConsoleEngine {
  /** True once the real engine has arrived. */
  ready(): boolean;
}

const IDLE: ConsoleState = { kind: 'idle' };

export function createDeferredConsole(
  engine: Promise<ConsoleEngine>,
  parts: { history: HistoryStore; output: OutputBus },
): DeferredConsole {
  let real: ConsoleEngine | undefined;
  let disposed = false;
  let waiting: string | undefined; // the line typed before the engine arrived
  const stateListeners = new Set<(state: ConsoleState) => void>();
  const recordListeners = new Set<(record: CommandRecord) => void>();
  const unsubscribers: (() => void)[] = [];

  let firstLineRun = false;
  /** The page's first line is timed: the start-up benchmark reports what running it cost. */
  const submitToEngine = (to: ConsoleEngine, line: string): void => {
    if (firstLineRun) return to.submit(line);
    firstLineRun = true;
    measureStartup('first-line', () => to.submit(line));
  };

  const state = (): ConsoleState =>
    real ? real.state() : waiting !== undefined ? { kind: 'running', line: waiting } : IDLE;
  const notify = (): void => {
    const current = state();
    for (const listener of stateListeners) listener(current);
  };

  engine.then(
    (arrived) => {
      if (disposed) return;
      real = arrived;
      unsubscribers.push(arrived.onStateChange(() => notify()));
      unsubscribers.push(arrived.onRecord((record) => recordListeners.forEach((l) => l(record))));
      const line = waiting;
      waiting = undefined;
      if (line !== undefined) submitToEngine(arrived, line);
      notify();
    },
    (error: unknown) => {
      if (disposed) return;
      const reason = error instanceof Error ? error.message : String(error);
      parts.output.write(
        `pod-lab: the simulated cluster could not be loaded (${reason}). Reload the page to try again.\n`,
      );
      waiting = undefined;
      notify();
    },
  );

  return {
    ready: () => real !== undefined,
    submit(line) {
      if (real) return submitToEngine(real, line);
      if (line.trim() === '') return;
      waiting = line;
      notify();
    },
    interrupt() {
      if (real) return real.interrupt();
      waiting = undefined;
      notify();
    },
    endOfInput() {
      real?.endOfInput();
    },
    state,
    prompt: () => real?.prompt() ?? '$ ',
    complete: (line, cursor) => real?.complete(line, cursor) ?? { from: cursor, candidates: [] },
    history: () => real?.history() ?? parts.history.getState().lines,
    records: () => real?.records() ?? [],
    onStateChange(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onRecord(listener) {
      recordListeners.add(listener);
      return () => recordListeners.delete(listener);
    },
    forwards: () => real?.forwards() ?? [],
    loseForward: (localPort, text) => real?.loseForward(localPort, text),
    connectForward: (localPort, text) => real?.connectForward(localPort, text) ?? false,
    /** Stops listening; the real engine belongs to the session and outlives this view of it. */
    dispose() {
      disposed = true;
      unsubscribers.forEach((u) => u());
      stateListeners.clear();
      recordListeners.clear();
    },
  };
}
