/// <reference lib="dom" />
// The cluster picture docks beside the work: opened at 1280×800 it takes the editor's place, and
// the lesson and the console stay in sight and usable. The strip under the top bar shows every
// node and names its Pods, for sight and for screen readers.
import { expect, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { attachBothSizes, DESKTOP } from './support/screens';

test('the cluster picture docks beside the lesson and the console; the strip names every node and its Pods', async ({
  page,
}, testInfo) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  await focusConsole(page);
  await page.keyboard.type('kubectl run docked --image=gcr.io/kuar-demo/kuard-amd64:blue\n');
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();

  // Every node of the cluster is in the strip, each with the names of the learner's Pods on it.
  const strip = page.getByRole('list', { name: 'Nodes and their Pods' });
  for (const node of ['node-1', 'node-2', 'node-3']) await expect(strip.locator(`[data-node="${node}"]`)).toBeVisible();
  const host = strip.locator('li').filter({ hasText: 'docked' });
  await expect(host).toBeVisible();
  // What a screen reader reads for that node: its name, then each Pod with its STATUS and READY.
  await expect(host).toHaveText(/^node-\d:.*docked Running 1\/1/);

  await page.getByRole('button', { name: /Show cluster/ }).click();
  const picture = page.getByRole('region', { name: 'Cluster picture' });
  await expect(picture).toBeVisible();
  const lesson = page.locator('.pl-pane--lesson');
  const consolePane = page.locator('#pl-console-pane');
  await expect(lesson).toBeVisible();
  await expect(consolePane).toBeVisible();
  // Nothing covers the lesson or the console: the picture sits beside the one and above the other.
  const box = async (locator: typeof picture) => (await locator.boundingBox())!;
  const pictureBox = await box(picture);
  const lessonBox = await box(lesson);
  const consoleBox = await box(consolePane);
  expect(pictureBox.x).toBeGreaterThanOrEqual(lessonBox.x + lessonBox.width);
  expect(pictureBox.y + pictureBox.height).toBeLessThanOrEqual(consoleBox.y + 1);
  await expect(picture.locator('.pl-pod[data-pod="docked"]')).toBeVisible();
  // The lesson still scrolls under the pointer, and the console still takes commands.
  await lesson.hover();
  await page.mouse.wheel(0, 300);
  await expect.poll(() => lesson.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await focusConsole(page);
  await page.keyboard.type('kubectl get pods docked\n');
  await expect.poll(async () => (await screenLines(page)).join('\n')).toMatch(/docked\s+1\/1\s+Running/);
  await attachBothSizes(page, testInfo, 'cluster-docked', { phoneTab: 'Cluster' });

  // Closing it brings the editor back where it was.
  await page.setViewportSize(DESKTOP);
  await page.getByRole('button', { name: 'Close the cluster picture' }).click();
  await expect(picture).toBeHidden();
  await expect(page.getByRole('region', { name: 'Manifest editor' })).toBeVisible();
});
