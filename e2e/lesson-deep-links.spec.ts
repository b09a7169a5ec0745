/// <reference lib="dom" />
// Any step is a starting point: a link to step N, or a jump to it in the step list, starts from the
// cluster that steps 1…N−1 leave (their solutions replayed at once), and a lesson opens with the
// manifests its steps use, so the first "Run" of `kubectl apply -f` works.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';

async function freshLesson(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await expect(lesson.getByRole('navigation', { name: 'Steps' })).toBeVisible({ timeout: 15_000 });
  return lesson;
}

/** Lists the Pods until the answer says kuard is gone (the replayed delete lets it stop first). */
async function expectNoPods(page: Page) {
  await expect(async () => {
    await focusConsole(page);
    await page.keyboard.type('kubectl get pods\n');
    const shown = (await screenLines(page)).filter((line) => line !== '');
    expect(shown.at(-2)).toBe('No resources found in default namespace.');
  }).toPass({ timeout: 15_000 });
}

test('a link to "The data went with it" starts with kuard deleted by the steps before it', async ({ page }) => {
  const lesson = await freshLesson(page, '#/lesson/deleting-pods/step/3');
  await expect(lesson.getByRole('heading', { name: /Step 3 of \d+: The data went with it/ })).toBeVisible();
  await expectNoPods(page);
  await lesson.getByRole('button', { name: 'Run in console: kubectl apply -f kuard-pod.yaml' }).click();
  await expect.poll(async () => (await screenLines(page)).includes('pod/kuard created')).toBe(true);
});

test('a jump in the step list starts that step from the state the earlier steps leave', async ({ page }) => {
  const lesson = await freshLesson(page, '#/lesson/deleting-pods/step/1');
  await focusConsole(page);
  await page.keyboard.type('kubectl get pods\n');
  await expect.poll(async () => (await screenLines(page)).join('\n')).toMatch(/kuard\s+1\/1\s+Running/);
  await lesson
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /The data went with it/ })
    .click();
  await expect(page).toHaveURL(/#\/lesson\/deleting-pods\/step\/3$/);
  await expectNoPods(page);
});

test('a lesson opens with its manifests, so the first Run of kubectl apply works', async ({ page }) => {
  const lesson = await freshLesson(page, '#/lesson/readiness-and-health-checks/step/1');
  await expect(page.getByRole('tab', { name: /kuard-pod-ready\.yaml/ })).toBeVisible();
  await lesson.getByRole('button', { name: 'Run in console: kubectl apply -f kuard-pod-ready.yaml' }).click();
  await expect.poll(async () => (await screenLines(page)).includes('pod/kuard created')).toBe(true);
});
