/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (Callbacks passed to page.evaluate run in the browser, so these tests see DOM types.)
// Reads and drives the xterm console the way a learner does: keyboard in, screen text out.
import { expect, type Page } from '@playwright/test';

/** The terminal's visible rows as text (xterm's DOM renderer draws them in .xterm-rows). */
export async function screenLines(page: Page): Promise<string[]> {
  return page
    .locator('.xterm-rows > div')
    .evaluateAll((rows) => rows.map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
}

/** The row the cursor is on: the prompt and the line being typed. */
export async function currentLine(page: Page): Promise<string> {
  const lines = await screenLines(page);
  const cursorRow = await page
    .locator('.xterm-rows > div')
    .evaluateAll((rows) => rows.findIndex((row) => row.querySelector('.xterm-cursor') !== null));
  return cursorRow >= 0 ? lines[cursorRow]! : (lines.filter((l) => l !== '').at(-1) ?? '');
}

export async function focusConsole(page: Page): Promise<void> {
  await page.locator('.pl-console .xterm').click();
}

export async function expectCurrentLine(page: Page, text: string): Promise<void> {
  await expect.poll(() => currentLine(page)).toBe(text);
}

/**
 * Waits until the console shows its prompt, i.e. it is ready for input, and the page around it is
 * live: the built page is pre-rendered, and React takes it over (and drops the mark) at the first
 * pause in typing.
 */
export async function waitForPrompt(page: Page): Promise<void> {
  await expect.poll(() => currentLine(page), { timeout: 15_000 }).toMatch(/\$ ?$/);
  await expect(page.locator('#root[data-pre-rendered]')).toHaveCount(0, { timeout: 15_000 });
}

/** Holds back the chunk that carries the simulator and kubectl until the returned function lets it through. */
export async function holdBackSession(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/browser-session-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
