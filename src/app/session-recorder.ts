// Records the session as it happens (session-record.ts says what is kept), and saves the record so
// a reload can replay it. Inputs are recorded just before they run, at the simulated time they
// happen. File changes are recorded lazily: only the workspace as it stands when the next input
// happens matters to the cluster, so a hundred keystrokes in the editor become one `write`.

import type { ConsoleEngine } from '../kubectl/console-types';
import type { Cluster } from '../sim/index';
import type { HttpRequest } from '../sim/program';
import type { FilesStore } from './files-store';
import { type KeyValueStorage, saveJson } from './persistence';
import { MAX_EVENTS, RECORD_FORMAT, type RecordEvent, type SessionRecord } from './session-record';

export const SESSION_RECORD_KEY = 'pod-lab:session:v1';

/** An event as the recorder takes it: the time is filled in. */
type Input = RecordEvent extends infer E ? (E extends RecordEvent ? Omit<E, 't'> : never) : never;

export interface SessionRecorder {
  /** A terminal's engine whose lines, Ctrl+C and Ctrl+D are recorded (as term `term`). */
  engine(term: number, engine: ConsoleEngine): ConsoleEngine;
  /** A `kubectl edit` save callback that records the saved text. */
  editSave(term: number, save: (text: string) => void): (text: string) => void;
  /** Records an input (`build`, `close`, `step`, `skip`, …) at the simulated time now, or at `clockTime`. */
  input(event: Input, clockTime?: number): void;
  /** The events so far. */
  events(): readonly RecordEvent[];
  /** The record so far, with the workspace as it is now. */
  snapshot(): SessionRecord;
  /** Inputs run by `run` (a replay of recorded ones) are not recorded again. */
  quietly<T>(run: () => T): T;
  /** This session goes on from `record`: its events come first, and `files` is the workspace it left. */
  continueFrom(record: SessionRecord, files: ReadonlyMap<string, string>): void;
  /** Saves the record now (on page hide), rather than a moment later. */
  saveNow(): void;
  dispose(): void;
}

export interface RecorderOptions {
  cluster: Cluster;
  files: FilesStore;
  seed: number;
  start: number;
  storage: KeyValueStorage | undefined;
  playing(): boolean;
}

/** How long after a change the record is saved (a burst of inputs is one save). */
const SAVE_DELAY_MS = 400;

export function createRecorder(options: RecorderOptions): SessionRecorder {
  const { cluster, files, storage } = options;
  const clock = cluster.clock;
  let events: RecordEvent[] = [];
  /** The workspace as the record has it so far. */
  let known = new Map<string, string>();
  let quiet = 0;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const at = () => Math.max(0, clock.now() - options.start);
  const lastT = () => events.at(-1)?.t ?? 0;

  const syncFiles = (t: number): void => {
    const current = files.getState().files;
    for (const file of current)
      if (known.get(file.name) !== file.content) events.push({ t, k: 'write', name: file.name, text: file.content });
    const names = new Set(current.map((f) => f.name));
    for (const name of known.keys()) if (!names.has(name)) events.push({ t, k: 'remove', name });
    known = new Map(current.map((f) => [f.name, f.content]));
  };

  const scheduleSave = (): void => {
    if (!storage || disposed || saveTimer !== undefined) return;
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  };
  const save = (): void => {
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = undefined;
    if (disposed) return;
    // Too long a session to replay on load: the next page starts from the lesson's start state.
    if (events.length > MAX_EVENTS) storage?.removeItem(SESSION_RECORD_KEY);
    else saveJson(storage, SESSION_RECORD_KEY, snapshot());
  };

  const input = (event: Input, clockTime?: number): void => {
    if (quiet > 0 || disposed) return;
    const t = Math.max(clockTime === undefined ? at() : Math.max(0, clockTime - options.start), lastT());
    syncFiles(t);
    events.push({ ...event, t });
    scheduleSave();
  };

  function snapshot(): SessionRecord {
    const now = Math.max(at(), lastT());
    if (quiet === 0) syncFiles(now);
    return {
      format: RECORD_FORMAT,
      seed: options.seed,
      start: options.start,
      events: [...events],
      now,
      playing: options.playing(),
    };
  }

  // Time passing is saved too (the clock's position is part of the cluster), a moment later.
  const stopClock = clock.onAdvance(() => scheduleSave());

  // The in-app browser talks to Pods through the cluster's port-forward; a command's own use of it
  // (curl through a forward) is the command's doing and replays with it, so only requests from
  // outside a recorded input are inputs themselves.
  let insideInput = 0;
  const portForward = cluster.portForward.bind(cluster);
  cluster.portForward = (namespace: string, pod: string, port: number, req: HttpRequest) => {
    if (insideInput === 0) {
      const event: Input = { k: 'browse', ns: namespace, pod, port, method: req.method, path: req.path };
      if (req.body !== undefined) event.body = req.body;
      input(event);
    }
    return portForward(namespace, pod, port, req);
  };
  const asInput = <T>(event: Input, run: () => T): T => {
    input(event);
    insideInput++;
    try {
      return run();
    } finally {
      insideInput--;
    }
  };
  // Timers the clock runs (a probe, a wait's check) are the simulator's, not the learner's.
  const advanceTo = clock.advanceTo.bind(clock);
  clock.advanceTo = (target: number) => {
    insideInput++;
    try {
      return advanceTo(target);
    } finally {
      insideInput--;
    }
  };

  return {
    engine(term, engine) {
      // Waits end when the clock's advance reaches them: a replay must stop at that same moment.
      engine.onStateChange(() => {
        if (quiet === 0 && !disposed && at() > lastT()) {
          events.push({ t: at(), k: 'mark' });
          scheduleSave();
        }
      });
      return {
        ...delegate(engine),
        submit: (line) => asInput({ k: 'line', term, line }, () => engine.submit(line)),
        interrupt: () => asInput({ k: 'interrupt', term }, () => engine.interrupt()),
        endOfInput: () => asInput({ k: 'eof', term }, () => engine.endOfInput()),
      };
    },
    editSave: (term, saveEdit) => (text) => asInput({ k: 'edit', term, text }, () => saveEdit(text)),
    input,
    events: () => events,
    snapshot,
    quietly(run) {
      quiet++;
      try {
        return run();
      } finally {
        quiet--;
      }
    },
    continueFrom(record, replayed) {
      events = [...record.events];
      known = new Map(replayed);
      scheduleSave();
    },
    saveNow: save,
    dispose() {
      if (saveTimer !== undefined) clearTimeout(saveTimer);
      saveTimer = undefined;
      disposed = true;
      stopClock();
    },
  };
}

/** Every method of `engine`, called on it. */
function delegate(engine: ConsoleEngine): ConsoleEngine {
  return {
    submit: (line) => engine.submit(line),
    interrupt: () => engine.interrupt(),
    endOfInput: () => engine.endOfInput(),
    state: () => engine.state(),
    prompt: () => engine.prompt(),
    complete: (line, cursor) => engine.complete(line, cursor),
    history: () => engine.history(),
    records: () => engine.records(),
    onStateChange: (listener) => engine.onStateChange(listener),
    onRecord: (listener) => engine.onRecord(listener),
    forwards: () => engine.forwards(),
    loseForward: (localPort, text) => engine.loseForward(localPort, text),
    connectForward: (localPort, text) => engine.connectForward(localPort, text),
    dispose: () => engine.dispose(),
  };
}
