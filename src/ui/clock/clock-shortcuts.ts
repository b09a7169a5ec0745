// The clock's keyboard shortcuts, as data: one table that the key handler, the help tooltip and the
// tests all read. Keys are never taken while the learner types in the console, the editor or a field.
// Space is deliberately not one of them: on a page that is mostly reading, Space scrolls, and a
// learner pressing it to read on must never freeze the cluster without noticing.

export type ClockAction =
  { kind: 'toggle' } | { kind: 'step' } | { kind: 'faster' } | { kind: 'slower' } | { kind: 'skip'; ms: number };

export interface ClockShortcut {
  /** KeyboardEvent.key values that trigger it. */
  keys: readonly string[];
  /** How the help shows the key. */
  label: string;
  description: string;
  action: ClockAction;
}

export const CLOCK_SHORTCUTS: readonly ClockShortcut[] = [
  { keys: ['k', 'K'], label: 'K', description: 'Play / pause', action: { kind: 'toggle' } },
  { keys: ['.'], label: '.', description: 'Step to the next event', action: { kind: 'step' } },
  { keys: [']'], label: ']', description: 'Faster', action: { kind: 'faster' } },
  { keys: ['['], label: '[', description: 'Slower', action: { kind: 'slower' } },
  { keys: ['l'], label: 'L', description: 'Skip 10 s', action: { kind: 'skip', ms: 10_000 } },
  { keys: ['L'], label: 'Shift+L', description: 'Skip 30 s', action: { kind: 'skip', ms: 30_000 } },
  { keys: ['m', 'M'], label: 'M', description: 'Skip 5 min', action: { kind: 'skip', ms: 300_000 } },
];

/** The parts of a key event (and of its target) the decision needs; a plain object in tests. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element's tag name (upper case, as the DOM reports it). */
  targetTag: string;
  /** The target is contenteditable or sits inside the editor or the terminal. */
  targetIsTextEntry: boolean;
}

const TEXT_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The clock action a key press asks for, or undefined when the key belongs to someone else. */
export function clockActionFor(press: KeyPress): ClockAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (press.targetIsTextEntry || TEXT_TAGS.has(press.targetTag)) return undefined;
  return CLOCK_SHORTCUTS.find((shortcut) => shortcut.keys.includes(press.key))?.action;
}
