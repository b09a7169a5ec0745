// Replays a session record (session-record.ts) on the simulated clock, at once: each input runs
// when the clock reaches the time it happened, in terminals of its own whose output nobody sees,
// on a workspace rebuilt from the recorded file changes. On a cluster made with the record's seed
// and start time, the result is the cluster the record was made on, second for second.
//
// A replay always ends: it stops at the record's last moment, and whatever was still running then
// (a `get -w`, a `port-forward`, a `sleep`) is ended as closing the page ended it.

import type { ConsoleEngine, ConsoleOptions, Workspace } from '../kubectl/console-types';
import type { Cluster } from '../sim/index';
import type { HttpRequest } from '../sim/program';
import { SANDBOX_ID } from '../lessons/route';
import type { LessonController } from './lesson-controller';
import type { RecordEvent, SessionRecord } from './session-record';
import type { SessionRecorder } from './session-recorder';
import { lostConnectionLog } from './forward-browser';

export type BuildEvent = Extract<RecordEvent, { k: 'build' }>;

export interface ReplayParts {
  cluster: Cluster;
  createConsole(options: ConsoleOptions): ConsoleEngine;
  /** Puts a lesson in place as `event` says; its steps' solutions write to `workspace`. */
  build(event: BuildEvent, workspace: Workspace): void;
}

export interface ReplayOutcome {
  /** The workspace the record leaves. */
  files: Map<string, string>;
  /** Console lines replayed. */
  commands: number;
  /** Terminals the record used, all ended now. */
  terminals: number[];
}

const HTTP_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD'];

/** Plays events on `cluster`, `offset` being the clock time of t = 0. */
function createPlayer(parts: Pick<ReplayParts, 'cluster' | 'createConsole'>, files: Map<string, string>) {
  const workspace: Workspace = {
    list: () => [...files.keys()],
    read: (name) => files.get(name),
    write: (name, content) => void files.set(name, content),
  };
  const engines = new Map<number, ConsoleEngine>();
  const pendingEdits = new Map<number, (text: string) => void>();
  const used = new Set<number>();
  let commands = 0;

  const engineFor = (term: number): ConsoleEngine => {
    used.add(term);
    let engine = engines.get(term);
    if (!engine) {
      engine = parts.createConsole({
        cluster: parts.cluster,
        workspace,
        clockDriver: 'external',
        hooks: { output: () => {}, openEditor: (_object, save) => void pendingEdits.set(term, save) },
      });
      engines.set(term, engine);
    }
    return engine;
  };
  const close = (term: number): void => {
    const engine = engines.get(term);
    if (!engine) return;
    // As closing a terminal window does: the foreground command is interrupted first.
    if (engine.state().kind !== 'idle') engine.interrupt();
    engine.dispose();
    engines.delete(term);
    pendingEdits.delete(term);
  };

  return {
    workspace,
    apply(event: RecordEvent, build?: (event: BuildEvent) => void): void {
      const clock = parts.cluster.clock;
      switch (event.k) {
        case 'write':
          files.set(event.name, event.text);
          break;
        case 'remove':
          files.delete(event.name);
          break;
        case 'build':
          build?.(event);
          break;
        case 'line':
          commands++;
          engineFor(event.term).submit(event.line);
          break;
        case 'interrupt':
          engineFor(event.term).interrupt();
          break;
        case 'eof':
          engineFor(event.term).endOfInput();
          break;
        case 'edit': {
          const save = pendingEdits.get(event.term);
          pendingEdits.delete(event.term);
          save?.(event.text);
          break;
        }
        case 'close':
          close(event.term);
          break;
        case 'mark':
          break;
        case 'step':
          clock.step();
          break;
        case 'skip':
          clock.advanceBy(event.ms);
          break;
        case 'browse': {
          if (!HTTP_METHODS.includes(event.method)) break;
          const request: HttpRequest = {
            method: event.method as HttpRequest['method'],
            path: event.path,
            from: 'port-forward',
          };
          if (event.body !== undefined) request.body = event.body;
          const answer = parts.cluster.portForward(event.ns, event.pod, event.port, request);
          if (answer.ok && !('error' in answer.value)) break;
          // As live: the port-forward the page went through lost its connection and ended.
          const detail = answer.ok ? 'connect: connection refused' : answer.error.message;
          for (const engine of engines.values()) {
            const forward = engine
              .forwards()
              .find((f) => f.namespace === event.ns && f.pod === event.pod && f.podPort === event.port);
            if (forward)
              engine.loseForward(forward.localPort, lostConnectionLog(parts.cluster.clock.now(), forward, detail));
          }
          break;
        }
      }
    },
    closeAll(): void {
      for (const term of [...engines.keys()]) close(term);
    },
    commands: () => commands,
    used: () => [...used].sort((a, b) => a - b),
  };
}

/** What replaying into a live session needs of it. */
export interface ResumableSession {
  cluster: Cluster;
  recorder: SessionRecorder;
  lessons: { controller: Pick<LessonController, 'replayBuild'> } | undefined;
}

/**
 * Rebuilds `session` (made with the record's seed and start time) as the record left it, and goes
 * on recording from there: the record's events come first, then the end of its terminals.
 */
export function resumeSession(
  session: ResumableSession,
  record: SessionRecord,
  createConsole: ReplayParts['createConsole'],
): ReplayOutcome {
  const outcome = session.recorder.quietly(() =>
    replayRecord(
      {
        cluster: session.cluster,
        createConsole,
        build: (event, workspace) =>
          void session.lessons?.controller.replayBuild(event.lesson, event.step, event.done, workspace),
      },
      record,
    ),
  );
  // The page that made the record is gone, and its commands with it: a later replay ends them here too.
  const ended: RecordEvent[] = outcome.terminals.map((term) => ({ t: record.now, k: 'close', term }));
  session.recorder.continueFrom({ ...record, events: [...record.events, ...ended] }, outcome.files);
  return outcome;
}

/** Replays a whole record on a cluster made with its seed and start time. */
export function replayRecord(parts: ReplayParts, record: SessionRecord): ReplayOutcome {
  const files = new Map<string, string>();
  const player = createPlayer(parts, files);
  const clock = parts.cluster.clock;
  record.events.forEach((event, index) => {
    clock.advanceTo(record.start + event.t);
    player.apply(event, (build) => {
      parts.build(build, player.workspace);
      if (build.restore) restoreSandbox(parts, record.events.slice(0, index), record.seed);
      if (build.lesson === SANDBOX_ID) startSandboxVisit(parts.cluster, record.seed, build.t);
    });
  });
  clock.advanceTo(record.start + record.now);
  player.closeAll();
  return { files, commands: player.commands(), terminals: player.used() };
}

/**
 * Coming back to the Sandbox: replays what the learner did in it since it last started empty
 * (`events` is the record before this return), each visit after the other from the clock's time
 * now, so their Pods are back, as old as they were when the learner left. Returns the lines replayed,
 * or undefined when the Sandbox never had a visit to bring back.
 */
export function restoreSandbox(
  parts: Pick<ReplayParts, 'cluster' | 'createConsole'>,
  events: readonly RecordEvent[],
  seed: number,
): number | undefined {
  const isSandboxBuild = (e: RecordEvent): e is BuildEvent => e.k === 'build' && e.lesson === SANDBOX_ID;
  let first = -1;
  events.forEach((e, i) => {
    if (isSandboxBuild(e) && !e.restore) first = i;
  });
  if (first < 0) return undefined;
  const files = new Map<string, string>();
  const player = createPlayer(parts, files);
  const clock = parts.cluster.clock;
  let inSandbox = false;
  let offset = 0;
  events.forEach((event, index) => {
    if (event.k === 'write' || event.k === 'remove') return player.apply(event);
    if (event.k === 'build') {
      if (inSandbox) {
        // The learner left the Sandbox here: its visit ends as it did then.
        clock.advanceTo(offset + event.t);
        player.closeAll();
      }
      inSandbox = index >= first && event.lesson === SANDBOX_ID;
      offset = clock.now() - event.t;
      if (inSandbox) startSandboxVisit(parts.cluster, seed, event.t);
      return;
    }
    if (!inSandbox) return;
    clock.advanceTo(offset + event.t);
    player.apply(event);
  });
  player.closeAll();
  return player.commands();
}

/**
 * Each visit to the Sandbox draws its uids, IPs and name suffixes from a sequence of its own, fixed
 * by the session's seed and the visit's recorded time: bringing the visit back later replays it on
 * that same sequence, so its Pods come back with the uids they had, not fresh ones.
 */
export function startSandboxVisit(cluster: Pick<Cluster, 'random'>, seed: number, visitAt: number): void {
  const low = visitAt % 2 ** 32;
  const high = Math.floor(visitAt / 2 ** 32);
  let mixed = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ low;
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35) ^ high;
  cluster.random.reseed((mixed ^ (mixed >>> 16)) >>> 0);
}
