// The console: an xterm.js terminal that only forwards keys and writes bytes. Editing rules live in
// the pure line editor (src/app/line-editor.ts) behind the console controller; this component adds
// what needs a browser: fitting to the pane, theme colours, copy and paste through the clipboard.

import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import { createConsoleController } from '../../app/console-controller';
import { createDeferredConsole } from '../../app/deferred-console';
import { useSessionPromise, useShell } from '../../app/session-context';
import type { Terminal as SessionTerminal } from '../../app/terminals';
import { useColorScheme } from '../theme/use-color-scheme';
import { terminalTheme } from './terminal-theme';

/** Font sizes: the usual one, and the enlarged console's, small enough for describe's widest line at 1280 px. */
export const CONSOLE_FONT_SIZE = 13;
export const WIDE_CONSOLE_FONT_SIZE = 12;

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
  const terminalRef = useRef<Terminal | null>(null);
  const scheme = useColorScheme();
  const schemeRef = useRef(scheme);
  schemeRef.current = scheme;
  const fontSizeRef = useRef(fontSize);
  fontSizeRef.current = fontSize;
  const fitRef = useRef<FitAddon | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const terminal = new Terminal({
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', 'SFMono-Regular', Menlo, Consolas, monospace",
      fontSize: fontSizeRef.current,
      lineHeight: 1.2,
      cursorBlink: true,
      scrollback: 5000,
      // Announces output to screen readers through a live region, like a native terminal would.
      screenReaderMode: true,
      theme: terminalTheme(schemeRef.current),
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    terminal.open(element);
    terminalRef.current = terminal;
    fitRef.current = fit;
    fitQuietly(fit);

    // The first terminal takes input before the simulator has loaded; lines typed meanwhile wait for it.
    const deferred = extra
      ? undefined
      : createDeferredConsole(
          sessionPromise.then((s) => s.console),
          shell,
        );
    const engine = extra?.console ?? deferred!;
    const controller = createConsoleController(
      { console: engine, history: shell.history, output: extra?.output ?? shell.output },
      {
        write: (data) => terminal.write(data),
        cols: () => terminal.cols,
      },
    );
    const input = terminal.onData((data) => controller.input(data));

    // Ctrl+C copies when text is selected (otherwise it interrupts); Ctrl+Shift+C always copies.
    // Ctrl+V and Ctrl+Shift+V are left to the browser, whose paste event xterm turns into input.
    terminal.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown') return true;
      const key = event.key.toLowerCase();
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && key === 'c' && (event.shiftKey || terminal.hasSelection())) {
        const text = terminal.getSelection();
        if (text) void navigator.clipboard?.writeText(text).catch(() => undefined);
        terminal.clearSelection();
        event.preventDefault();
        return false;
      }
      if (ctrl && key === 'v') return false;
      // Tab completes, so Shift+Tab is the way out: the browser moves focus to the previous control
      // (no keyboard trap, WCAG 2.1.2).
      if (event.key === 'Tab' && event.shiftKey) return false;
      return true;
    });

    const resize = new ResizeObserver(() => fitQuietly(fit));
    resize.observe(element);
    // A terminal the learner opens takes focus; the first one does not take it from the page on
    // load (src/ui/common/console-focus.ts: the skip link or a first typed key lead into it).
    if (extra) terminal.focus();

    return () => {
      resize.disconnect();
      input.dispose();
      controller.dispose();
      deferred?.dispose();
      terminal.dispose();
      terminalRef.current = null;
      fitRef.current = null;
    };
  }, [shell, sessionPromise, extra]);

  useEffect(() => {
    const terminal = terminalRef.current;
    if (!terminal || terminal.options.fontSize === fontSize) return;
    terminal.options.fontSize = fontSize;
    if (fitRef.current) fitQuietly(fitRef.current);
  }, [fontSize]);

  useEffect(() => {
    if (terminalRef.current) terminalRef.current.options.theme = terminalTheme(scheme);
  }, [scheme]);

  return extra ? (
    <div className="pl-console-extra" ref={host} data-testid={`console-${extra.id + 1}`} />
  ) : (
    <div className="pl-console" ref={host} data-testid="console" />
  );
}

/** The pane can be zero-sized for a moment (stacked layout, hidden tab); fitting then is meaningless. */
function fitQuietly(fit: FitAddon): void {
  try {
    const size = fit.proposeDimensions();
    if (size && size.cols > 1 && size.rows > 1) fit.fit();
  } catch {
    // Not laid out yet; the ResizeObserver calls again once it is.
  }
}
