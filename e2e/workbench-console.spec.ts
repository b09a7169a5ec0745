/// <reference lib="dom" />
// The console can be enlarged so wide output fits, and a second terminal keeps a watch running
// while the learner types in the first: both driven with the keyboard as a learner would.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForPrompt } from './support/console';
import { attachBothSizes, DESKTOP } from './support/screens';

async function freshPage(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
}

/** The visible rows of one terminal. */
async function rows(terminal: Locator): Promise<string[]> {
  return terminal
    .locator('.xterm-rows > div')
    .evaluateAll((divs) => divs.map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
}

async function typeInto(terminal: Locator, page: Page, line: string): Promise<void> {
  await terminal.locator('.xterm').click();
  await page.keyboard.type(`${line}\n`);
}

test('the enlarged console shows get pods -o wide and describe without wrapping at 1280×800', async ({
  page,
}, testInfo) => {
  await freshPage(page);
  const first = page.getByTestId('console');
  await page.getByRole('button', { name: 'Enlarge console' }).click();
  await expect(page.getByRole('button', { name: 'Shrink console' })).toHaveAttribute('aria-pressed', 'true');

  await typeInto(first, page, 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();
  await typeInto(first, page, 'kubectl get pods -o wide');
  // The header and the Pod's row each on one screen row, to the last column.
  await expect
    .poll(() => rows(first))
    .toContainEqual(
      expect.stringMatching(/^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE +NOMINATED NODE +READINESS GATES$/),
    );
  await expect.poll(() => rows(first)).toContainEqual(expect.stringMatching(/^kuard +1\/1 +Running .*<none> +<none>$/));

  await typeInto(first, page, 'kubectl describe pod kuard');
  // describe's widest line (the image-pulled event, 170-odd characters) ends on its own row.
  await expect
    .poll(() => rows(first))
    .toContainEqual(expect.stringMatching(/^ +Normal +Pulled .*Successfully pulled image .*Image size: \d+ bytes\.$/));
  await attachBothSizes(page, testInfo, 'console-enlarged', { phoneTab: 'Console' });

  // The choice is kept across a reload, and shrinking gives the editor its place back.
  await page.setViewportSize(DESKTOP);
  await page.reload();
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'Shrink console' }).click();
  await expect(page.getByRole('button', { name: 'Enlarge console' })).toHaveAttribute('aria-pressed', 'false');
});

test('a second terminal keeps kubectl get pods -w running while the learner types in the first', async ({
  page,
}, testInfo) => {
  await freshPage(page);
  const first = page.getByTestId('console');
  await page.getByRole('button', { name: 'New terminal' }).click();
  const second = page.getByTestId('console-2');
  await expect(page.getByRole('region', { name: 'Terminal 2' })).toBeVisible();
  await expect.poll(async () => (await rows(second)).join('\n')).toContain('$');

  await typeInto(second, page, 'kubectl get pods -w');
  await typeInto(first, page, 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
  await expect.poll(() => rows(first)).toContain('pod/kuard created');
  // The watch, in its own terminal, follows the Pod to Running while the first one is free.
  await expect
    .poll(() => rows(second), { timeout: 20_000 })
    .toContainEqual(expect.stringMatching(/^kuard +1\/1 +Running/));
  await typeInto(first, page, 'kubectl get pods kuard');
  await expect
    .poll(async () => (await rows(first)).filter((row) => /^kuard +1\/1 +Running/.test(row)).length)
    .toBeGreaterThan(0);
  expect((await rows(second)).some((row) => row.includes('pod/kuard created'))).toBe(false);
  await attachBothSizes(page, testInfo, 'second-terminal', { phoneTab: 'Console' });

  // Closing it stops the watch; the first terminal goes on.
  await page.setViewportSize(DESKTOP);
  await page.getByRole('button', { name: 'Close terminal 2' }).click();
  await expect(second).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New terminal' })).toBeEnabled();
});

test('a port-forward in a second terminal keeps running, and reports the page’s connections there', async ({
  page,
}, testInfo) => {
  await freshPage(page);
  const first = page.getByTestId('console');
  await typeInto(first, page, 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
  await expect.poll(() => rows(first)).toContain('pod/kuard created');
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();
  await page.getByRole('button', { name: 'New terminal' }).click();
  const second = page.getByTestId('console-2');
  await expect.poll(async () => (await rows(second)).join('\n')).toContain('$');

  await typeInto(second, page, 'kubectl port-forward kuard 8080:8080');
  await expect.poll(() => rows(second)).toContain('Forwarding from 127.0.0.1:8080 -> 8080');
  // The page opens beside the files; its load is a connection through the second terminal's forward.
  await expect(page.getByRole('heading', { name: /Demo application version/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => rows(second)).toContain('Handling connection for 8080');
  expect((await rows(first)).some((row) => row.includes('Handling connection'))).toBe(false);
  // The first terminal is free while the forward runs.
  await typeInto(first, page, 'kubectl get pods');
  await expect.poll(() => rows(first)).toContainEqual(expect.stringMatching(/^kuard +1\/1 +Running/));
  await attachBothSizes(page, testInfo, 'port-forward-second-terminal', { phoneTab: 'Console' });
});
