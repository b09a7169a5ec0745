/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (Callbacks passed to page.evaluate run in the browser, so these tests see DOM types.)
import { expect, test } from '@playwright/test';
import { editorText, expectHoverText, KUARD_POD, openNewFile, typeAtEndOfLine } from './support/editor';
import { attachBothSizes } from './support/screens';

test('an unknown field gets a squiggle whose hover names the problem', async ({ page }) => {
  await openNewFile(page, 'pod.yaml', KUARD_POD);
  // After "  name: kuard" under metadata, add a field Pod metadata does not have.
  await typeAtEndOfLine(page, 4, '\nlabelz: {}');
  const squiggle = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
  await expect(squiggle).toBeVisible({ timeout: 15_000 });
  await expectHoverText(page, squiggle, 'Property labelz is not allowed.');
  await page.screenshot({ path: test.info().outputPath('schema-marker.png') });
});

test('a wrong type is marked too', async ({ page }) => {
  await openNewFile(page, 'pod.yaml', KUARD_POD);
  // containerPort: 8080 → "eighty"
  await typeAtEndOfLine(page, 10, '');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('eighty');
  const squiggle = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
  await expect(squiggle).toBeVisible({ timeout: 15_000 });
  await expectHoverText(page, squiggle, 'Incorrect type. Expected "integer".');
});

test('a PersistentVolume and its claim are checked against their own schemas, not a Pod’s', async ({ page }) => {
  const storage = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: disk
spec:
  capacity:
    storage: 1Gi
  accessModes:
    - ReadWriteOnce
  nfs:
    server: 10.0.0.50
    path: /exports
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes:
    - ReadWriteOnce
  resourcez:
    requests:
      storage: 1Gi
`;
  await openNewFile(page, 'storage.yaml', storage);
  // The claim's misspelt field is the only problem: nothing in the volume is marked.
  const squiggles = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error');
  await expect(squiggles.first()).toBeVisible({ timeout: 15_000 });
  await expectHoverText(page, squiggles.first(), 'Property resourcez is not allowed.');
  await expect(squiggles).toHaveCount(1);
});

test('completion offers the schema’s field names, and hover shows their description', async ({ page }) => {
  await openNewFile(page, 'pod.yaml', KUARD_POD);
  await typeAtEndOfLine(page, 8, '\nimagePull');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.monaco-editor .suggest-widget');
  await expect(suggestions).toContainText('imagePullPolicy', { timeout: 15_000 });
  await page.keyboard.press('Escape');

  const word = page.locator('.monaco-editor .view-line span', { hasText: /^image$/ }).first();
  await expectHoverText(page, word, 'Container image name.');
});

test('files persist across a reload, and reset restores them only after confirmation', async ({ page }) => {
  await openNewFile(page, 'pod.yaml', KUARD_POD);
  await typeAtEndOfLine(page, 4, '\n  labels:\n  app: kuard');
  await expect(editorText(page)).toContainText('app: kuard');
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('second.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('tab', { name: 'second.yaml', exact: true })).toHaveAttribute('aria-selected', 'true');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'second.yaml', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'pod.yaml', exact: true }).click();
  await expect(editorText(page)).toContainText('app: kuard', { timeout: 20_000 });

  // Reset asks first; "Keep my changes" keeps them.
  await page.getByRole('button', { name: 'Reset files…' }).click();
  await expect(page.getByRole('dialog', { name: 'Reset the files?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(editorText(page)).toContainText('app: kuard');

  await page.getByRole('button', { name: 'Reset files…' }).click();
  await page.getByRole('button', { name: 'Reset files', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'second.yaml', exact: true })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'pod.yaml', exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'second.yaml', exact: true })).toHaveCount(0);
});

test('a file name the workspace cannot use is refused with the reason', async ({ page }) => {
  await openNewFile(page, 'pod.yaml', KUARD_POD);
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('pod.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('A file named pod.yaml already exists.');
});

test('Enter starts a new line with the indentation YAML needs and never takes a completion; Tab does', async ({
  page,
}, testInfo) => {
  await openNewFile(page, 'enter.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: enter\nspec:\n  containers:\n');
  const suggestions = page.locator('.monaco-editor .suggest-widget');
  // The editor's lines as drawn, top to bottom.
  const lines = () =>
    page.locator('.monaco-editor .view-line').evaluateAll((rows) =>
      rows
        .map((row) => ({ top: parseFloat((row as HTMLElement).style.top), text: row.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((row) => row.text.replace(/\u00a0/g, ' ').trimEnd()),
    );
  // After "containers:" Enter indents by two; after a list item "- name: web" the next field lines
  // up under "name", not under the dash; after any other line Enter keeps the line's indentation.
  // Typed at a quick learner's pace (40 ms a key): at the machine's pace Monaco has not yet read
  // the line's words when Enter comes, and keeps the old indentation.
  const pace = 40;
  await typeAtEndOfLine(page, 6, '\n- name: web\nimage: nginx:1.27\nports:\n- containerPort: 80\nname: http\n', pace);
  await expect
    .poll(lines)
    .toEqual(
      expect.arrayContaining([
        '    - name: web',
        '      image: nginx:1.27',
        '      ports:',
        '        - containerPort: 80',
        '          name: http',
      ]),
    );
  // Back to the container's level (Backspace removes one level of indentation). A list item whose
  // first key opens a block ("- name:") indents under that key, one level in.
  for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('env:\n- name:\nvalue: x\n', { delay: pace });
  await expect.poll(lines).toEqual(expect.arrayContaining(['      env:', '        - name:', '            value: x']));
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  // A completion offered while typing is not taken by Enter: the word stays as typed, a new line starts.
  await page.keyboard.type('imagePull');
  await expect(suggestions).toContainText('imagePullPolicy', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await expect.poll(lines).toEqual(expect.arrayContaining(['      imagePull']));
  expect((await lines()).some((l) => l.includes('imagePullPolicy'))).toBe(false);
  // Tab takes it.
  await page.keyboard.type('imagePull');
  await expect(suggestions).toContainText('imagePullPolicy', { timeout: 15_000 });
  await page.keyboard.press('Tab');
  await expect.poll(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^ {6}imagePullPolicy/)]));
  await attachBothSizes(page, testInfo, 'editor-enter-and-tab', { phoneTab: 'Editor' });
});
