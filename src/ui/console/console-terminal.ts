// One console terminal without React: an xterm.js terminal in a host element, fitted to it, its keys
// going through the console controller to an engine. The page's boot code opens the first one into
// the pre-rendered layout before React has loaded (boot-terminal.ts); ConsoleView opens the others
// and adopts the first.

import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { createConsoleController } from '../../app/console-controller';
import type { ColorScheme } from '../theme/use-color-scheme';
import { terminalTheme } from './terminal-theme';

/** Font sizes: the usual one, and the enlarged console's, small enough for describe's widest line at 1280 px. */
export const CONSOLE_FONT_SIZE = 13;
export const WIDE_CONSOLE_FONT_SIZE = 12;

export interface ConsoleTerminal {
  readonly terminal: Terminal;
  readonly fit: FitAddon;
  /** Whether the terminal has the keyboard focus. */
  focused(): boolean;
  /** Moves the terminal into another host element and fits it there; `focus` gives it the focus back. */
  moveTo(host: HTMLElement, focus: boolean): void;
  dispose(): void;
}

export function openConsoleTerminal(
  host: HTMLElement,
  parts: Parameters<typeof createConsoleController>[0],
  look: { fontSize: number; scheme: ColorScheme },
): ConsoleTerminal {
  const terminal = new Terminal({
    fontFamily: "ui-monospace, 'DejaVu Sans Mono', 'SFMono-Regular', Menlo, Consolas, monospace",
    fontSize: look.fontSize,
    lineHeight: 1.2,
    cursorBlink: true,
    scrollback: 5000,
    // Announces output to screen readers through a live region, like a native terminal would.
    screenReaderMode: true,
    theme: terminalTheme(look.scheme),
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  terminal.open(host);
  fitQuietly(fit);

  const controller = createConsoleController(parts, {
    write: (data) => terminal.write(data),
    cols: () => terminal.cols,
  });
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

  // Reading the layout on every cursor move would force one per burst of output: once a frame is enough.
  let followPending = false;
  const followCursor = terminal.onCursorMove(() => {
    if (followPending) return;
    followPending = true;
    requestAnimationFrame(() => {
      followPending = false;
      keepCursorInView(terminal);
    });
  });

  let observed = host;
  const resize = new ResizeObserver(() => fitQuietly(fit));
  resize.observe(host);

  return {
    terminal,
    fit,
    focused: () => terminal.element?.contains(document.activeElement) ?? false,
    moveTo(next, focus) {
      const element = terminal.element;
      if (!element || next === observed) return;
      next.append(element);
      if (focus) terminal.focus();
      resize.unobserve(observed);
      resize.observe(next);
      observed = next;
      fitQuietly(fit);
    },
    dispose() {
      resize.disconnect();
      followCursor.dispose();
      input.dispose();
      controller.dispose();
      terminal.dispose();
    },
  };
}

/**
 * On a phone the terminal keeps kubectl's 80 columns and its pane scrolls sideways. The browser
 * scrolls right to follow a long typed line but never back, so the next prompt, at column 0, would
 * start off-screen: keep the cursor's column in sight.
 */
function keepCursorInView(terminal: Terminal): void {
  const element = terminal.element;
  if (!element || terminal.cols < 1) return;
  let scroller = element.parentElement;
  while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) {
    scroller = scroller.parentElement;
  }
  if (!scroller || scroller.scrollWidth <= scroller.clientWidth) return;
  const cell = element.clientWidth / terminal.cols;
  const left = element.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft;
  const cursor = left + terminal.buffer.active.cursorX * cell;
  if (cursor < scroller.scrollLeft) scroller.scrollLeft = Math.max(0, cursor - left);
  else if (cursor + 2 * cell > scroller.scrollLeft + scroller.clientWidth) {
    scroller.scrollLeft = cursor + 2 * cell - scroller.clientWidth;
  }
}

/** The pane can be zero-sized for a moment (stacked layout, hidden tab); fitting then is meaningless. */
export function fitQuietly(fit: FitAddon): void {
  try {
    const size = fit.proposeDimensions();
    if (size && size.cols > 1 && size.rows > 1) fit.fit();
  } catch {
    // Not laid out yet; the ResizeObserver calls again once it is.
  }
}
