/// <reference lib="dom" />
// On a phone (390×844) every control a newcomer needs is on screen as it stands: the clock's speeds
// and skips without scrolling sideways, and an editor tab with its whole name, not a dot.
import { expect, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { attachScreen, PHONE } from './support/screens';
import { clearSavedWork } from './support/storage';

test('on a phone every clock control is in sight, with no sideways scrolling', async ({ page }, testInfo) => {
  await page.setViewportSize(PHONE);
  await page.goto('./#/sandbox');
  await waitForPrompt(page);
  const clock = page.getByRole('toolbar', { name: 'Simulated clock' });
  const buttons = clock.getByRole('button');
  // Play, step, five speeds, three skips and the shortcuts' help.
  await expect(buttons).toHaveCount(11);
  for (const button of await buttons.all()) await expect(button).toBeInViewport({ ratio: 1 });
  await expect(page.getByLabel('Simulated time')).toBeInViewport({ ratio: 1 });
  // Nothing in the bar scrolls sideways: what is there is all there is.
  const overflowing = await page
    .locator('.pl-topbar, .pl-topbar__clock, .pl-clock')
    .evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.className));
  expect(overflowing).toEqual([]);
  await attachScreen(page, testInfo, 'phone-clock');

  // The fastest speed is one tap away, as it is on a laptop.
  await clock.getByRole('button', { name: 'Speed 30×' }).click();
  await expect(clock.getByRole('button', { name: 'Speed 30×' })).toHaveAttribute('aria-pressed', 'true');
});

test('on a phone the port-forward page’s editor tab shows its name, and the file tab stays reachable', async ({
  page,
}, testInfo) => {
  await page.setViewportSize(PHONE);
  await page.goto('./#/lesson/accessing-your-pod/step/1');
  await clearSavedWork(page);
  await page.reload();
  const tabs = page.getByRole('tablist', { name: 'Workbench' });
  await expect(page.getByRole('heading', { name: 'Talking to your Pod' })).toBeVisible({ timeout: 15_000 });
  await tabs.getByRole('tab', { name: 'Console' }).click();
  await waitForPrompt(page);
  await focusConsole(page);
  await page.keyboard.type('kubectl wait --for=condition=Ready pod/kuard --timeout=120s\n');
  await expect.poll(() => screenLines(page), { timeout: 20_000 }).toContain('pod/kuard condition met');
  await page.keyboard.type('kubectl port-forward kuard 8080:8080\n');
  await expect.poll(() => screenLines(page)).toContain('Forwarding from 127.0.0.1:8080 -> 8080');

  await tabs.getByRole('tab', { name: 'Editor' }).click();
  const pageTab = page.getByRole('tab', { name: 'localhost:8080' });
  await expect(pageTab).toHaveAttribute('aria-selected', 'true');
  await expect(pageTab).toHaveText('localhost:8080');
  await expect(pageTab).toBeInViewport({ ratio: 1 });
  // The name is drawn in full, not cut down to the tab's live dot.
  expect(await pageTab.evaluate((tab) => tab.scrollWidth - tab.clientWidth)).toBeLessThanOrEqual(0);
  const fileTab = page.getByRole('tab', { name: 'kuard-pod.yaml' });
  expect(await fileTab.evaluate((tab) => tab.scrollWidth - tab.clientWidth)).toBeLessThanOrEqual(0);
  await fileTab.click();
  await expect(fileTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'kuard-pod.yaml' })).toBeVisible();
  await pageTab.click();
  await expect(page.getByRole('heading', { name: /Demo application version/ })).toBeVisible();
  await attachScreen(page, testInfo, 'phone-port-forward-tab');
});
