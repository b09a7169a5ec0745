/// <reference lib="dom" />
// A keyboard user on load: focus starts where a reader starts, not in the console (which keeps Tab
// for completion); one keystroke reaches the console (the skip link, or simply typing); Shift+Tab
// leaves it; a splitter shows that it has focus.
import { expect, test, type Page } from '@playwright/test';
import { screenLines, waitForPrompt } from './support/console';

async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return `${active.tagName.toLowerCase()}${active.className ? '.' + String(active.className).split(' ')[0] : ''}`;
  });
}

test.use({ viewport: { width: 1280, height: 800 } });

test('on load nothing holds focus; Tab then Enter on "Skip to the console" puts the cursor in the console', async ({
  page,
}) => {
  await page.goto('./#/sandbox');
  await waitForPrompt(page);
  expect(await focusedElement(page)).toBe('body');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the console' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(await focusedElement(page)).toBe('textarea.xterm-helper-textarea');
  await page.keyboard.type('kubectl get nodes\n');
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^NAME +STATUS/));

  // Not a trap: Shift+Tab leaves the console for the control before it.
  await page.keyboard.press('Shift+Tab');
  expect(await focusedElement(page)).not.toBe('textarea.xterm-helper-textarea');
});

test('typing on a page where nothing has focus yet goes to the console, first key included', async ({ page }) => {
  await page.goto('./#/sandbox');
  await waitForPrompt(page);
  // A newcomer's first word starts with K, the clock's play/pause key: it must reach the console whole.
  await page.keyboard.type('kubectl get nodes\n');
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^node-1 +Ready/));
  expect(await focusedElement(page)).toBe('textarea.xterm-helper-textarea');
  await expect(page.locator('.pl-clock__paused')).toHaveCount(0);
});

test('the page has its title as a heading, and a splitter reached with Tab shows focus', async ({ page }) => {
  await page.goto('./#/sandbox');
  await waitForPrompt(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const separator = page.getByRole('separator').first();
  const background = () => separator.evaluate((el) => getComputedStyle(el).backgroundColor);
  const unfocused = await background();
  // Reach it with the keyboard, as a learner would (focus-visible follows keyboard focus).
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await separator.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(separator).toBeFocused();
  expect(await background()).not.toBe(unfocused);
});
