/// <reference lib="dom" />
// kubectl edit opens the live object in an editor tab; "Save and apply" hands it back to kubectl.
import { expect, type Page, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { openKuardLesson } from './support/kuard-lesson';
import { editorText } from './support/editor';
import { attachBothSizes } from './support/screens';

async function startEdit(page: Page) {
  await openKuardLesson(page);
  await page.keyboard.type('kubectl edit pod kuard\n');
  await expect(page.getByRole('tab', { name: 'pod/kuard (edit)' })).toHaveAttribute('aria-selected', 'true', {
    timeout: 15_000,
  });
  await expect(editorText(page)).toContainText('# Please edit the object below.', { timeout: 20_000 });
}

test('saving an unchanged object reports that nothing changed', async ({ page }, testInfo) => {
  await startEdit(page);
  await attachBothSizes(page, testInfo, 'kubectl-edit-tab', { phoneTab: 'Editor', restore: true });
  await page.getByRole('button', { name: 'Save and apply' }).click();
  await expect(page.getByRole('tab', { name: 'pod/kuard (edit)' })).toHaveCount(0);
  await expect.poll(() => screenLines(page)).toContain('Edit cancelled, no changes made.');
});

test('an edited image is applied to the live Pod', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startEdit(page);
  await editorText(page).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('image: gcr.io/kuar-demo/kuard-amd64:blue');
  await page.evaluate(
    (t) => navigator.clipboard.writeText(t),
    text.replace('image: gcr.io/kuar-demo/kuard-amd64:blue', 'image: gcr.io/kuar-demo/kuard-amd64:green'),
  );
  await page.keyboard.press('Control+v');
  await page.getByRole('button', { name: 'Save and apply' }).click();
  await expect.poll(() => screenLines(page)).toContain('pod/kuard edited');
  await waitForPrompt(page);
  await focusConsole(page);
  await page.keyboard.type("kubectl get pod kuard -o jsonpath='{.spec.containers[0].image}'\n");
  await expect
    .poll(() => screenLines(page))
    .toContainEqual(expect.stringContaining('gcr.io/kuar-demo/kuard-amd64:green'));
});
