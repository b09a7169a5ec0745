/// <reference lib="dom" />
// The in-app browser when its port-forward loses the connection to the Pod: kubectl port-forward
// ends as it does for curl ("error: lost connection to pod"), and the page says so in plain words.
import { expect, test } from '@playwright/test';
import { screenLines, waitForPrompt } from './support/console';
import { openKuardLesson } from './support/kuard-lesson';

test('a page on a port the Pod does not serve says the connection was lost, and the forward ends', async ({ page }) => {
  await openKuardLesson(page);
  await page.keyboard.type('kubectl wait --for=condition=Ready pod/kuard --timeout=120s\n');
  await waitForPrompt(page);
  // kuard listens on 8080 only: the page's first request through 9999 fails on the Pod's side.
  await page.keyboard.type('kubectl port-forward kuard 9999:9999\n');

  await expect(page.getByRole('heading', { name: 'Lost connection to pod kuard' })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.pl-browser__error')).toContainText('Run kubectl port-forward again to open this page.');
  await expect(page.getByRole('tab', { name: 'localhost:9999 (lost)' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => screenLines(page)).toContainEqual('error: lost connection to pod');
  // The console is free again: the port-forward ended.
  await waitForPrompt(page);
  await page.screenshot({ path: test.info().outputPath('lost-connection.png') });

  await page.getByTitle('Close the page on localhost:9999').click();
  await expect(page.getByRole('tab', { name: /localhost:9999/ })).toHaveCount(0);
});
