// A session: one simulated cluster, the console engine talking to it, the learner's files and
// history, and the clock driver that plays simulated time. This file is the app's surface for
// every pane (the UI reaches it through `useSession()` in session-context.tsx):
//
//   cluster      Cluster           the simulated cluster: ClusterApi (src/sim/api.ts) plus onProbe etc.
//   console      ConsoleEngine     runs command lines (src/kubectl/console-types.ts)
//   output       OutputBus         the console's output, for the terminal view
//   files        FilesStore        workspace files = editor tabs = what `kubectl apply -f` reads
//   history      HistoryStore      console history, kept across reloads
//   edits        EditsStore        objects opened by `kubectl edit`, shown as editor tabs
//   forwards     ForwardsStore     open port-forwards, for the in-app browser panel
//   notices      NoticesStore      the page's own messages: failed saves, blocked storage, a new version
//   storage      KeyValueStorage   where the learner's work is saved (src/app/durable-storage.ts in the page)
//   clockDriver  ClockDriver       play/pause/speed/step of simulated time (src/app/clock-driver.ts)
//   terminals    TerminalsStore    more terminals on the same cluster and files (src/app/terminals.ts)
//   lessons      SessionLessons    the lesson catalogue, the learner's progress and the lesson controller
//                                  (src/app/lesson-controller.ts); undefined in a session without lessons
//
// Those from output to notices are the shell (src/app/shell.ts): the page makes them before the simulator has
// loaded, and panes that need only them use `useShell()`. Everything is made by factories, so tests
// and lessons can build as many sessions as they like.

import type { Cluster, ClusterOptions } from '../sim/index';
import type { ConsoleEngine, ConsoleOptions } from '../kubectl/console-types';
import { createClockDriver, type ClockDriver, type FrameSource } from './clock-driver';
import type { Catalog } from '../lessons/catalog';
import { createLessonController, type LessonController } from './lesson-controller';
import { createProgressStore, type ProgressStore } from './progress-store';
import type { KeyValueStorage } from './persistence';
import { createShell, type Shell, type ShellOptions } from './shell';
import type { StarterFile } from './starter-files';
import { createTerminals, type TerminalsStore } from './terminals';
import { createRecorder, type SessionRecorder } from './session-recorder';
import { restoreSandbox, startSandboxVisit } from './session-replay';
import { SANDBOX_ID } from '../lessons/route';

export type { Shell } from './shell';

export interface Session extends Shell {
  readonly cluster: Cluster;
  readonly console: ConsoleEngine;
  readonly clockDriver: ClockDriver;
  /** Terminals the learner opened besides the first (src/app/terminals.ts). */
  readonly terminals: TerminalsStore;
  readonly lessons: SessionLessons | undefined;
  /** Everything the learner does that changes the cluster, for a reload or a link to replay (src/app/session-recorder.ts). */
  readonly recorder: SessionRecorder;
  dispose(): void;
}

export interface SessionLessons {
  readonly catalog: Catalog;
  /** What the learner has done, per lesson (saved in the session's storage). */
  readonly progress: ProgressStore;
  readonly controller: LessonController;
}

export interface SessionOptions {
  createCluster(options: ClusterOptions): Cluster;
  createConsole(options: ConsoleOptions): ConsoleEngine;
  /** Simulated "now" at start, in epoch ms (the browser passes the real time once). */
  startTime: number;
  seed: number;
  /** The shell made earlier by the page; made here from `storage` and `originals` when absent. */
  shell?: Shell;
  storage?: KeyValueStorage;
  /** Start files (and what reset restores); the chapter's kuard-pod.yaml by default. */
  originals?: readonly StarterFile[];
  /** Animation frames for the clock driver; tests pass a hand-cranked source. */
  frames?: FrameSource;
  /** Whether simulated time starts playing (default true). */
  playing?: boolean;
  /** The lessons this session can open; without them it is a plain cluster and console. */
  catalog?: Catalog;
  /** False: the session's record is not saved (the page saves it, to replay it after a reload). */
  record?: boolean;
}

/** Steps and skips of the clock are inputs: a replay makes them at the same moments. */
function recordClockActions(clockDriver: ClockDriver, recorder: SessionRecorder): void {
  const { step, skip } = clockDriver.getState();
  clockDriver.setState({
    step() {
      recorder.input({ k: 'step' });
      return step();
    },
    skip(ms) {
      if (Number.isFinite(ms) && ms > 0) recorder.input({ k: 'skip', ms: Math.round(ms) });
      skip(ms);
    },
  });
}

export function createSession(options: SessionOptions): Session {
  const cluster = options.createCluster({ startTime: options.startTime, seed: options.seed });
  const shellOptions: ShellOptions = { storage: options.storage, originals: options.originals };
  const shell = options.shell ?? createShell(shellOptions);
  const { output, files, history, edits, forwards, notices } = shell;
  const storage = options.storage ?? shell.storage;
  const clockDriver = createClockDriver(cluster.clock, options.frames, { playing: options.playing ?? true });
  const recorder = createRecorder({
    cluster,
    files,
    seed: options.seed,
    start: options.startTime,
    storage: options.record === false ? undefined : storage,
    playing: () => clockDriver.getState().playing,
  });
  recordClockActions(clockDriver, recorder);

  const terminals = createTerminals({ cluster, shell, clockDriver, createConsole: options.createConsole, recorder });
  const engine = terminals.first;

  const base = { cluster, console: engine, output, files, history, edits, forwards, notices, storage, clockDriver };
  let lessons: SessionLessons | undefined;
  if (options.catalog) {
    const progress = createProgressStore(storage);
    // A lesson step counts the commands typed in any terminal.
    const recordsOfAllTerminals = { ...engine, records: terminals.log.records, onRecord: terminals.log.onRecord };
    const controller = createLessonController(
      { ...base, console: recordsOfAllTerminals },
      options.catalog,
      progress,
      (built) => {
        recorder.input({ k: 'build', lesson: built.lesson, step: built.step, done: built.done }, built.resetAt);
        const buildEvent = recorder.events().at(-1);
        const startVisit = () => {
          if (built.lesson === SANDBOX_ID && buildEvent) startSandboxVisit(cluster, options.seed, buildEvent.t);
        };
        if (!built.restore) return startVisit();
        const before = recorder.events().slice(0, -1);
        const replayed = recorder.quietly(() =>
          restoreSandbox({ cluster, createConsole: options.createConsole }, before, options.seed),
        );
        startVisit();
        if (replayed === undefined) return;
        // Marked only when there was a visit to bring back, so a replay does the same.
        if (buildEvent?.k === 'build') buildEvent.restore = true;
        if (replayed > 0)
          output.write(
            `Your Sandbox is back as you left it (${replayed} ${replayed === 1 ? 'command' : 'commands'} replayed).\n`,
          );
      },
    );
    lessons = { catalog: options.catalog, progress, controller };
  }

  return {
    ...base,
    terminals: terminals.store,
    lessons,
    recorder,
    dispose() {
      recorder.dispose();
      lessons?.controller.dispose();
      terminals.dispose();
      clockDriver.getState().dispose();
    },
  };
}
