/// <reference lib="dom" />
// A session is the learner's own: the console marks where each lesson begins, a reload brings the
// cluster back as it was (the saved session replayed on the simulated clock), and a link carries
// the session to another browser, which rebuilds the same cluster.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { clearSavedWork } from './support/storage';

async function freshPage(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`);
  await waitForPrompt(page);
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
}

async function run(page: Page, line: string): Promise<void> {
  await focusConsole(page);
  await page.keyboard.type(`${line}\n`);
  await waitForPrompt(page);
}

test('the console marks where one lesson ends and the next begins, keeping what came before', async ({ page }) => {
  await freshPage(page, '#/sandbox');
  await run(page, 'kubectl get nodes');
  await page.goto('./#/lesson/deleting-pods/step/1');
  const separator = '──── end of Sandbox · start of 7. Deleting a Pod ────';
  await expect.poll(() => screenLines(page)).toContainEqual(separator);
  const lines = await screenLines(page);
  expect(lines.findIndex((line) => line.startsWith('node-1'))).toBeLessThan(lines.indexOf(separator));
});
