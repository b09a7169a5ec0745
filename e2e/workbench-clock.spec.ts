/// <reference lib="dom" />
// The clock never pauses by surprise: Space while reading scrolls the lesson and leaves the clock
// playing; K (outside the console) toggles it. A command typed while the clock is paused says so
// in the console, and how to resume.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { attachBothSizes, DESKTOP } from './support/screens';

async function freshPage(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
}

const clockTime = (page: Page) => page.getByLabel('Simulated time');

test('Space while reading scrolls the lesson and never pauses the clock; K toggles it', async ({ page }, testInfo) => {
  await freshPage(page);
  const lesson = page.locator('.pl-pane--lesson');
  await expect(clockTime(page)).toHaveAttribute('data-playing', 'true');
  // Reading: the pointer rests on the lesson's text.
  await lesson.locator('.pl-lesson-step__intro p').first().click();
  const before = await lesson.evaluate((el) => el.scrollTop);
  await page.keyboard.press(' ');
  await page.keyboard.press(' ');
  await expect.poll(() => lesson.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
  await expect(clockTime(page)).toHaveAttribute('data-playing', 'true');
  await attachBothSizes(page, testInfo, 'space-scrolls-the-lesson');
  await page.setViewportSize(DESKTOP);
  await lesson.locator('.pl-lesson-step__intro p').first().click();

  // The documented shortcut, K, pauses and plays; the button says so.
  await page.keyboard.press('k');
  await expect(clockTime(page)).toHaveAttribute('data-playing', 'false');
  await expect(page.getByRole('button', { name: 'Play the clock' })).toHaveAttribute('aria-keyshortcuts', 'K');
  await page.keyboard.press('k');
  await expect(clockTime(page)).toHaveAttribute('data-playing', 'true');
});

test('a command typed while the clock is paused says the clock is paused and how to resume', async ({
  page,
}, testInfo) => {
  await freshPage(page);
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await focusConsole(page);
  await page.keyboard.type('kubectl run frozen --image=gcr.io/kuar-demo/kuard-amd64:blue\n');
  await waitForPrompt(page);
  await expect.poll(async () => (await screenLines(page)).join('\n')).toContain('pod/frozen created');
  const screen = (await screenLines(page)).join('\n');
  expect(screen).toContain('the clock is paused, so nothing in the cluster happens until it plays again');
  expect(screen).toContain('Press Play in the top bar');

  // A command that waits for time says so too, with the way out.
  await page.keyboard.type('sleep 5\n');
  await expect
    .poll(async () => (await screenLines(page)).join('\n'))
    .toContain('the clock is paused, so this command waits until it plays again');
  await attachBothSizes(page, testInfo, 'paused-clock-notice', { phoneTab: 'Console' });
  await page.setViewportSize(DESKTOP);

  // Following the advice works: Play, and the waiting command finishes with the prompt back.
  await page.getByRole('button', { name: 'Play the clock' }).click();
  await waitForPrompt(page);
  await expect(clockTime(page)).toHaveAttribute('data-playing', 'true');
});

test('stepping to the next event says what it stepped to', async ({ page }, testInfo) => {
  await freshPage(page);
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await focusConsole(page);
  await page.keyboard.type('kubectl run stepper --image=gcr.io/kuar-demo/kuard-amd64:blue\n');
  await waitForPrompt(page);
  const step = page.getByRole('button', { name: 'Step to the next event' });
  // The sentence is a live region, so a screen reader hears it too.
  const said = page.locator('.pl-clock__stepped[role="status"]');
  await step.click();
  // The first thing after a new Pod is the scheduler placing it, as `kubectl get events` words it.
  await expect(said).toContainText(/^Stepped [\d.]+ s to \+0:\d\d:\d\d: /);
  await expect(said).toContainText('Scheduled (Pod stepper): Successfully assigned default/stepper to node-');
  // Stepping on reaches the container's start, and says so.
  for (let i = 0; i < 8 && !/Pod stepper is Running/.test((await said.textContent()) ?? ''); i++) await step.click();
  await expect(said).toContainText('Pod stepper is Running');
  await attachBothSizes(page, testInfo, 'step-says-what-it-stepped-to');
});
