/// <reference lib="dom" />
// Checks that mean what they say, seen as a learner sees them: a manifest is judged by its parsed
// fields (with the wrong one named), each condition ticks on its own in plain words, a Pod must be
// seen Terminating, and "Lesson complete" waits for every step.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, waitForPrompt } from './support/console';
import { KUARD_POD } from './support/editor';

async function freshLesson(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await expect(lesson.getByRole('navigation', { name: 'Steps' })).toBeVisible({ timeout: 15_000 });
  return lesson;
}

async function pasteIntoEditor(page: Page, content: string) {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+a');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), content);
  await page.keyboard.press('Control+v');
}

test('a manifest with spec indented under metadata does not pass, and the goal says where spec went', async ({
  page,
}) => {
  const lesson = await freshLesson(page, '#/lesson/running-kuard/step/1');
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('kuard-pod.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });

  const misindented = KUARD_POD.split('\n')
    .map((line, i) => (i >= 4 && line ? `  ${line}` : line))
    .join('\n');
  expect(misindented).toContain('\n  spec:\n');
  await pasteIntoEditor(page, misindented);
  const goal = lesson.locator('.pl-lesson-goal');
  await expect(goal).toContainText('spec is missing (there is a spec at metadata.spec: check its indentation)');
  await expect(goal).toContainText('Waiting for:');

  await pasteIntoEditor(page, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [kuard\n');
  await expect(goal).toContainText('kuard-pod.yaml is not valid YAML');
  await expect(goal).toContainText('Waiting for:');

  await pasteIntoEditor(page, KUARD_POD);
  await expect(goal).toContainText('Step complete');
  await expect(goal).not.toContainText('is missing');
});

test('two conditions that differ only in their output are told apart and tick one at a time', async ({ page }) => {
  const lesson = await freshLesson(page, '#/lesson/listing-pods/step/4');
  await expect(lesson.getByRole('heading', { name: /Step 4 of \d+: The whole object/ })).toBeVisible();
  const goals = lesson.locator('.pl-lesson-goal li');
  await expect(goals).toHaveText([
    /^○You printed kuard as YAML \(kubectl get pod kuard -o yaml\)/,
    /^○You printed kuard as JSON \(kubectl get pod kuard -o json\)/,
  ]);
  await lesson.getByRole('button', { name: 'Run in console: kubectl get pod kuard -o yaml' }).click();
  await expect(goals.first()).toHaveText(/^✓You printed kuard as YAML/);
  await expect(goals.nth(1)).toHaveText(/^○You printed kuard as JSON/);
  await lesson.getByRole('button', { name: 'Run in console: kubectl get pod kuard -o json' }).click();
  await expect(lesson.locator('.pl-lesson-goal')).toContainText('Step complete');
});

test('deleting a Pod completes only once the learner was shown it Terminating', async ({ page }) => {
  const lesson = await freshLesson(page, '#/lesson/deleting-pods/step/2');
  const goals = lesson.locator('.pl-lesson-goal li');
  await focusConsole(page);
  // Deleting without looking: the Pod is gone within a second, and the learner saw nothing.
  await page.keyboard.type('kubectl delete pod kuard\n');
  await expect(goals.first()).toHaveText(/^✓You ran kubectl delete with kuard/);
  await expect(goals.nth(1)).toHaveText(/^○You saw kuard Terminating in kubectl's output/);
  await page.keyboard.type('kubectl apply -f kuard-pod.yaml\n');
  await page.getByRole('button', { name: /Skip 10\s?s ahead/ }).click();
  await lesson
    .getByRole('button', { name: 'Run in console: kubectl delete pod kuard --wait=false && kubectl get pods' })
    .click();
  await expect(lesson.locator('.pl-lesson-goal')).toContainText('Step complete');
});

test('"Lesson complete" shows only when every step is done', async ({ page }) => {
  const lesson = await freshLesson(page, '#/lesson/thinking-with-pods/step/3');
  await lesson.getByRole('radio', { name: /^Same Pod/ }).check();
  await expect(lesson.locator('.pl-lesson-goal')).toContainText('Step complete');
  // The feedback gives its verdict once: "Correct. This is the sidecar pattern…", not "Correct. Yes. …".
  const feedback = lesson.locator('.pl-lesson-quiz__why');
  await expect(feedback).toHaveText(/^Correct\. This is the "sidecar" pattern/);
  await expect(lesson.getByText('Lesson complete')).toHaveCount(0);
  await expect(lesson.getByText('2 steps are not done yet')).toBeVisible();

  await lesson.getByRole('button', { name: 'step 1, WordPress and MySQL' }).click();
  await lesson.getByRole('radio', { name: /^No\. They talk over the network/ }).check();
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await lesson.getByRole('radio', { name: /^No\. They communicate through a shared file system/ }).check();
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await expect(lesson.getByText('Lesson complete.')).toBeVisible();
});
