/// <reference lib="dom" />
// The goals of a step, as a learner reads them: a step that only ends with Ctrl+C says so and waits
// for it, a negated condition reads as a sentence and ticks on its own, and every later lesson opens
// with the manifests its commands apply already in the editor.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { openKuardLesson } from './support/kuard-lesson';
import { clearSavedWork } from './support/storage';

test('a port-forward step says it ends with Ctrl+C, and completes only when the forward ends', async ({ page }) => {
  await openKuardLesson(page);
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await expect(lesson.getByRole('heading', { name: /^Step 1 of \d+: Port forwarding/ })).toBeVisible();
  await expect(lesson).toContainText('the step completes when the forward ends');
  const goal = lesson.locator('.pl-lesson-goal');
  await expect(goal.locator('li')).toHaveText([
    /^○You ran kubectl port-forward with kuard, then stopped it with Ctrl\+C/,
  ]);

  await lesson.getByRole('button', { name: 'Run in console: kubectl port-forward kuard 8080:8080' }).click();
  await expect
    .poll(async () => (await screenLines(page)).join('\n'))
    .toContain('Forwarding from 127.0.0.1:8080 -> 8080');
  // While it runs the step is not done, whatever else happens.
  await page.getByRole('button', { name: /Skip 10\s?s ahead/ }).click();
  await expect(goal.locator('li').first()).toHaveText(/^○/);
  await expect(goal).not.toContainText('Step complete');

  await focusConsole(page);
  await page.keyboard.press('Control+c');
  await waitForPrompt(page);
  await expect(goal.locator('li').first()).toHaveText(/^✓You ran kubectl port-forward with kuard/);
  await expect(goal).toContainText('Step complete');
});

test('a negated condition reads as a sentence and ticks on its own', async ({ page }) => {
  await page.goto('./#/lesson/readiness-and-health-checks/step/2');
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await expect(lesson.getByRole('heading', { name: /^Step 2 of \d+: Not ready, still running/ })).toBeVisible({
    timeout: 15_000,
  });
  const goals = lesson.locator('.pl-lesson-goal li');
  // The replayed step 1 left kuard running and ready: the first goal is open, the negated one is met.
  await expect(goals).toHaveCount(2);
  await expect(goals.first()).toHaveText(/^○Pod kuard /);
  await expect(goals.nth(1)).toHaveText(/^✓Pod kuard has not restarted \(done\)$/);
  await expect(lesson.locator('.pl-lesson-goal')).not.toContainText('not:');
});

/** The manifests a lesson's commands apply (`kubectl apply -f NAME`), read from its Markdown. */
function appliedFiles(lessonFile: string): { id: string; files: string[] } {
  const text = readFileSync(new URL(`../lessons/${lessonFile}`, import.meta.url), 'utf8');
  const id = /^id: (\S+)$/m.exec(text)![1]!;
  const files = [...new Set([...text.matchAll(/apply -f ([\w.-]+\.yaml)/g)].map((m) => m[1]!))];
  return { id, files };
}

test('every lesson from 10 on opens with the manifests its commands apply', async ({ page }) => {
  const later = readdirSync(new URL('../lessons/', import.meta.url))
    .filter((name) => /^1[0-4]-.*\.md$/.test(name))
    .sort()
    .map(appliedFiles);
  expect(later).toHaveLength(5);
  await page.goto(`./#/lesson/${later[0]!.id}/step/1`);
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
  for (const { id, files } of later) {
    await page.goto(`./#/lesson/${id}/step/1`);
    await expect(page.getByRole('heading', { name: /^Step 1 of \d+/ })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('No files.')).toHaveCount(0);
    for (const file of files) {
      await expect(page.getByRole('tab', { name: new RegExp(`^${file.replace(/\./g, '\\.')}`) })).toBeVisible();
    }
  }
});
