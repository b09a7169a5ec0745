// The console: an xterm.js terminal that only forwards keys and writes bytes. Editing rules live in
// the pure line editor (src/app/line-editor.ts) behind the console controller; the terminal itself
// is opened outside React (console-terminal.ts), the first one even before React has loaded
// (boot-console.ts): this component places it in the pane and keeps its font and colours current.

import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSessionPromise, useShell } from '../../app/session-context';
import type { Terminal as SessionTerminal } from '../../app/terminals';
import { useColorScheme } from '../theme/use-color-scheme';
import { adoptFirstConsole, openFirstConsole, returnFirstConsole } from './boot-console';
import { CONSOLE_FONT_SIZE, fitQuietly, openConsoleTerminal, type ConsoleTerminal } from './console-terminal';
import { terminalTheme } from './terminal-theme';

/**
 * The first terminal by default (it takes input before the simulator has loaded); with `terminal`,
 * one the learner opened later, whose engine belongs to the session and is closed by it.
 */
export function ConsoleView({
  terminal: extra,
  fontSize = CONSOLE_FONT_SIZE,
}: {
  terminal?: SessionTerminal;
  fontSize?: number;
}) {
  const shell = useShell();
  const sessionPromise = useSessionPromise();
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<ConsoleTerminal | null>(null);
  const scheme = useColorScheme();
  const schemeRef = useRef(scheme);
  schemeRef.current = scheme;
  const fontSizeRef = useRef(fontSize);
  fontSizeRef.current = fontSize;

  // A layout effect: the first console moves here from the pre-rendered page before anything paints.
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const look = { fontSize: fontSizeRef.current, scheme: schemeRef.current };
    if (extra) {
      const view = openConsoleTerminal(
        element,
        { console: extra.console, history: shell.history, output: extra.output },
        look,
      );
      viewRef.current = view;
      view.terminal.focus();
      return () => {
        view.dispose();
        viewRef.current = null;
      };
    }
    const adopted = adoptFirstConsole();
    const first = adopted ?? openFirstConsole(element, shell, sessionPromise, look);
    viewRef.current = first.view;
    // The first console does not take the focus from the page on load (src/ui/common/console-focus.ts:
    // the skip link or a first typed key lead into it); an adopted one keeps the focus it had.
    if (adopted) first.view.moveTo(element, adopted.focusedBeforeTakeover);
    return () => {
      viewRef.current = null;
      if (adopted) returnFirstConsole(adopted);
      else first.dispose();
    };
  }, [shell, sessionPromise, extra]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || view.terminal.options.fontSize === fontSize) return;
    view.terminal.options.fontSize = fontSize;
    fitQuietly(view.fit);
  }, [fontSize]);

  useEffect(() => {
    if (viewRef.current) viewRef.current.terminal.options.theme = terminalTheme(scheme);
  }, [scheme]);

  return extra ? (
    <div className="pl-console-extra" ref={host} data-testid={`console-${extra.id + 1}`} />
  ) : (
    <div className="pl-console" ref={host} data-testid="console" />
  );
}
