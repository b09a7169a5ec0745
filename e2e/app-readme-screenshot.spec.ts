/// <reference lib="dom" />
// The README's picture: the chapter's first steps done in the console. Written into the test's
// output on every run; into docs/screenshot.png (committed) only with UPDATE_SCREENSHOT=1.
import { expect, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';

test('the README screenshot: kuard applied and listed', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 860 });
  // The lesson that starts with the chapter's kuard-pod.yaml in the workspace.
  await page.goto('./#/lesson/pod-manifest/step/1');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('kuard-amd64:blue', { timeout: 20_000 });
  await focusConsole(page);
  await page.keyboard.type('kubectl apply -f kuard-pod.yaml\n');
  await waitForPrompt(page);
  // Let the simulated cluster pull the image and start the container.
  await page.getByRole('button', { name: 'Skip 30 s ahead' }).click();
  await focusConsole(page);
  await page.keyboard.type('kubectl get pods\n');
  await waitForPrompt(page);
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^kuard\s/));
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot.png' : test.info().outputPath('screenshot.png');
  await page.screenshot({ path });
});
