/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (Callbacks passed to page.evaluate run in the browser, so these tests see DOM types.)
import { expect, type Page, test } from '@playwright/test';
import { waitForPrompt } from './support/console';

async function openEditor(page: Page) {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('kuard-amd64:blue', { timeout: 20_000 });
}

/** Puts the cursor at the end of a line of the manifest (1-based) and types there. */
async function typeAtEndOfLine(page: Page, line: number, text: string) {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

test('an unknown field gets a squiggle whose hover names the problem', async ({ page }) => {
  await openEditor(page);
  // After "  name: kuard" under metadata, add a field Pod metadata does not have.
  await typeAtEndOfLine(page, 4, '\nlabelz: {}');
  const squiggle = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
  await expect(squiggle).toBeVisible({ timeout: 15_000 });
  const box = (await squiggle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('Property labelz is not allowed.', { timeout: 10_000 });
  await page.screenshot({ path: test.info().outputPath('schema-marker.png') });
});

test('a wrong type is marked too', async ({ page }) => {
  await openEditor(page);
  // containerPort: 8080 → "eighty"
  await typeAtEndOfLine(page, 10, '');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('eighty');
  const squiggle = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
  await expect(squiggle).toBeVisible({ timeout: 15_000 });
  const box = (await squiggle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('Incorrect type. Expected "integer".', { timeout: 10_000 });
});

test('completion offers the schema’s field names, and hover shows their description', async ({ page }) => {
  await openEditor(page);
  await typeAtEndOfLine(page, 8, '\nimagePull');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.monaco-editor .suggest-widget');
  await expect(suggestions).toContainText('imagePullPolicy', { timeout: 15_000 });
  await page.keyboard.press('Escape');

  const word = page.locator('.monaco-editor .view-line span', { hasText: /^image$/ }).first();
  await word.hover();
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('Container image name.', { timeout: 10_000 });
});

test('files persist across a reload, and reset restores them only after confirmation', async ({ page }) => {
  await openEditor(page);
  await typeAtEndOfLine(page, 4, '\n  labels:\n  app: kuard');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('app: kuard');
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('second.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('tab', { name: 'second.yaml' })).toHaveAttribute('aria-selected', 'true');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'second.yaml' })).toBeVisible();
  await page.getByRole('tab', { name: 'kuard-pod.yaml' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('app: kuard', { timeout: 20_000 });

  // Reset asks first; "Keep my changes" keeps them.
  await page.getByRole('button', { name: 'Reset files…' }).click();
  await expect(page.getByRole('dialog', { name: 'Reset the files?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('app: kuard');

  await page.getByRole('button', { name: 'Reset files…' }).click();
  await page.getByRole('button', { name: 'Reset files', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'second.yaml' })).toHaveCount(0);
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('app: kuard');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'second.yaml' })).toHaveCount(0);
});

test('a file name the workspace cannot use is refused with the reason', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('kuard-pod.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('A file named kuard-pod.yaml already exists.');
});
