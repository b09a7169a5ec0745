// Between the terminal view and the console engine: feeds keystrokes through the line editor,
// submits finished lines, shows the prompt again when a command has finished (at once, or later
// for a streaming command), and keeps the learner's half-typed line intact when output arrives
// while they type. The view gives it a sink that writes to xterm; tests give it a VirtualTerminal.

import type { ConsoleEngine } from '../kubectl/console-types';
import type { HistoryStore } from './history-store';
import { emptyLine, feed, type LineContext, type LineState, renderLine } from './line-editor';
import type { OutputBus } from './output-bus';
import { layoutMove } from './terminal-layout';

export interface TerminalSink {
  write(data: string): void;
  cols(): number;
}

export interface ConsoleController {
  /** Raw input from the terminal (keys, escape sequences, pasted text). */
  input(data: string): void;
  /** The line being edited (for tests and the UI). */
  line(): LineState;
  dispose(): void;
}

/** Splits pasted input after each line end, so each line is echoed just before it runs. */
function splitAfterLineEnds(data: string): string[] {
  return data.split(/(?<=\r\n|\r(?!\n)|\n)/).filter((part) => part !== '');
}

export function createConsoleController(
  parts: {
    console: ConsoleEngine;
    history: HistoryStore;
    output: OutputBus;
    /** False while the engine's code is still loading (deferred-console.ts); always true without it. */
    engineReady?: () => boolean;
  },
  sink: TerminalSink,
): ConsoleController {
  const engine = parts.console;
  const engineReady = parts.engineReady ?? (() => true);
  let line: LineState = emptyLine();
  /**
   * Keys that arrived while the engine could not take them yet, in order: a Tab before completion has
   * loaded, and everything typed after it or after a line that waits for the engine. They are played
   * once the engine is there and idle, as a terminal's type-ahead is read by the shell's next prompt.
   */
  let typeAhead: string[] = [];
  /** A command was submitted and the prompt comes back when it has finished. */
  let awaitingPrompt = false;
  /** The prompt and the line are on screen, so asynchronous output must go above them. */
  let atPrompt = false;

  const context = (): LineContext => ({
    prompt: engine.prompt(),
    cols: Math.max(1, sink.cols()),
    history: parts.history.getState().lines,
    complete: (text, cursor) => engine.complete(text, cursor),
  });

  const showPrompt = (): void => {
    sink.write(renderLine(line, context()));
    atPrompt = true;
  };

  const promptIfFinished = (): void => {
    if (awaitingPrompt && engine.state().kind !== 'running') {
      awaitingPrompt = false;
      showPrompt();
    }
  };

  const unsubscribeOutput = parts.output.subscribe((text) => {
    const data = text.replace(/\r?\n/g, '\r\n');
    if (atPrompt) {
      // Output while the learner is typing: lift the line out, print, put the line back below.
      const ctx = context();
      const layout = { cols: ctx.cols, promptWidth: [...ctx.prompt].length };
      const toLineStart = layoutMove(layout, line.cursor, -layout.promptWidth);
      const ending = data.endsWith('\n') ? '' : '\r\n';
      sink.write(toLineStart + '\x1b[J' + data + ending + renderLine(line, ctx));
    } else {
      sink.write(data);
    }
  });
  const playTypeAhead = (): void => {
    while (typeAhead.length > 0 && engineReady() && !awaitingPrompt && engine.state().kind !== 'running')
      handle(typeAhead.shift()!, true);
  };
  const unsubscribeState = engine.onStateChange(() => {
    promptIfFinished();
    playTypeAhead();
  });

  const submit = (text: string): void => {
    atPrompt = false;
    parts.history.getState().add(text);
    awaitingPrompt = true;
    try {
      engine.submit(text);
    } catch (error) {
      // The engine promises never to throw; if it does, say so rather than freeze the console.
      sink.write(`pod-lab: internal error: ${error instanceof Error ? error.message : String(error)}\r\n`);
    }
    promptIfFinished();
  };

  const mustWait = (data: string): boolean =>
    typeAhead.length > 0 || (!engineReady() && (awaitingPrompt || data.includes('\t')));

  const handle = (data: string, typedAhead = false): void => {
    const state = engine.state();
    // Ctrl+C drops what was typed ahead, as a terminal flushes its input.
    if (data.includes('\x03')) typeAhead = [];
    else if (!typedAhead && mustWait(data)) {
      typeAhead.push(data);
      return;
    }
    if (state.kind === 'running' || awaitingPrompt) {
      // A command owns the terminal: only Ctrl+C reaches it, as with a foreground process.
      if (data.includes('\x03') && state.kind === 'running') {
        sink.write('^C\r\n');
        engine.interrupt();
        promptIfFinished();
      }
      return;
    }
    const result = feed(line, data, context());
    line = result.state;
    sink.write(result.output);
    for (const action of result.actions) {
      if (action.kind === 'submit') submit(action.line);
      else if (action.kind === 'interrupt') {
        if (engine.state().kind === 'shell') engine.interrupt();
        showPrompt();
      } else if (action.kind === 'end-of-input' && engine.state().kind === 'shell') {
        // Ctrl+D leaves a `kubectl exec -it … sh` session; the outer prompt comes back.
        atPrompt = false;
        awaitingPrompt = true;
        sink.write('\r\n');
        engine.endOfInput();
        promptIfFinished();
      }
    }
  };

  showPrompt();

  return {
    input(data) {
      for (const part of splitAfterLineEnds(data)) handle(part);
    },
    line: () => line,
    dispose() {
      unsubscribeOutput();
      unsubscribeState();
    },
  };
}
