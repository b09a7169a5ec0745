// The rendered text of whole objects (a List's items, a single document), reused while the
// object's content is unchanged: `get pods -o yaml` typed again renders only the Pods that
// changed since, `kubectl edit` reopening an unchanged Pod renders nothing.
//
// Why not key the text by resourceVersion: the printers are pure functions of whatever objects
// they are handed, and those are not immutable snapshots. The simulator mutates its stored
// objects in place (store.ts) and hands out deep copies, which callers may change again
// (a dry run, a client-side edit, a test fixture copied with another name keeps its
// resourceVersion). So a hit is decided by content: each entry keeps its own snapshot of the
// object it was rendered from, and the object to print must equal it member by member. Walking
// an object to compare it allocates nothing and costs a fraction of rendering it. (Objects are
// plain data, as decoded from JSON: no getters whose value changes between reads.)

/** A renderer's output for one object, and the writer state it ended in (YAML folding depends on the column). */
export interface Rendered {
  readonly text: string;
  readonly column: number;
  readonly atLineStart: boolean;
}

// An object as it was, written out flat as a "tape" in the order the comparison reads it back:
// an object is OBJECT, its member count, then key and value for each member; an array is ARRAY,
// its length, then its items; anything else is itself. One array per object keeps the memo
// cheap to fill and to keep (no nest of small objects for the collector to trace).
const OBJECT = Symbol('object');
const ARRAY = Symbol('array');

interface Entry {
  readonly tape: unknown[];
  readonly rendered: Rendered;
}

// About 10 kB per Pod (text and tape): a few thousand objects stay well under 50 MB.
const ENTRY_LIMIT = 3000;
/** Lists longer than this are rendered without the memo: they would only push each other out. */
export const MEMO_MAX_ITEMS = ENTRY_LIMIT / 2;

const entries = new Map<string, Entry>();
const hasOwn = Object.prototype.hasOwnProperty;

/** Where an object's entry is looked up; the content check decides whether it is still right. */
function keyOf(context: string, obj: object): string | undefined {
  const { kind, metadata } = obj as { kind?: unknown; metadata?: unknown };
  if (metadata === null || typeof metadata !== 'object') return undefined;
  const { name, namespace } = metadata as { name?: unknown; namespace?: unknown };
  if (typeof name !== 'string' || typeof kind !== 'string') return undefined;
  return `${context}\u0000${kind}\u0000${typeof namespace === 'string' ? namespace : ''}\u0000${name}`;
}

function record(value: unknown, tape: unknown[]): void {
  if (value === null || typeof value !== 'object') {
    tape.push(value);
  } else if (Array.isArray(value)) {
    tape.push(ARRAY, value.length);
    for (let i = 0; i < value.length; i++) record(value[i], tape);
  } else {
    tape.push(OBJECT, 0);
    const countAt = tape.length - 1;
    let count = 0;
    for (const k in value) {
      if (!hasOwn.call(value, k)) continue;
      tape.push(k);
      record((value as Record<string, unknown>)[k], tape);
      count++;
    }
    tape[countAt] = count;
  }
}

let tape: unknown[] = [];
let at = 0;

/**
 * True when `value` reads back exactly as the tape from `at` on: the same own keys in the same
 * order, primitives identical (===), arrays of the same length. Stricter than the printers
 * need (they sort keys), never looser. Advances `at` past what matched.
 */
function matches(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return tape[at++] === value;
  // Scalars, most members, are compared in place rather than through another call.
  if (Array.isArray(value)) {
    if (tape[at++] !== ARRAY || tape[at++] !== value.length) return false;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v === null || typeof v !== 'object' ? tape[at++] !== v : !matches(v)) return false;
    }
    return true;
  }
  if (tape[at++] !== OBJECT) return false;
  const count = tape[at++] as number;
  let seen = 0;
  for (const k in value) {
    if (!hasOwn.call(value, k)) continue;
    if (seen === count || tape[at++] !== k) return false;
    const v = (value as Record<string, unknown>)[k];
    if (v === null || typeof v !== 'object' ? tape[at++] !== v : !matches(v)) return false;
    seen++;
  }
  return seen === count;
}

/** The text rendered earlier in this context for an object with the same content, if any. */
export function recall(context: string, obj: object): Rendered | undefined {
  const key = keyOf(context, obj);
  if (key === undefined) return undefined;
  const entry = entries.get(key);
  if (entry === undefined) return undefined;
  tape = entry.tape;
  at = 0;
  const same = matches(obj) && at === tape.length;
  tape = [];
  return same ? entry.rendered : undefined;
}

/** Keeps `rendered` as the text of `obj` (as it is now) in this context. */
export function remember(context: string, obj: object, rendered: Rendered): void {
  const key = keyOf(context, obj);
  if (key === undefined) return;
  entries.delete(key); // re-inserted last: the oldest entries go first
  const recorded: unknown[] = [];
  record(obj, recorded);
  // A text built piece by piece is a tree of pieces until something reads it; flatten it once
  // here (reading a character does that) rather than in every output that reuses it.
  rendered.text.charCodeAt(0);
  entries.set(key, { tape: recorded, rendered });
  if (entries.size > ENTRY_LIMIT) entries.delete(entries.keys().next().value!);
}

/** Forgets every rendered text (tests, and callers that want the cold-path cost). */
export function forgetRendered(): void {
  entries.clear();
}
