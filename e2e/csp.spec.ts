/// <reference lib="dom" />
// The built page carries a strict Content-Security-Policy (scripts and styles from its own origin
// only, no inline styles): a learner's whole round trip must run without the browser refusing
// anything, and the editor and the console must still be drawn as they should.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { expectHoverText, KUARD_POD, openNewFile } from './support/editor';
import { watchPage } from './support/page-watch';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

async function run(page: Page, line: string): Promise<void> {
  await focusConsole(page);
  await page.keyboard.type(`${line}\n`);
  await waitForPrompt(page);
}

test('lesson, editor with its YAML worker, dialogs, console, cluster, sandbox and kuard run with no CSP violation', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await recordViolations(page);
  const watch = watchPage(page, baseURL!);
  await openNewFile(page, 'pod.yaml', KUARD_POD + 'bogus: 1\n');

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self'", "worker-src 'self'", "style-src 'self'"])
    expect(policy).toContain(directive);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('unsafe');

  // The YAML worker answers: a squiggle and a hover. Monaco's lines stand one under the other
  // (their positions arrive as styles the policy would refuse in markup).
  await expect(page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first()).toBeVisible({
    timeout: 20_000,
  });
  await expectHoverText(
    page,
    page.locator('.monaco-editor .view-line span', { hasText: /^image$/ }).first(),
    'Container image name.',
  );
  const lineTops = await page
    .locator('.monaco-editor .view-lines .view-line')
    .evaluateAll((lines) => lines.map((line) => line.getBoundingClientRect().top));
  expect(new Set(lineTops).size).toBe(lineTops.length);
  expect(lineTops.length).toBeGreaterThan(10);

  await page.getByRole('button', { name: 'Reset files…' }).click();
  await expect(page.getByRole('dialog', { name: 'Reset the files?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep my changes' }).click();

  await run(page, 'kubectl apply -f pod.yaml');
  await run(page, 'kubectl get pods');
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^NAME +READY +STATUS/));
  // xterm.js lays out its cells with a stylesheet it adds at run time.
  const cellDisplay = await page
    .locator('.pl-console .xterm-rows span')
    .first()
    .evaluate((cell) => getComputedStyle(cell).display);
  expect(cellDisplay).toBe('inline-block');

  await page.getByRole('button', { name: /Show cluster/ }).click();
  await expect(page.getByRole('region', { name: 'Cluster picture' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('./#/sandbox');
  await expect(page.getByRole('heading', { name: 'Sandbox' })).toBeVisible({ timeout: 15_000 });

  await page.goto('./#/lesson/accessing-your-pod/step/1');
  await expect(page.getByRole('heading', { name: 'Talking to your Pod' })).toBeVisible({ timeout: 15_000 });
  await waitForPrompt(page);
  await run(page, 'kubectl wait --for=condition=Ready pod/kuard --timeout=120s');
  await focusConsole(page);
  await page.keyboard.type('kubectl port-forward kuard 8080:8080\n');
  await expect(page.getByRole('heading', { name: /Demo application version/ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Liveness Probe' }).click();
  await focusConsole(page);
  await page.keyboard.press('Control+c');
  await waitForPrompt(page);

  expect(await violations(page)).toEqual([]);
  expect(watch.errors).toEqual([]);

  // The policy is live: an inline style in markup and an inline script are both refused.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<p style="color: red">styled in markup</p>');
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    document.body.append(script);
  });
  await expect
    .poll(async () => (await violations(page)).map((v) => v.split(' ')[0]).sort())
    .toEqual(['script-src-elem', 'style-src-attr']);
  expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false);
});
