/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (Callbacks passed to page.evaluate run in the browser, so these tests see DOM types.)
import { expect, test } from '@playwright/test';
import { watchPage } from './support/page-watch';
import { waitForPrompt } from './support/console';
import { KUARD_POD, openNewFile } from './support/editor';
import { attachBothSizes } from './support/screens';

test('the page loads with no console errors and no request to another host', async ({ page, baseURL }, testInfo) => {
  const watch = watchPage(page, baseURL!);
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Cluster' })).toBeVisible();
  await expect(page.getByLabel('Lesson pane')).toBeVisible();
  await waitForPrompt(page);
  // Monaco arrives lazily, with its workers: open a file and wait for the YAML service's first marker.
  await openNewFile(page, 'pod.yaml', KUARD_POD + 'bogus: 1\n');
  await expect(page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first()).toBeVisible({
    timeout: 15_000,
  });
  await page.waitForLoadState('networkidle');
  // Both sizes before the checks, so an error from the phone layout is caught too.
  await attachBothSizes(page, testInfo, 'loaded', { phoneTab: 'Editor' });
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the page works from a sub-path: served under /pod-lab/, it loads, and its editor and workers start', async ({
  page,
  context,
  baseURL,
}) => {
  // Stand in for a host that serves dist/ under /pod-lab/: every request below that path is
  // answered with the file at the same place under the root.
  await context.route(/\/pod-lab\//, (route) =>
    route.continue({ url: route.request().url().replace('/pod-lab/', '/') }),
  );
  const watch = watchPage(page, baseURL!);
  await page.goto(new URL('pod-lab/', baseURL).href);
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll('script[src], link[href]')].map(
      (e) => e.getAttribute('src') ?? e.getAttribute('href'),
    ),
  );
  for (const url of urls) expect(url, `asset URL ${url}`).not.toMatch(/^\//);
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('sub.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.type('kind: Pod\nbogus: 1');
  await expect(page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first()).toBeVisible({
    timeout: 20_000,
  });
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('every control in the top bar and the editor has an accessible name and is reachable by Tab', async ({ page }) => {
  await page.goto('./');
  await waitForPrompt(page);
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, [role="tab"], [role="separator"], input')]
      .filter((e) => !(e.getAttribute('aria-label') || e.textContent?.trim() || (e as HTMLInputElement).labels?.length))
      .map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
  // Tab from the top of the page reaches the editor's "New file" button.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'New file');
  }
  expect(reached).toBe(true);
});

test('Shift+Tab leaves the console, where Tab completes', async ({ page }) => {
  await page.goto('./');
  await waitForPrompt(page);
  await page.locator('.pl-console .xterm').click();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea'))).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea'))).toBe(false);
});
