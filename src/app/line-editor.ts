// The console's line editor, as a pure function: (state, key) → (state, what to write to the
// terminal, what the shell should do). The xterm component only forwards keys and writes bytes,
// so every editing rule here is unit-tested without a DOM. Key bindings follow GNU Readline's
// emacs mode, the default of bash (the shell a learner's real terminal runs).

import type { Completion } from '../kubectl/console-types';
import { type Key, parseKeys } from './terminal-keys';
import { layoutMove, type Layout } from './terminal-layout';

export interface LineState {
  /** The line as code points, so the cursor never splits a surrogate pair. */
  chars: string[];
  /** Index in `chars` the next typed character is inserted at. */
  cursor: number;
  /** Position while browsing history: index into the history list, or undefined on the live line. */
  historyIndex: number | undefined;
  /** The line being typed before Up was first pressed, restored when Down walks back past the newest entry. */
  draft: string[];
  /** Readline lists candidates on the second consecutive Tab that cannot extend the word. */
  lastKeyWasTab: boolean;
}

export type LineAction = { kind: 'submit'; line: string } | { kind: 'interrupt' } | { kind: 'end-of-input' };

export interface LineContext {
  prompt: string;
  /** Terminal width in columns (wrapping decides where the cursor lands). */
  cols: number;
  /** Oldest first. */
  history: readonly string[];
  complete(line: string, cursor: number): Completion;
}

export interface LineResult {
  state: LineState;
  /** Bytes for the terminal (ANSI). */
  output: string;
  actions: LineAction[];
}

export function emptyLine(): LineState {
  return { chars: [], cursor: 0, historyIndex: undefined, draft: [], lastKeyWasTab: false };
}

export function lineText(state: LineState): string {
  return state.chars.join('');
}

/** Feeds raw terminal input (one keystroke, an escape sequence, or pasted text) through the editor. */
export function feed(state: LineState, data: string, ctx: LineContext): LineResult {
  let current = state;
  let output = '';
  const actions: LineAction[] = [];
  for (const key of parseKeys(data)) {
    const step = applyKey(current, key, ctx);
    current = step.state;
    output += step.output;
    actions.push(...step.actions);
  }
  return { state: current, output, actions };
}

/** Draws the prompt and the line from the start of a fresh terminal line, leaving the cursor in place. */
export function renderLine(state: LineState, ctx: LineContext): string {
  const layout = layoutOf(ctx);
  const end = state.chars.length;
  return ctx.prompt + lineText(state) + wrapFix(layout, end) + layoutMove(layout, end, state.cursor);
}

function applyKey(state: LineState, key: Key, ctx: LineContext): LineResult {
  const result = applyKeyInner(state, key, ctx);
  const isTab = key.kind === 'tab';
  if (result.state.lastKeyWasTab !== isTab) result.state = { ...result.state, lastKeyWasTab: isTab };
  return result;
}

function applyKeyInner(state: LineState, key: Key, ctx: LineContext): LineResult {
  const none: LineAction[] = [];
  switch (key.kind) {
    case 'text':
      return replaceRange(state, state.cursor, state.cursor, [...key.text], ctx);
    case 'enter': {
      const layout = layoutOf(ctx);
      const toEnd = layoutMove(layout, state.cursor, state.chars.length);
      return { state: emptyLine(), output: toEnd + '\r\n', actions: [{ kind: 'submit', line: lineText(state) }] };
    }
    case 'backspace':
      if (state.cursor === 0) return bell(state);
      return replaceRange(state, state.cursor - 1, state.cursor, [], ctx);
    case 'delete':
      if (state.cursor >= state.chars.length) return bell(state);
      return replaceRange(state, state.cursor, state.cursor + 1, [], ctx);
    case 'left':
      return moveTo(state, state.cursor - 1, ctx);
    case 'right':
      return moveTo(state, state.cursor + 1, ctx);
    case 'home':
      return moveTo(state, 0, ctx);
    case 'end':
      return moveTo(state, state.chars.length, ctx);
    case 'word-left':
      return moveTo(state, previousWordStart(state.chars, state.cursor), ctx);
    case 'word-right':
      return moveTo(state, nextWordEnd(state.chars, state.cursor), ctx);
    case 'kill-to-start':
      return replaceRange(state, 0, state.cursor, [], ctx);
    case 'kill-to-end':
      return replaceRange(state, state.cursor, state.chars.length, [], ctx);
    case 'kill-word-back':
      return replaceRange(state, previousSpaceDelimitedStart(state.chars, state.cursor), state.cursor, [], ctx);
    case 'history-up':
      return browseHistory(state, -1, ctx);
    case 'history-down':
      return browseHistory(state, +1, ctx);
    case 'tab':
      return complete(state, ctx);
    case 'interrupt': {
      // bash: ^C abandons the line, shows "^C" and starts a fresh prompt; the shell decides what else stops.
      const layout = layoutOf(ctx);
      const toEnd = layoutMove(layout, state.cursor, state.chars.length);
      return { state: emptyLine(), output: toEnd + '^C\r\n', actions: [{ kind: 'interrupt' }] };
    }
    case 'eof':
      // Ctrl+D: end of input on an empty line, else delete the character under the cursor (readline).
      if (state.chars.length === 0) return { state, output: '', actions: [{ kind: 'end-of-input' }] };
      if (state.cursor >= state.chars.length) return bell(state);
      return replaceRange(state, state.cursor, state.cursor + 1, [], ctx);
    case 'clear-screen':
      // Ctrl+L: clear the screen and redraw the prompt and the line at the top.
      return { state, output: '\x1b[H\x1b[2J' + renderLine(state, ctx), actions: none };
    case 'ignored':
      return { state, output: '', actions: none };
  }
}

function layoutOf(ctx: LineContext): Layout {
  return { cols: Math.max(1, ctx.cols), promptWidth: [...ctx.prompt].length };
}

function bell(state: LineState): LineResult {
  return { state, output: '\x07', actions: [] };
}

function moveTo(state: LineState, target: number, ctx: LineContext): LineResult {
  const clamped = Math.max(0, Math.min(state.chars.length, target));
  if (clamped === state.cursor) return { state, output: '', actions: [] };
  return {
    state: { ...state, cursor: clamped },
    output: layoutMove(layoutOf(ctx), state.cursor, clamped),
    actions: [],
  };
}

/**
 * Replaces chars[from, to) with `insert` and redraws only from `from` onward: move there, write the
 * new tail, erase what the old, longer line left behind, then move back to the new cursor.
 */
function replaceRange(state: LineState, from: number, to: number, insert: string[], ctx: LineContext): LineResult {
  const chars = [...state.chars.slice(0, from), ...insert, ...state.chars.slice(to)];
  const cursor = from + insert.length;
  return {
    state: { ...state, chars, cursor },
    output: redrawFrom(state.cursor, from, chars, cursor, ctx),
    actions: [],
  };
}

function redrawFrom(oldCursor: number, from: number, chars: string[], newCursor: number, ctx: LineContext): string {
  const layout = layoutOf(ctx);
  const tail = chars.slice(from).join('');
  return (
    layoutMove(layout, oldCursor, from) +
    tail +
    wrapFix(layout, chars.length) +
    '\x1b[J' +
    layoutMove(layout, chars.length, newCursor)
  );
}

/**
 * After writing up to the last column, a terminal holds the cursor in a "pending wrap" state on
 * that row. Writing a space and a carriage return moves it to the start of the next row for
 * real, so the cursor arithmetic that follows starts from the cell it believes it is in.
 */
function wrapFix(layout: Layout, end: number): string {
  const column = layout.promptWidth + end;
  return column > 0 && column % layout.cols === 0 ? ' \r' : '';
}

function replaceWholeLine(state: LineState, chars: string[], ctx: LineContext, extra: Partial<LineState>): LineResult {
  const redraw = redrawFrom(state.cursor, 0, chars, chars.length, ctx);
  return { state: { ...state, ...extra, chars, cursor: chars.length }, output: redraw, actions: [] };
}

function browseHistory(state: LineState, direction: -1 | 1, ctx: LineContext): LineResult {
  const history = ctx.history;
  const from = state.historyIndex ?? history.length;
  const target = from + direction;
  if (target < 0 || target > history.length || history.length === 0) return bell(state);
  if (target === history.length) {
    return replaceWholeLine(state, state.draft, ctx, { historyIndex: undefined, draft: [] });
  }
  const draft = state.historyIndex === undefined ? state.chars : state.draft;
  return replaceWholeLine(state, [...history[target]!], ctx, { historyIndex: target, draft });
}

function complete(state: LineState, ctx: LineContext): LineResult {
  const line = lineText(state);
  // The completer sees UTF-16 offsets; translate the code-point cursor.
  const cursorOffset = state.chars.slice(0, state.cursor).join('').length;
  let completion: Completion;
  try {
    completion = ctx.complete(line, cursorOffset);
  } catch {
    return bell(state);
  }
  const fromChars = [...line.slice(0, Math.max(0, Math.min(completion.from, cursorOffset)))].length;
  const word = state.chars.slice(fromChars, state.cursor).join('');
  const candidates = [...new Set(completion.candidates.filter((c) => c.startsWith(word)))];
  if (candidates.length === 0) return bell(state);
  if (candidates.length === 1) {
    const only = candidates[0]!;
    // A finished word gets a space, like bash; a directory or a flag waiting for its value does not.
    const suffix = /[/=]$/.test(only) ? '' : ' ';
    return replaceRange(state, fromChars, state.cursor, [...only, ...suffix], ctx);
  }
  const common = commonPrefix(candidates);
  if (common.length > word.length) return replaceRange(state, fromChars, state.cursor, [...common], ctx);
  if (!state.lastKeyWasTab) return bell(state);
  // Second Tab: list the candidates below the line, then draw the prompt and the line again.
  const layout = layoutOf(ctx);
  const toEnd = layoutMove(layout, state.cursor, state.chars.length);
  const listing = formatColumns([...candidates].sort(), ctx.cols);
  return { state, output: toEnd + '\r\n' + listing + renderLine(state, ctx), actions: [] };
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) {
    while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/** Lays candidates out in columns, filled top to bottom like readline's listing. */
export function formatColumns(words: string[], cols: number): string {
  const width = Math.max(...words.map((w) => [...w].length)) + 2;
  const perRow = Math.max(1, Math.floor(cols / width));
  const rows = Math.ceil(words.length / perRow);
  let text = '';
  for (let row = 0; row < rows; row++) {
    const cells: string[] = [];
    for (let col = 0; col < perRow; col++) {
      const word = words[col * rows + row];
      if (word !== undefined) cells.push(word.padEnd(width));
    }
    text += cells.join('').trimEnd() + '\r\n';
  }
  return text;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Alt+B / Ctrl+Left: back to the start of the current or previous word (letters and digits). */
function previousWordStart(chars: string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return i;
}

/** Alt+F / Ctrl+Right: forward to the end of the current or next word. */
function nextWordEnd(chars: string[], cursor: number): number {
  let i = cursor;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return i;
}

/** Ctrl+W (unix-word-rubout) deletes back to the previous whitespace, so "-o=yaml" goes in one press. */
function previousSpaceDelimitedStart(chars: string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && chars[i - 1] === ' ') i--;
  while (i > 0 && chars[i - 1] !== ' ') i--;
  return i;
}
