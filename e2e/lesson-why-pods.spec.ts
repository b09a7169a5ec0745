/// <reference lib="dom" />
// The first lesson, played as a learner: answer the questions, run commands from the lesson and
// by typing in the console, watch each step complete, and find the progress again after a reload.
import { expect, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';

test('a learner completes "Why Pods?" and keeps the progress across a reload', async ({ page }) => {
  await page.goto('./#/lesson/why-pods/step/1');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);

  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  const steps = lesson.getByRole('navigation', { name: 'Steps' });
  await expect(lesson.getByRole('heading', { name: 'Step 1 of 4: Two programs, one unit' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(steps).toContainText('0 of 4 steps done');

  // Step 1: a wrong answer explains itself and leaves the step open; the right one completes it.
  await lesson.getByRole('radio', { name: /Nothing\. One container is simpler/ }).check();
  await expect(lesson.getByText(/Not quite\./)).toBeVisible();
  await expect(lesson.getByText('Waiting for:')).toBeVisible();
  await lesson.getByRole('radio', { name: /Resource isolation/ }).check();
  await expect(lesson.getByText('Step complete')).toBeVisible();
  await expect(steps).toContainText('1 of 4 steps done');
  await lesson.getByRole('button', { name: 'Next step' }).click();

  // Step 2: the "Run" button types the command into the console; the cluster already runs web-sync.
  await expect(page).toHaveURL(/#\/lesson\/why-pods\/step\/2$/);
  await lesson.getByRole('button', { name: 'Run in console: kubectl get pods' }).click();
  await expect.poll(async () => (await screenLines(page)).join('\n')).toMatch(/web-sync\s+2\/2\s+Running/);
  await expect(lesson.getByText('Step complete')).toBeVisible();
  await lesson.getByRole('button', { name: 'Next step' }).click();

  // Step 3: a hint, then the command typed by hand.
  await lesson.getByRole('button', { name: /Show a hint/ }).click();
  await expect(lesson.getByRole('complementary', { name: 'Hint 1' })).toContainText('-c git-sync');
  await focusConsole(page);
  await page.keyboard.type('kubectl exec web-sync -c git-sync -- hostname\n');
  await expect.poll(async () => (await screenLines(page)).includes('web-sync')).toBe(true);
  // The hostname alone does not finish the step: localhost in the synchronizer must reach nginx too.
  await expect(lesson.getByText('Step complete')).toBeHidden();
  await page.keyboard.type('kubectl exec web-sync -c git-sync -- wget -qO- http://localhost:80\n');
  await expect.poll(async () => (await screenLines(page)).join('\n')).toMatch(/<h1>synced at /);
  await expect(lesson.getByText('Step complete')).toBeVisible();
  await lesson.getByRole('button', { name: 'Next step' }).click();

  // Step 4: the last question.
  await lesson.getByRole('radio', { name: /The network \(one IP/ }).check();
  await expect(lesson.getByText('Lesson complete')).toBeVisible();
  await expect(steps).toContainText('4 of 4 steps done');

  // A reload (same URL) finds the lesson done.
  await page.reload();
  await waitForPrompt(page);
  await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText('4 of 4 steps done');
});

test('a workshop link opens the given lesson and step', async ({ page }) => {
  await page.goto('./#/lesson/listing-pods/step/3');
  await waitForPrompt(page);
  // The lesson pane and the simulator load after the page; give a busy machine time.
  await expect(page.getByRole('heading', { name: 'Step 3 of 5: More columns' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel('Lesson', { exact: true })).toHaveValue('listing-pods');
});
