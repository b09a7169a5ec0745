// The first console. The page's boot code opens it into the pre-rendered layout before React and
// the panes have loaded, so the learner types while they arrive; lines typed before the simulator
// has loaded wait for it (deferred-console.ts). ConsoleView then adopts it, terminal and all.

import { createDeferredConsole } from '../../app/deferred-console';
import type { Session } from '../../app/session';
import type { Shell } from '../../app/shell';
import type { ColorScheme } from '../theme/use-color-scheme';
import { CONSOLE_FONT_SIZE, openConsoleTerminal, type ConsoleTerminal } from './console-terminal';

export interface FirstConsole {
  readonly view: ConsoleTerminal;
  /** Whether it had the focus just before React replaced the pre-rendered page (and so removed it). */
  focusedBeforeTakeover: boolean;
  dispose(): void;
}

let opened: FirstConsole | undefined;

export function openFirstConsole(
  host: HTMLElement,
  shell: Shell,
  session: Promise<Session>,
  look: { fontSize: number; scheme: ColorScheme },
): FirstConsole {
  const deferred = createDeferredConsole(
    session.then((s) => s.console),
    shell,
  );
  const view = openConsoleTerminal(
    host,
    { console: deferred, history: shell.history, output: shell.output, engineReady: () => deferred.ready() },
    look,
  );
  return {
    view,
    focusedBeforeTakeover: false,
    dispose() {
      view.dispose();
      deferred.dispose();
    },
  };
}

/** Opens the first console into `host` at once, focused, for ConsoleView to adopt later. */
export function startFirstConsole(host: HTMLElement, shell: Shell, session: Promise<Session>): void {
  const scheme = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  opened = openFirstConsole(host, shell, session, { fontSize: CONSOLE_FONT_SIZE, scheme });
  opened.view.terminal.focus();
}

/**
 * Notes whether the console has the focus, for React's first render, which removes the pre-rendered
 * page from the document (and the focus with it) in the same task as the console is adopted: keys
 * pressed meanwhile wait for that task and then go to the console again, not to the page.
 */
export function noteFocusBeforeTakeover(): void {
  if (opened) opened.focusedBeforeTakeover = opened.view.focused();
}

/** The console startFirstConsole opened, handed over once (undefined: none was, as in `vite dev`). */
export function adoptFirstConsole(): FirstConsole | undefined {
  const console = opened;
  opened = undefined;
  return console;
}

/** Gives an adopted console back (React's development mode unmounts and mounts every component twice). */
export function returnFirstConsole(console: FirstConsole): void {
  opened = console;
}
