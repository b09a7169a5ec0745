/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (Callbacks passed to page.evaluate run in the browser, so these tests see DOM types.)
import { expect, test } from '@playwright/test';
import {
  currentLine,
  expectCurrentLine,
  focusConsole,
  holdBackSession,
  screenLines,
  waitForPrompt,
} from './support/console';
import { attachBothSizes } from './support/screens';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  await focusConsole(page);
});

test('typing with edits in the middle of the line shows the edited line', async ({ page }, testInfo) => {
  await page.keyboard.type('kubectl get pdos');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('d');
  await expectCurrentLine(page, '$ kubectl get pods');
  await page.keyboard.press('Home');
  await page.keyboard.type('# ');
  await page.keyboard.press('End');
  await page.keyboard.type(' -o wide');
  await expectCurrentLine(page, '$ # kubectl get pods -o wide');
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Delete');
  await expectCurrentLine(page, '$ kubectl get pods -o wide');
  await attachBothSizes(page, testInfo, 'console-editing', { phoneTab: 'Console' });
});

test('Enter runs the line; Up and Down walk the history, which survives a reload', async ({ page }) => {
  await page.keyboard.type('kubectl version --client\n');
  await waitForPrompt(page);
  await page.keyboard.type('kubectl get nodes\n');
  await waitForPrompt(page);
  await page.keyboard.type('draft');
  await page.keyboard.press('ArrowUp');
  await expectCurrentLine(page, '$ kubectl get nodes');
  await page.keyboard.press('ArrowUp');
  await expectCurrentLine(page, '$ kubectl version --client');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expectCurrentLine(page, '$ draft');

  await page.reload();
  await waitForPrompt(page);
  await focusConsole(page);
  await page.keyboard.press('ArrowUp');
  await expectCurrentLine(page, '$ kubectl get nodes');
});

test('Ctrl+L clears the screen and keeps the line being typed', async ({ page }) => {
  await page.keyboard.type('echo one\n');
  await waitForPrompt(page);
  await page.keyboard.type('kubectl');
  await page.keyboard.press('Control+l');
  await expect.poll(async () => (await screenLines(page)).filter((l) => l !== '')).toEqual(['$ kubectl']);
});

test('Ctrl+C abandons the line and gives a fresh prompt', async ({ page }) => {
  await page.keyboard.type('kubectl delete pod kuard');
  await page.keyboard.press('Control+c');
  await expect.poll(() => screenLines(page)).toContain('$ kubectl delete pod kuard^C');
  await expectCurrentLine(page, '$');
});

test('pasting text types it at the cursor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('get pods'));
  await page.keyboard.type('kubectl ');
  await page.keyboard.press('Control+v');
  await expectCurrentLine(page, '$ kubectl get pods');
  expect(await currentLine(page)).not.toContain('^V');
});

test('the console echoes typing before the simulator has loaded, and runs the line once it has', async ({ page }) => {
  const release = await holdBackSession(page);
  await page.goto('./');
  await waitForPrompt(page);
  await focusConsole(page);
  await expect(page.getByText('Starting the cluster…')).toBeVisible();
  await page.keyboard.type('kubectl get nodez');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('s');
  await expectCurrentLine(page, '$ kubectl get nodes');
  await page.keyboard.press('Enter');
  release();
  // The engine arrives, runs the waiting line, and the prompt comes back below its output.
  await expect
    .poll(() => screenLines(page), { timeout: 20_000 })
    .toContainEqual(expect.stringMatching(/^NAME\s+STATUS/));
  await waitForPrompt(page);
});

test('what the learner does while the cluster loads is kept when the lesson arrives', async ({ page }) => {
  const release = await holdBackSession(page);
  await page.goto('./');
  await waitForPrompt(page);
  // A file made and a Pod asked for before the lesson and its start state have arrived.
  await page.getByRole('button', { name: 'New file' }).click();
  await page.getByLabel('File name').fill('early.yaml');
  await page.getByRole('button', { name: 'Create' }).click();
  await focusConsole(page);
  await page.keyboard.type('kubectl run early --image=nginx\n');
  release();
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible({ timeout: 20_000 });
  await waitForPrompt(page);
  await expect(page.getByRole('tab', { name: 'early.yaml', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('kubectl get pod early\n');
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^early\s+0\/1\s+\S+\s+0\s+\d+s$/));
});

test('Tab completes kubectl’s verbs and the workspace’s file names', async ({ page }) => {
  // Completion comes with the session; a Tab pressed while it still loads is a separate matter.
  await page.keyboard.type('kubectl version --client');
  await page.keyboard.press('Enter');
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^Client Version: v1\.32/));
  // "ap" is ambiguous (api-resources, apply): a second Tab lists the choices.
  await page.keyboard.type('kubectl ap');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^api-resources\s.*\bapply$/));
  await page.keyboard.type('p');
  await page.keyboard.press('Tab');
  await page.keyboard.type('-f ');
  // The completed word got its trailing space, so "-f" is a word of its own.
  await expectCurrentLine(page, '$ kubectl apply -f');
  // The file names come from the editor's tabs; whatever the lesson starts with, one is offered.
  const firstFile = await page.getByRole('tab').first().textContent();
  await page.keyboard.type(firstFile!.slice(0, 2));
  await page.keyboard.press('Tab');
  await expect.poll(() => currentLine(page)).toMatch(/^\$ kubectl apply -f \S+/);
});

test('a selection in the console is copied with Ctrl+Shift+C', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.keyboard.type('kubectl get pods');
  const row = page.locator('.xterm-rows > div').first();
  const box = (await row.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.press('Control+Shift+c');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('$ kubectl get pods');
  // Copying did not interrupt or change the line.
  await expectCurrentLine(page, '$ kubectl get pods');
});

test('Ctrl+C stops a streaming command and the prompt comes back', async ({ page }) => {
  await page.keyboard.type('kubectl get nodes -w\n');
  await expect
    .poll(() => screenLines(page), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/^NAME\s+STATUS\s+ROLES/));
  // While it streams, typing does not reach a prompt.
  await page.keyboard.type('ignored');
  await page.keyboard.press('Control+c');
  await expect.poll(() => screenLines(page)).toContain('^C');
  await expectCurrentLine(page, '$');
  await page.keyboard.type('kubectl version --client\n');
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^Client Version: v1\.32/));
});
