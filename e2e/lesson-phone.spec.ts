/// <reference lib="dom" />
// A lesson on a phone, where the lesson and the console are separate tabs: "Run" shows the command's
// output in the Console tab, the lesson keeps the learner's place while they look, and the moment a
// step is done its "Step complete" mark is in sight, not below the fold.
import { expect, test, type Page } from '@playwright/test';
import { screenLines, waitForPrompt } from './support/console';
import { attachScreen, PHONE } from './support/screens';
import { clearSavedWork } from './support/storage';

async function freshOnPhone(page: Page, hash: string) {
  await page.setViewportSize(PHONE);
  await page.goto(`./${hash}`);
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
  const lesson = page.getByRole('tabpanel', { name: 'Lesson' });
  await expect(lesson.getByRole('navigation', { name: 'Steps' })).toBeVisible({ timeout: 15_000 });
  return lesson;
}

const lessonScroll = (page: Page) => page.locator('#pl-lesson-pane').evaluate((pane) => pane.scrollTop);

test('on a phone, Run shows the output, the lesson keeps its place, and "Step complete" is in sight', async ({
  page,
}, testInfo) => {
  const lesson = await freshOnPhone(page, '#/lesson/deleting-pods/step/1');
  const tabs = page.getByRole('tablist', { name: 'Workbench' });
  const banner = page.locator('.pl-step-banner');
  const write = lesson.getByRole('button', { name: /^Run in console: kubectl exec kuard -- sh -c/ });
  const read = lesson.getByRole('button', { name: 'Run in console: kubectl exec kuard -- cat /tmp/note.txt' });

  // The learner scrolls down to the step's commands.
  await lesson.getByRole('heading', { name: /^Step 1 of 5/ }).hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => lessonScroll(page)).toBeGreaterThan(0);
  const place = await lessonScroll(page);

  await write.click();
  await expect(tabs.getByRole('tab', { name: 'Console' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => (await screenLines(page)).join('\n')).toContain('echo hello from the old pod');
  await expect(banner).toContainText('Waiting for');
  await banner.getByRole('button', { name: 'Read the step' }).click();
  await expect(tabs.getByRole('tab', { name: 'Lesson' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => lessonScroll(page)).toBe(place);
  await expect(read).toBeInViewport();

  await read.click();
  await expect.poll(() => screenLines(page)).toContain('hello from the old pod');
  await expect(banner).toContainText('✓ Step complete');
  // Nothing is left to read for this step: the banner's button says where the learner goes on.
  await expect(banner.getByRole('button', { name: 'Read the step' })).toHaveCount(0);
  await banner.getByRole('button', { name: 'Continue in the lesson' }).click();
  const complete = lesson.locator('.pl-lesson-goal').getByText('Step complete');
  await expect(complete).toBeInViewport({ ratio: 1 });
  await attachScreen(page, testInfo, 'phone-step-complete');
});

test('on a phone, a step done from the lesson tab brings its "Step complete" mark into sight', async ({ page }) => {
  const lesson = await freshOnPhone(page, '#/lesson/thinking-with-pods/step/2');
  const complete = lesson.locator('.pl-lesson-goal').getByText('Step complete');
  await lesson.getByRole('radio', { name: /shared file system/ }).check();
  await expect(complete).toBeInViewport({ ratio: 1 });
  // Reading on, and coming back to a step done before, the page is not moved under the learner.
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await expect(lesson.getByRole('heading', { name: /^Step 3 of 3/ })).toBeVisible();
  await expect.poll(() => lessonScroll(page)).toBe(0);
  await lesson.getByRole('button', { name: 'Previous step' }).click();
  await expect(lesson.getByRole('heading', { name: /^Step 2 of 3/ })).toBeVisible();
  await expect.poll(() => lessonScroll(page)).toBe(0);
});
