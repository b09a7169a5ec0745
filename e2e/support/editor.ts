/// <reference lib="dom" />
// Drives the manifest editor the way a learner does. Lessons decide which files a page starts
// with, so tests that need a known manifest create their own file first.
import { expect, type Page } from '@playwright/test';
import { waitForPrompt } from './console';

export const KUARD_POD = `apiVersion: v1
kind: Pod
metadata:
  name: kuard
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      ports:
        - containerPort: 8080
          name: http
          protocol: TCP
`;

/** A fresh page (nothing saved) whose editor shows a new file holding `content`. */
export async function openNewFile(page: Page, name: string, content: string): Promise<void> {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
  await page.locator('.monaco-editor .view-lines').click();
  // Pasted, as a learner copying a manifest would: typed text would be auto-indented line by line.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), content);
  await page.keyboard.press('Control+v');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText(content.split('\n')[0]!);
}

/**
 * Puts the cursor at the end of a line of the file (1-based) and types there, `delay` ms between
 * keys (a learner's typing speed rather than the machine's).
 */
export async function typeAtEndOfLine(page: Page, line: number, text: string, delay = 0): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay });
}

export function editorText(page: Page) {
  return page.locator('.monaco-editor .view-lines');
}

/** Monaco shows a hover only after the mouse has moved over a spot: glide onto its middle. */
export async function hoverOver(page: Page, locator: ReturnType<Page['locator']>): Promise<void> {
  const box = (await locator.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + 1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
}

export function visibleHover(page: Page) {
  return page.locator('.monaco-hover:not(.hidden)');
}

/**
 * Hovers `target` until Monaco's hover shows `text`. Markers are recomputed after each keystroke,
 * so the first squiggle may be replaced under the mouse; hovering again reaches the settled one.
 */
export async function expectHoverText(page: Page, target: ReturnType<Page['locator']>, text: string): Promise<void> {
  await expect(async () => {
    await page.mouse.move(0, 0);
    await hoverOver(page, target);
    await expect(visibleHover(page)).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
