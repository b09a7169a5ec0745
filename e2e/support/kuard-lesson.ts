import { expect, type Page } from '@playwright/test';
import { focusConsole, waitForPrompt } from './console';

/**
 * Opens "Talking to your Pod" with nothing saved, and waits until its start state (kuard applied)
 * is set up and the console has the focus.
 */
export async function openKuardLesson(page: Page): Promise<void> {
  await page.goto('./#/lesson/accessing-your-pod/step/1');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  // The lesson has set up its start state once its text shows.
  await expect(page.getByRole('heading', { name: 'Talking to your Pod' })).toBeVisible({ timeout: 15_000 });
  await waitForPrompt(page);
  await focusConsole(page);
}
