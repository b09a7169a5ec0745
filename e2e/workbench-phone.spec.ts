/// <reference lib="dom" />
// On a phone (390×844) the workbench is four tabs, Lesson, Editor, Console and Cluster, instead of
// one tall stack. From the Console tab the step's feedback stays in sight in a one-line banner, a
// table keeps kubectl's columns, and nothing is wider than the screen.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { attachScreen, DESKTOP, PHONE } from './support/screens';

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('on a phone the panes are tabs, and the step feedback shows beside the console', async ({ page }, testInfo) => {
  await page.setViewportSize(PHONE);
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const tabs = page.getByRole('tablist', { name: 'Workbench' });
  await expect(tabs.getByRole('tab')).toHaveText(['Lesson', 'Editor', 'Console', 'Cluster']);
  // The lesson first; its selector fits the screen.
  await expect(tabs.getByRole('tab', { name: 'Lesson' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Lesson' })).toBeVisible();
  const picker = await page.locator('#pl-lesson-picker').boundingBox();
  expect(picker!.x + picker!.width).toBeLessThanOrEqual(PHONE.width);
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await attachScreen(page, testInfo, 'phone-lesson-tab');

  // The console: the step and what it waits for stay on screen above it.
  await tabs.getByRole('tab', { name: 'Console' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Console' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Lesson' })).toBeHidden();
  const banner = page.locator('.pl-step-banner');
  await expect(banner).toContainText(/^Step 1 of \d+: /);
  await expect(banner).toContainText('Waiting for');
  await waitForPrompt(page);
  await focusConsole(page);
  await page.keyboard.type('kubectl get nodes -o wide\n');
  await waitForPrompt(page);
  // A table row stays one line: kubectl's columns are not wrapped at the phone's width.
  const lines = await screenLines(page);
  const header = lines.find((l) => l.startsWith('NAME'))!;
  expect(header).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\s+INTERNAL-IP/);
  expect(lines.some((l) => /^node-1\s+Ready\s+<none>\s+\S+\s+v1\.32\.\d+\s+\d+\.\d+\.\d+\.\d+/.test(l))).toBe(true);
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await attachScreen(page, testInfo, 'phone-console-tab');

  // The cluster and the editor each get the screen too, keyboard-reachable with the arrow keys.
  await tabs.getByRole('tab', { name: 'Console' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Cluster' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Cluster picture' })).toBeVisible();
  await expect(banner).toBeVisible();
  await attachScreen(page, testInfo, 'phone-cluster-tab');
  await tabs.getByRole('tab', { name: 'Editor' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Editor' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cluster picture' })).toBeHidden();
  await attachScreen(page, testInfo, 'phone-editor-tab');

  // The same page at 1280×800 has no tabs: the three panes side by side.
  await page.setViewportSize(DESKTOP);
  await expect(tabs).toBeHidden();
  await expect(page.getByRole('region', { name: 'Lesson pane' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Console' })).toBeVisible();
  await attachScreen(page, testInfo, 'desktop-no-tabs');
});

test('on a phone, the next prompt after a long line is in sight, not scrolled off to the left', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('./#/sandbox');
  await page.getByRole('tablist', { name: 'Workbench' }).getByRole('tab', { name: 'Console' }).click();
  await waitForPrompt(page);
  await focusConsole(page);
  const terminals = page.locator('.pl-console-pane__terminals');
  // A line longer than the screen is wide: the pane follows the typing to the right…
  await page.keyboard.type('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
  await expect.poll(() => terminals.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  // …and comes back for the answer and the next prompt, which start at the left edge.
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await screenLines(page)).some((l) => l.startsWith('pod/kuard created'))).toBe(true);
  await expect.poll(() => terminals.evaluate((e) => e.scrollLeft)).toBe(0);
});

test('on a phone, “Open in editor” shows the Editor tab with the file, and the step beside it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('./#/lesson/running-kuard/step/1');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'Open in editor: kuard-pod.yaml' }).click();
  const tabs = page.getByRole('tablist', { name: 'Workbench' });
  await expect(tabs.getByRole('tab', { name: 'Editor' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Editor' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'kuard-pod.yaml', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.pl-step-banner')).toContainText(/^Step 1 of \d+: /);
});
