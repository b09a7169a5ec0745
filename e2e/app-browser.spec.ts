/// <reference lib="dom" />
// The in-app browser: kubectl port-forward opens http://localhost:PORT in a tab next to the files.
import { expect, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { openKuardLesson } from './support/kuard-lesson';
import { attachBothSizes } from './support/screens';

test('port-forward opens kuard’s page; its controls reach the Pod; Ctrl+C closes it', async ({ page }, testInfo) => {
  // The lesson on talking to a Pod starts with kuard applied.
  await openKuardLesson(page);
  await page.keyboard.type('kubectl wait --for=condition=Ready pod/kuard --timeout=120s\n');
  await waitForPrompt(page);
  await page.keyboard.type('kubectl port-forward kuard 8080:8080\n');

  const tab = page.getByRole('tab', { name: 'localhost:8080' });
  await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: /Demo application version/ })).toBeVisible();
  await expect(page.locator('.pl-kuard__serving')).toContainText('Serving from kuard');
  // kubectl reports each connection the page makes.
  await expect.poll(() => screenLines(page)).toContainEqual('Handling connection for 8080');

  await page.getByRole('button', { name: 'Liveness Probe' }).click();
  await page.getByLabel('Liveness: number of checks to fail').fill('3');
  await page.getByRole('button', { name: 'Fail', exact: true }).click();
  await expect(page.locator('.pl-kuard__body')).toContainText('for the next 3 check(s)');
  await attachBothSizes(page, testInfo, 'kuard-page', { phoneTab: 'Editor', restore: true });

  await focusConsole(page);
  await page.keyboard.press('Control+c');
  await waitForPrompt(page);
  await expect(tab).toHaveCount(0);
});
