/// <reference lib="dom" />
// A lesson starts with a clean slate in the cluster picture: the Pod details panel closes and the
// probe timeline forgets the Pods of what came before.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, waitForPrompt } from './support/console';
import { attachBothSizes, DESKTOP } from './support/screens';

async function freshPage(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
}

test('starting another lesson clears the Pod details panel and the probe timeline', async ({ page }, testInfo) => {
  await freshPage(page);
  await focusConsole(page);
  await page.keyboard.type('kubectl run earlier --image=gcr.io/kuar-demo/kuard-amd64:blue\n');
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();
  await page.getByRole('button', { name: /Show cluster/ }).click();
  await page.getByRole('button', { name: 'Details of Pod earlier' }).click();
  await expect(page.getByRole('region', { name: 'Details of Pod earlier' })).toBeVisible();
  const earlierLanes = page.locator('[data-lane^="default/earlier/"]');
  await expect(earlierLanes).not.toHaveCount(0);

  await page.locator('#pl-lesson-picker').selectOption({ index: 2 });
  // No details panel at all (not even the empty one a deleted Pod leaves).
  await expect(page.locator('.pl-details')).toHaveCount(0);
  await expect(earlierLanes).toHaveCount(0);
  await attachBothSizes(page, testInfo, 'timeline-after-lesson-start');
});
