import { expect, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { attachBothSizes } from './support/screens';

// The liveness lesson's promise, end to end: a learner forwards a port, makes kuard's /healthy fail from
// kuard's own page (the in-app browser), and sees the kubelet restart the container.
test('failing /healthy on kuard’s page gets the container restarted by its liveness probe', async ({
  page,
}, testInfo) => {
  await page.goto('./#/lesson/liveness-probes/step/1');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await lesson.getByRole('button', { name: 'Open in editor: kuard-pod-health.yaml' }).click();
  await focusConsole(page);
  await page.keyboard.type('kubectl apply -f kuard-pod-health.yaml\n');
  await expect.poll(async () => (await screenLines(page)).includes('pod/kuard created')).toBe(true);
  await waitForPrompt(page);
  await page.keyboard.type('kubectl wait --for=condition=Ready pod/kuard --timeout=120s\n');
  await expect
    .poll(async () => (await screenLines(page)).includes('pod/kuard condition met'), { timeout: 30_000 })
    .toBe(true);
  await waitForPrompt(page);

  await page.keyboard.type('kubectl port-forward kuard 8080:8080\n');
  await expect(page.getByRole('tab', { name: 'localhost:8080' })).toHaveAttribute('aria-selected', 'true', {
    timeout: 15_000,
  });
  // Wait for kuard's page itself before using its controls.
  await expect(page.getByRole('heading', { name: /Demo application version/ })).toBeVisible();
  await expect.poll(() => screenLines(page)).toContainEqual('Handling connection for 8080');
  await page.getByRole('button', { name: 'Liveness Probe', exact: true }).click();
  // The checks so far, each with go-humanize's relative time, which already ends in "ago" ("now" within the second).
  const history = page.getByRole('table', { name: 'Liveness check history' });
  const refresh = page.locator('.pl-kuard__body').getByRole('button', { name: 'Refresh', exact: true });
  await expect
    .poll(
      async () => {
        await refresh.click();
        return history.getByRole('row').count();
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(1);
  const whenCells = await history.locator('tbody tr td:nth-child(2)').allTextContents();
  for (const when of whenCells)
    expect(when).toMatch(/^(now|1 second ago|\d+ seconds ago|1 minute ago|\d+ minutes ago)$/);
  await page.getByLabel('Liveness: number of checks to fail').fill('3');
  await page.getByRole('button', { name: 'Fail', exact: true }).click();
  await expect(page.locator('.pl-kuard__body')).toContainText('for the next 3 check(s)');
  await focusConsole(page);
  await page.keyboard.press('Control+c');
  await waitForPrompt(page);

  // Three failed checks 10 s apart, then the kill and a fresh container: well within a minute.
  const skip = page.getByRole('button', { name: /Skip 30\s?s ahead/ });
  await skip.click();
  await skip.click();
  await focusConsole(page);
  await page.keyboard.type('kubectl get pod kuard\n');
  await expect
    .poll(async () => (await screenLines(page)).join('\n'), { timeout: 20_000 })
    .toMatch(/kuard\s+\d\/1\s+Running\s+1 \(\d+s ago\)/);
  await page.keyboard.type('kubectl describe pod kuard | grep Unhealthy\n');
  // The event line is wider than the terminal, so read the rows joined back together.
  await expect
    .poll(async () => (await screenLines(page)).join(''))
    .toMatch(/Warning\s+Unhealthy\s+.*Liveness probe failed: HTTP probe failed with statuscode: 500/);
  await attachBothSizes(page, testInfo, 'liveness-restart', { phoneTab: 'Console' });
});
