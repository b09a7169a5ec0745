// The first console. The page's boot code opens it into the pre-rendered layout before React and
// the panes have loaded, so the learner types while they arrive; lines typed before the simulator
// has loaded wait for it (deferred-console.ts). ConsoleView then adopts it, terminal and all.

import { createDeferredConsole, type DeferredConsole } from '../../app/deferred-console';
import type { Session } from '../../app/session';
import type { Shell } from '../../app/shell';
import type { ColorScheme } from '../theme/use-color-scheme';
import { CONSOLE_FONT_SIZE, openConsoleTerminal, type ConsoleTerminal } from './console-terminal';

export interface FirstConsole {
  readonly view: ConsoleTerminal;
  readonly engine: DeferredConsole;
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
    engine: deferred,
    focusedBeforeTakeover: false,
    dispose() {
      view.dispose();
      deferred.dispose();
    },
  };
}

/**
 * Opens the first console into `host` at once, for ConsoleView to adopt later. It does not take the
 * focus (src/ui/common/console-focus.ts: the skip link or a first typed key lead into it). Resolves
 * when the learner is not midway through a command (typingPaused), so that React's mount, a long
 * task, does not hold up their keys or the first answer.
 */
export function startFirstConsole(host: HTMLElement, shell: Shell, session: Promise<Session>): Promise<void> {
  const scheme = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const first = openFirstConsole(host, shell, session, { fontSize: CONSOLE_FONT_SIZE, scheme });
  opened = first;
  return typingPaused(first);
}

/** How long without a key counts as a pause in typing. */
const TYPING_PAUSE_MS = 500;

/**
 * Resolves once the learner has paused (nothing typed for TYPING_PAUSE_MS) or the line they typed
 * has been answered; never while a typed line waits for the engine's code to arrive, which React's
 * chunk would only compete with.
 */
function typingPaused(first: FirstConsole): Promise<void> {
  const { terminal } = first.view;
  const { engine } = first;
  const waitsForEngine = () => !engine.ready() && engine.state().kind === 'running';
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lineEnded = false;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      keys.dispose();
      stop();
      resolve();
    };
    const paused = (): void => {
      if (!waitsForEngine()) finish();
    };
    const keys = terminal.onData((data) => {
      clearTimeout(timer);
      timer = setTimeout(paused, TYPING_PAUSE_MS);
      lineEnded = /[\r\n]/.test(data);
      // After the controller's own handler, which has run the line by then.
      queueMicrotask(() => {
        if (lineEnded && !waitsForEngine() && engine.state().kind !== 'running') finish();
      });
    });
    // The engine arrived and took the waiting line (or could not be loaded, and said so).
    const stop = engine.onStateChange(() => {
      if (lineEnded && !waitsForEngine()) finish();
    });
    timer = setTimeout(paused, TYPING_PAUSE_MS);
  });
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
