/// <reference lib="dom" />
// Offline, as a Progressive Web App: after one visit the service worker has cached the whole built
// site, so with the network off a reload opens Pod Lab and every part loaded on demand still
// arrives: the lesson pane, the editor with its YAML worker, the port-forward browser pane.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { expectHoverText } from './support/editor';
import { serveStatic } from './support/static-site';

const builtSite = process.env.POD_LAB_OUT ?? 'dist';

/** Waits until the service worker has installed (the whole site cached) and controls this page. */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);
}

async function run(page: Page, line: string): Promise<void> {
  await focusConsole(page);
  await page.keyboard.type(`${line}\n`);
  await waitForPrompt(page);
}

test('after one visit, a reload with the network off opens Pod Lab and every pane works', async ({ page, context }) => {
  await page.goto('./#/lesson/accessing-your-pod/step/1');
  await waitForPrompt(page);
  await waitUntilOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  // The lesson pane (a chunk of its own) and the session's chunk come from the cache.
  await expect(page.getByRole('heading', { name: 'Talking to your Pod' })).toBeVisible({ timeout: 20_000 });
  await waitForPrompt(page);
  await run(page, 'kubectl wait --for=condition=Ready pod/kuard --timeout=120s');
  await expect.poll(() => screenLines(page)).toContainEqual('pod/kuard condition met');

  // The editor, and its YAML worker: a field Pod metadata lacks is marked, with the schema's words.
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('offline.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  const lines = page.locator('.monaco-editor .view-lines');
  await expect(lines).toBeVisible({ timeout: 20_000 });
  await lines.click();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('apiVersion: v1\nkind: Pod\nmetadata:\n  labelz: {}\n'));
  await page.keyboard.press('Control+v');
  const squiggle = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
  await expect(squiggle).toBeVisible({ timeout: 20_000 });
  await expectHoverText(page, squiggle, 'Property labelz is not allowed.');

  // The port-forward browser pane, a chunk first asked for now, with the network still off.
  await run(page, 'kubectl port-forward kuard 8080:8080 &');
  await focusConsole(page);
  await page.keyboard.type('kubectl port-forward kuard 8080:8080\n');
  await expect(page.getByRole('tab', { name: 'localhost:8080' })).toHaveAttribute('aria-selected', 'true', {
    timeout: 20_000,
  });
  await expect(page.getByRole('heading', { name: /Demo application version/ })).toBeVisible();
});

test('served from a sub-path by a plain file server, it installs, works offline, announces a new version, and applies it on the next load', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const site = await serveStatic(builtSite, '/school/pod-lab/');
  try {
    await page.goto(`${site.url}#/sandbox`);
    await waitForPrompt(page);
    await waitUntilOfflineReady(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      return (await fetch(link.href).then((r) => r.json())) as { icons: { src: string }[]; start_url: string };
    });
    expect(manifest.start_url).toBe('./');
    expect(manifest.icons.length).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.reload();
    await waitForPrompt(page);
    await run(page, 'kubectl get nodes');
    await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^NAME +STATUS/));
    await context.setOffline(false);

    // A new version is deployed while the learner is at work: it is announced, nothing reloads.
    await page.evaluate(() => ((window as { stillThisPage?: boolean }).stillThisPage = true));
    site.changeServiceWorker();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Pod Lab is ready' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    await run(page, 'kubectl get pods');
    await expect.poll(() => screenLines(page)).toContainEqual('No resources found in default namespace.');

    // The next load applies it before the learner starts (the page reloads itself once, at once):
    // afterwards no version is left waiting and nothing is announced.
    let documents = 0;
    const reloadedItself = new Promise<void>((resolve) =>
      page.on('domcontentloaded', () => ++documents === 2 && resolve()),
    );
    await page.reload();
    await reloadedItself;
    await waitForPrompt(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBe(
      null,
    );
    await expect(page.getByText('A new version of Pod Lab is ready')).toHaveCount(0);
    await run(page, 'echo the new version answers');
    await expect.poll(() => screenLines(page)).toContainEqual('the new version answers');
  } finally {
    await site.close();
  }
});
