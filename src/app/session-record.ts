// What a session is made of, as the page saves it and a share link carries it: the cluster's
// seed and start time, then every input that can change the cluster (console lines, Ctrl+C and
// Ctrl+D, file edits, `kubectl edit` saves, the in-app browser's requests, clock steps and skips,
// lesson starts), each at the simulated time it happened. The simulator is deterministic, so
// replaying these on a new cluster with the same seed rebuilds the same cluster, second for second.
//
// Times are milliseconds since the cluster's start. Reading a record never trusts it: anything
// not of the exact shape below makes the whole record unreadable.

export const RECORD_FORMAT = 1;

/** Inputs on the simulated clock; `term` is the terminal (0: the first one). */
export type RecordEvent =
  | { t: number; k: 'write'; name: string; text: string }
  | { t: number; k: 'remove'; name: string }
  /** A lesson (or the Sandbox) was put in place at `step`, with `done` steps; `restore`: the Sandbox's earlier work replayed. */
  | { t: number; k: 'build'; lesson: string; step: number; done: number[]; restore?: true }
  | { t: number; k: 'line'; term: number; line: string }
  | { t: number; k: 'interrupt'; term: number }
  | { t: number; k: 'eof'; term: number }
  | { t: number; k: 'edit'; term: number; text: string }
  | { t: number; k: 'close'; term: number }
  /** A command finished here: waits end on the clock's advances, so the replay advances to this moment too. */
  | { t: number; k: 'mark' }
  | { t: number; k: 'step' }
  | { t: number; k: 'skip'; ms: number }
  /** The in-app browser's request to a Pod's port (kuard's buttons change what its probes answer). */
  | { t: number; k: 'browse'; ns: string; pod: string; port: number; method: string; path: string; body?: string };

export interface SessionRecord {
  format: typeof RECORD_FORMAT;
  seed: number;
  /** The cluster's start time (epoch ms). */
  start: number;
  events: RecordEvent[];
  /** The simulated time last seen, in ms since `start`. */
  now: number;
  playing: boolean;
}

/** More than this is not replayed (a long day's session would take too long to rebuild). */
export const MAX_EVENTS = 20_000;
const MAX_TEXT = 1_000_000;

type Fields = Record<string, unknown>;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 2 ** 48;
const isTerm = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 255;

function readEvent(value: unknown): RecordEvent | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const e = value as Fields;
  const t = e.t;
  if (!isTime(t)) return undefined;
  switch (e.k) {
    case 'write':
      return isName(e.name) && isText(e.text) ? { t, k: 'write', name: e.name, text: e.text } : undefined;
    case 'remove':
      return isName(e.name) ? { t, k: 'remove', name: e.name } : undefined;
    case 'build': {
      const done = e.done;
      if (!isName(e.lesson) || !isTerm(e.step) || !Array.isArray(done) || !done.every(isTerm)) return undefined;
      const build: RecordEvent = { t, k: 'build', lesson: e.lesson, step: e.step, done: done };
      if (e.restore === true) build.restore = true;
      return build;
    }
    case 'line':
      return isTerm(e.term) && isText(e.line) ? { t, k: 'line', term: e.term, line: e.line } : undefined;
    case 'edit':
      return isTerm(e.term) && isText(e.text) ? { t, k: 'edit', term: e.term, text: e.text } : undefined;
    case 'interrupt':
    case 'eof':
    case 'close':
      return isTerm(e.term) ? { t, k: e.k, term: e.term } : undefined;
    case 'mark':
    case 'step':
      return { t, k: e.k };
    case 'skip':
      return isTime(e.ms) && e.ms > 0 ? { t, k: 'skip', ms: e.ms } : undefined;
    case 'browse': {
      const port = e.port;
      if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
      if (!isName(e.ns) || !isName(e.pod) || !isName(e.method) || !isText(e.path)) return undefined;
      if (e.body !== undefined && !isText(e.body)) return undefined;
      const browse: RecordEvent = { t, k: 'browse', ns: e.ns, pod: e.pod, port, method: e.method, path: e.path };
      if (typeof e.body === 'string') browse.body = e.body;
      return browse;
    }
    default:
      return undefined;
  }
}

/** The record `value` holds, or undefined when it is not exactly a record of this format. */
export function readRecord(value: unknown): SessionRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Fields;
  if (r.format !== RECORD_FORMAT) return undefined;
  if (!isTime(r.seed) || !isTime(r.start) || !isTime(r.now) || typeof r.playing !== 'boolean') return undefined;
  if (!Array.isArray(r.events) || r.events.length > MAX_EVENTS) return undefined;
  const events: RecordEvent[] = [];
  let last = 0;
  for (const raw of r.events) {
    const event = readEvent(raw);
    // The clock never goes back: an event before the one ahead of it cannot be replayed.
    if (!event || event.t < last) return undefined;
    last = event.t;
    events.push(event);
  }
  if (r.now < last) return undefined;
  return { format: RECORD_FORMAT, seed: r.seed, start: r.start, events, now: r.now, playing: r.playing };
}
