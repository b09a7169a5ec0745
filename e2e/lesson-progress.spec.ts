/// <reference lib="dom" />
// Progress leaves the browser as a file and comes back: export after a step, wipe the browser's
// storage, import the file, and the step is done again.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForPrompt } from './support/console';
import { clearSavedWork } from './support/storage';

test('progress exported to a file and imported into a fresh browser', async ({ page }) => {
  await page.goto('./#/lesson/thinking-with-pods/step/1');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps).toBeVisible({ timeout: 15_000 });

  await page.getByRole('radio', { name: /No\. They talk over the network/ }).check();
  await expect(steps).toContainText('1 of 3 steps done');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    kind: string;
    lessons: Record<string, { done: number[] }>;
  };
  expect(exported.kind).toBe('pod-lab-progress');
  expect(exported.lessons['thinking-with-pods']!.done).toEqual([1]);

  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
  await expect(steps).toContainText('0 of 3 steps done');

  await page.getByLabel('Progress file to import').setInputFiles(file);
  // It asks first: the file replaces what this browser holds.
  const dialog = page.getByRole('dialog', { name: 'Replace your progress?' });
  await expect(dialog).toContainText('The file holds progress in 1 lesson.');
  await dialog.getByRole('button', { name: 'Replace progress' }).click();
  await expect(page.getByText('Progress imported.')).toBeVisible();
  await expect(steps).toContainText('1 of 3 steps done');

  await page
    .getByLabel('Progress file to import')
    .setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(page.getByText('Import failed: not a Pod Lab progress file')).toBeVisible();
});
