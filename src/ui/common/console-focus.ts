// Getting to the console from anywhere in one keystroke, without the page starting in it: focus
// begins where a reader begins (the skip link, then the title), so a keyboard user is never held
// in a terminal that takes Tab for completion. "Skip to the console" puts the cursor in the console
// itself, and a learner who simply starts typing on a page where nothing has focus yet is taken
// there with that very key.

/** The text input of the console the learner sees (xterm.js reads keys from a hidden textarea). */
function visibleConsoleInput(): HTMLTextAreaElement | undefined {
  const inputs = document.querySelectorAll<HTMLTextAreaElement>('#pl-console-pane .xterm-helper-textarea');
  return [...inputs].find((input) => input.closest('.xterm')?.getClientRects().length);
}

/** Moves focus into the console; false when there is none to move to yet. */
function focusConsoleInput(): boolean {
  const input = visibleConsoleInput();
  input?.focus();
  return input !== undefined;
}

/**
 * A printable key pressed on a freshly loaded page, before the learner has clicked or focused
 * anything, goes to the console. Once they have (to read, or to reach the clock's K shortcut), keys
 * on the page are theirs again. Returns the remover.
 */
function typeToReachConsole(): void {
  let untouched = true;
  const onTouch = (event: Event) => {
    if (event.target !== document.body) untouched = false;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const nothingFocused = document.activeElement === null || document.activeElement === document.body;
    const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
    // Focus moves before the key's character is inserted, so the character lands in the console; the
    // clock's shortcuts, listening on window after this, then see the console focused and stand down.
    if (untouched && nothingFocused && printable) focusConsoleInput();
  };
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('pointerdown', onTouch, true);
  document.addEventListener('focusin', onTouch, true);
}

/** "Skip to the console" lands in the console's input, ready for typing (the link's target is only the pane). */
function skipLinkFocusesConsole(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.pl-skip-link') : null;
    if (link && focusConsoleInput()) event.preventDefault();
  });
}

/**
 * Installed by the page's boot code, before React has loaded: the console takes keys from its first
 * moment, whatever has mounted around it. (On the workshop page there is no console; keys stay put.)
 */
export function leadKeysToConsole(): void {
  typeToReachConsole();
  skipLinkFocusesConsole();
}
