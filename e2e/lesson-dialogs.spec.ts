/// <reference lib="dom" />
// Questions the lesson asks before undoing work are in-app dialogs, never the browser's confirm():
// modal, named by their title, focus kept inside, Escape cancels, focus goes back to the opener.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForPrompt } from './support/console';
import { editorText, typeAtEndOfLine } from './support/editor';
import { clearSavedWork } from './support/storage';

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a native ${dialog.type()}() was shown: ${dialog.message()}`);
  });
  await page.goto('./#/lesson/pod-manifest/step/2');
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
});

/** Tab and Shift+Tab several times around the dialog: focus never leaves it. */
async function expectFocusTrapped(page: Page, dialog: Locator) {
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
}

test('"Open in editor" over an edited file asks in a dialog; Escape keeps the learner\'s version', async ({ page }) => {
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await expect(page.getByRole('tab', { name: /kuard-pod\.yaml/ })).toBeVisible();
  await expect(editorText(page)).toContainText('apiVersion: v1', { timeout: 20_000 });
  await typeAtEndOfLine(page, 1, ' # mine');
  await expect(editorText(page)).toContainText('# mine');

  const open = lesson.getByRole('button', { name: 'Open in editor: kuard-pod.yaml' }).first();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Replace your kuard-pod.yaml?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expectFocusTrapped(page, dialog);
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(editorText(page)).toContainText('# mine');

  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Replace my file' }).click();
  await expect(dialog).toBeHidden();
  await expect(editorText(page)).not.toContainText('# mine');
  await expect(open).toBeFocused();
});

test('"Restart lesson" asks in a dialog; Cancel keeps the progress, the confirm button resets it', async ({ page }) => {
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  const steps = lesson.getByRole('navigation', { name: 'Steps' });
  await expect(steps).toBeVisible({ timeout: 15_000 });
  await lesson
    .getByRole('button', { name: 'Run in console: kubectl apply -f kuard-pod.yaml --dry-run=server' })
    .click();
  await expect(steps).toContainText('1 of 4 steps done');

  const restart = lesson.getByRole('button', { name: 'Restart lesson' });
  await restart.click();
  const dialog = page.getByRole('dialog', { name: 'Restart this lesson?' });
  await expect(dialog).toBeVisible();
  await expectFocusTrapped(page, dialog);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(restart).toBeFocused();
  await expect(steps).toContainText('1 of 4 steps done');

  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Restart lesson' }).click();
  await expect(dialog).toBeHidden();
  await expect(steps).toContainText('0 of 4 steps done');
  await expect(page).toHaveURL(/#\/lesson\/pod-manifest\/step\/1$/);
});
