/// <reference lib="dom" />
// axe-core on every screen a learner sees, in the light and the dark colour scheme: the lesson, the
// sandbox, the cluster picture with a Pod's details and the probe timeline, every kind of dialog (new
// file, reset files, restart lesson, replace progress), the editor, the kuard page in the port-forward
// browser pane, and a phone's tabs. No serious or critical finding may remain;
// colour contrast is among the rules checked, so both themes are held to it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { focusConsole, waitForPrompt } from './support/console';
import { clearSavedWork } from './support/storage';

/** The serious and critical findings on the page as it is now, one line each (rule, target). */
async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations: Result[] = results.violations;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}

async function run(page: Page, line: string): Promise<void> {
  await focusConsole(page);
  await page.keyboard.type(`${line}\n`);
  await waitForPrompt(page);
}

/** The sandbox with a kuard Pod, running for ten simulated seconds. */
async function sandboxWithKuard(page: Page): Promise<void> {
  await page.goto('./#/sandbox');
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
  await run(page, 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme, viewport: { width: 1280, height: 800 } });
    test.setTimeout(150_000);

    test('a lesson, and the sandbox', async ({ page }) => {
      await page.goto('./#/lesson/accessing-your-pod/step/1');
      await clearSavedWork(page);
      await page.reload();
      await waitForPrompt(page);
      await expect(page.getByRole('heading', { name: 'Talking to your Pod' })).toBeVisible({ timeout: 20_000 });
      // The editor shows the lesson's file: its line numbers are part of this screen.
      await expect(page.locator('.monaco-editor .line-numbers').first()).toBeVisible({ timeout: 20_000 });
      expect(await seriousFindings(page), 'lesson').toEqual([]);

      await page.goto('./#/sandbox');
      await waitForPrompt(page);
      expect(await seriousFindings(page), 'sandbox').toEqual([]);
    });

    test('the new-file dialog, and the editor with a file', async ({ page }) => {
      await sandboxWithKuard(page);
      await page.getByRole('button', { name: 'New file' }).click();
      await expect(page.getByLabel('File name')).toBeVisible();
      expect(await seriousFindings(page), 'new file dialog').toEqual([]);
      await page.getByLabel('File name').fill('pod.yaml');
      await page.getByRole('button', { name: 'Create' }).click();
      await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.type('apiVersion: v1\nkind: Pod\n');
      expect(await seriousFindings(page), 'editor').toEqual([]);
    });

    test('the dialogs that ask before a reset, a restart or an import', async ({ page }) => {
      await page.goto('./#/lesson/creating-a-pod/step/1');
      await clearSavedWork(page);
      await page.reload();
      await waitForPrompt(page);

      await page.getByRole('button', { name: 'Restart lesson' }).click();
      const restart = page.getByRole('dialog', { name: 'Restart this lesson?' });
      await expect(restart).toBeVisible();
      expect(await seriousFindings(page), 'restart lesson dialog').toEqual([]);
      await restart.getByRole('button', { name: 'Cancel' }).click();

      await page.getByLabel('Progress file to import').setInputFiles({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ kind: 'pod-lab-progress', version: 1, lessons: {} })),
      });
      const replace = page.getByRole('dialog', { name: 'Replace your progress?' });
      await expect(replace).toBeVisible();
      expect(await seriousFindings(page), 'replace progress dialog').toEqual([]);
      await replace.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Reset files…' }).click();
      await expect(page.getByRole('dialog', { name: 'Reset the files?' })).toBeVisible();
      expect(await seriousFindings(page), 'reset files dialog').toEqual([]);
    });

    test("a phone's lesson, editor, console and cluster tabs", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('./#/lesson/creating-a-pod/step/1');
      await clearSavedWork(page);
      await page.reload();
      const tabs = page.getByRole('tablist', { name: 'Workbench' });
      for (const name of ['Lesson', 'Editor', 'Console', 'Cluster']) {
        await tabs.getByRole('tab', { name }).click();
        await expect(page.getByRole('tabpanel', { name })).toBeVisible();
        expect(await seriousFindings(page), `phone ${name} tab`).toEqual([]);
      }
    });

    test("the kuard page in the browser pane, the cluster picture, a Pod's details and its timeline", async ({
      page,
    }) => {
      await sandboxWithKuard(page);
      await focusConsole(page);
      await page.keyboard.type('kubectl port-forward kuard 8080:8080\n');
      await expect(page.getByRole('tab', { name: 'localhost:8080' })).toHaveAttribute('aria-selected', 'true', {
        timeout: 20_000,
      });
      await expect(page.getByRole('heading', { name: /Demo application version/ })).toBeVisible();
      expect(await seriousFindings(page), 'kuard page').toEqual([]);

      await page.getByRole('button', { name: /Show cluster/ }).click();
      await page.getByRole('button', { name: 'Details of Pod kuard' }).click();
      await expect(page.getByRole('region', { name: 'Details of Pod kuard' })).toBeVisible();
      await expect(page.locator('[data-pod="default/kuard"] .pl-lane-row')).not.toHaveCount(0);
      expect(await seriousFindings(page), 'cluster picture and timeline').toEqual([]);
    });
  });
}
