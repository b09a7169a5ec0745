/// <reference lib="dom" />
// A probe lesson, played as a learner: open the lesson's manifest in the editor, apply it from the
// console, let simulated time pass with the clock, and see the exec liveness probe restart the
// container — in the lesson's cue and in kubectl's own output.
import { expect, test } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';

test('an exec liveness probe restarts the container, and the step completes', async ({ page }) => {
  await page.goto('./#/lesson/readiness-and-health-checks/step/4');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);

  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await expect(lesson.getByRole('heading', { name: 'Step 4 of 5: Three kinds of checks' })).toBeVisible({
    timeout: 15_000,
  });
  await lesson.getByRole('button', { name: 'Open in editor: exec-liveness.yaml' }).click();
  await expect(page.getByRole('tab', { name: /exec-liveness\.yaml/ })).toBeVisible();

  await focusConsole(page);
  await page.keyboard.type('kubectl apply -f exec-liveness.yaml\n');
  await expect.poll(async () => (await screenLines(page)).includes('pod/liveness-exec created')).toBe(true);
  await expect(lesson.getByText('Waiting for:')).toBeVisible();

  // The file is removed 30 s after start; three failed checks 5 s apart later, the kubelet restarts it.
  const skip = page.getByRole('button', { name: /Skip 30\s?s ahead/ });
  for (let i = 0; i < 3; i++) await skip.click();
  await expect(lesson.getByText('Step complete')).toBeVisible({ timeout: 20_000 });

  await focusConsole(page);
  await page.keyboard.type('kubectl get pod liveness-exec\n');
  await expect
    .poll(async () => (await screenLines(page)).join('\n'))
    .toMatch(/liveness-exec\s+1\/1\s+Running\s+[1-9]\d* \(\d+s ago\)/);
});

test('the liveness lesson: kuard fails its checks through the forward and is restarted', async ({ page }) => {
  await page.goto('./#/lesson/liveness-probes/step/1');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await expect(lesson.getByRole('heading', { name: 'Step 1 of 4: A Pod with a liveness probe' })).toBeVisible({
    timeout: 15_000,
  });
  await lesson.getByRole('button', { name: 'Open in editor: kuard-pod-health.yaml' }).click();
  await lesson.getByRole('button', { name: 'Run in console: kubectl apply -f kuard-pod-health.yaml' }).click();
  await expect.poll(async () => (await screenLines(page)).includes('pod/kuard created')).toBe(true);
  await page.getByRole('button', { name: /Skip 10\s?s ahead/ }).click();
  await expect(lesson.getByText('Step complete')).toBeVisible({ timeout: 20_000 });
  await lesson.getByRole('button', { name: 'Next step' }).click();

  await lesson.getByRole('button', { name: 'Run in console: kubectl port-forward kuard 8080:8080' }).click();
  await expect
    .poll(async () => (await screenLines(page)).join('\n'))
    .toContain('Forwarding from 127.0.0.1:8080 -> 8080');
  await lesson.getByRole('button', { name: 'Fail the next 3 liveness checks' }).click();
  await expect(lesson.getByRole('status').filter({ hasText: 'HTTP 200' })).toBeVisible();
  await focusConsole(page);
  await page.keyboard.press('Control+c');
  await waitForPrompt(page);

  const skip = page.getByRole('button', { name: /Skip 30\s?s ahead/ });
  await skip.click();
  await skip.click();
  await expect(lesson.getByText('Step complete')).toBeVisible({ timeout: 20_000 });
  await focusConsole(page);
  await page.keyboard.type('kubectl get pods\n');
  await expect
    .poll(async () => (await screenLines(page)).join('\n'))
    .toMatch(/kuard\s+1\/1\s+Running\s+1 \(\d+s ago\)/);

  // The events tell the story; the previous container's log shows the failed checks.
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await lesson.getByRole('button', { name: 'Run in console: kubectl describe pod kuard' }).click();
  await expect(lesson.getByText('Step complete')).toBeVisible();
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await focusConsole(page);
  await page.keyboard.type('kubectl logs kuard --previous\n');
  await expect.poll(async () => (await screenLines(page)).join('\n')).toContain('GET /healthy');
  await expect(lesson.getByText('Lesson complete')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText('4 of 4 steps done');
});
