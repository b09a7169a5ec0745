/// <reference lib="dom" />
// When a file check fails, the learner can see how their file differs from the lesson's manifest:
// "Show differences" beside the failed goal (and in the phone's step banner) opens the two side by
// side, or one above the other on a phone, with the wrong line marked and named in words. Escape
// closes it, focus goes back to the button, and the learner's file is left as it was.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForPrompt } from './support/console';
import { editorText, KUARD_POD } from './support/editor';
import { attachBothSizes, attachScreen, DESKTOP, PHONE } from './support/screens';
import { savedEntries } from './support/storage';

const DIALOG_NAME = "Your kuard-pod.yaml and the lesson's manifest";

/**
 * "Writing and applying kuard-pod.yaml" in a fresh browser, and the learner's own kuard-pod.yaml
 * with one slip: port 8081 where the lesson says 8080 (line 10 of the manifest).
 */
async function writeManifestWithASlip(page: Page, { phone = false } = {}): Promise<void> {
  // Each test has a browser of its own: nothing is saved yet.
  await page.goto('./#/lesson/running-kuard/step/1');
  await waitForPrompt(page);
  // The lesson has replaced the starter files with its own (none) once its step shows.
  await expect(page.locator('.pl-lesson-goal__waiting')).toHaveText('Waiting for:', { timeout: 20_000 });
  if (phone) await page.getByRole('tab', { name: 'Editor' }).click();
  await expect(page.getByRole('tab', { name: 'kuard-pod.yaml' })).toHaveCount(0);
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('kuard-pod.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(editorText(page)).toBeVisible({ timeout: 20_000 });
  await editorText(page).click();
  // Pasted, as a learner copying it would; typed, each line would be auto-indented.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), KUARD_POD.replace('8080', '8081'));
  await page.keyboard.press('Control+v');
  await expect(editorText(page)).toContainText('containerPort: 8081');
}

/** Whether a diff mark (`mark`, a whole-line overlay) sits on the line of `side` showing `text`. */
async function expectMarkedLine(side: Locator, mark: string, text: string): Promise<void> {
  const line = side.locator('.view-line', { hasText: text });
  await expect(line).toHaveCount(1);
  await expect(side.locator(`.view-overlays .${mark}`).first()).toBeAttached({ timeout: 20_000 });
  await expect
    .poll(async () => {
      const lineTop = (await line.boundingBox())?.y;
      const marks = await side.locator(`.view-overlays .${mark}`).all();
      const tops = await Promise.all(marks.map(async (m) => (await m.boundingBox())?.y));
      return tops.some((top) => top !== undefined && lineTop !== undefined && Math.abs(top - lineTop) < 2);
    })
    .toBe(true);
}

async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.pl-file-diff').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('a failed file check shows how the file differs from the lesson, and changes nothing', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await writeManifestWithASlip(page);

  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  const goal = lesson.locator('.pl-lesson-goal');
  await expect(goal).toContainText('Waiting for:');
  await expect(goal).toContainText('containerPort');
  const show = goal.getByRole('button', { name: /^Show differences/ });
  await expect(show).toHaveAccessibleName("Show differences between your kuard-pod.yaml and the lesson's manifest");

  // From the keyboard.
  await show.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: DIALOG_NAME });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const summary = dialog.getByRole('status');
  await expect(summary).toContainText('One place differs from the lesson');
  await expect(summary).toContainText("Your line 10 differs from the lesson's line 10");
  await expect(summary).toContainText('- containerPort: 8080');
  await expect(summary).toContainText('- containerPort: 8081');

  // Side by side: the lesson's line marked on the left, the learner's on the right, and no other.
  const lessonSide = dialog.locator('.editor.original');
  const yourSide = dialog.locator('.editor.modified');
  await expect(lessonSide.getByRole('textbox', { name: /The lesson's kuard-pod\.yaml/ })).toBeAttached();
  await expect(yourSide.getByRole('textbox', { name: /Your kuard-pod\.yaml/ })).toBeAttached();
  await expectMarkedLine(yourSide, 'line-insert', 'containerPort: 8081');
  await expectMarkedLine(lessonSide, 'line-delete', 'containerPort: 8080');
  await expect(yourSide.locator('.view-overlays .line-insert')).toHaveCount(1);
  expect(await seriousFindings(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousFindings(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await attachBothSizes(page, testInfo, 'file-diff', { restore: true });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(show).toBeFocused();

  // Open again: typing into the learner's side changes nothing there (a read-only copy), and Close
  // also gives the focus back.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  const yourLines = yourSide.locator('.view-lines');
  await expect(yourLines).toContainText('containerPort: 8081', { timeout: 20_000 });
  const before = await yourLines.textContent();
  await yourLines.click();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Cannot edit in read-only editor')).toBeVisible();
  await expect(yourLines).toHaveText(before!);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(show).toBeFocused();

  await expect(editorText(page)).toContainText('containerPort: 8081');
  await expect(goal).toContainText('Waiting for:');
  // The workspace file too, as `kubectl apply` will read it.
  await expect.poll(async () => JSON.stringify(await savedEntries(page))).toContain('containerPort: 8081');
  expect(JSON.stringify(await savedEntries(page))).not.toContain('xyz');
});

test('on a phone the differences open from the step banner in the Editor tab, one above the other', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  await writeManifestWithASlip(page, { phone: true });
  // The step's feedback is in the banner above the editor.
  const banner = page.locator('.pl-step-banner');
  await expect(banner).toContainText('containerPort');
  const show = banner.getByRole('button', { name: /^Show differences/ });
  await show.click();

  const dialog = page.getByRole('dialog', { name: DIALOG_NAME });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText("Your line 10 differs from the lesson's line 10");
  // Too narrow for two columns: the learner's file, with the lesson's line shown above the marked one.
  const yourSide = dialog.locator('.editor.modified');
  await expectMarkedLine(yourSide, 'line-insert', 'containerPort: 8081');
  await expect(yourSide).toContainText('containerPort: 8080');
  const box = await dialog.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  await attachScreen(page, testInfo, 'file-diff-from-banner');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(show).toBeFocused();
  await expect(editorText(page)).toContainText('containerPort: 8081');
});
