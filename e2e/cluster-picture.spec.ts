/// <reference lib="dom" />
// The cluster picture, the probe timeline and the clock controls, driven as a learner would:
// commands in the console, buttons and keys for time, the picture read from the screen.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, waitForPrompt } from './support/console';
import { openNewFile } from './support/editor';

const LIVENESS_POD = `apiVersion: v1
kind: Pod
metadata:
  name: liveness
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      livenessProbe:
        httpGet:
          path: /not-there
          port: 8080
        periodSeconds: 5
`;

async function freshPage(page: Page): Promise<void> {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
}

async function run(page: Page, line: string): Promise<void> {
  await focusConsole(page);
  await page.keyboard.type(`${line}\n`);
  await waitForPrompt(page);
}

const simMs = async (page: Page) => Number(await page.getByLabel('Simulated time').getAttribute('data-sim-ms'));
const podCard = (page: Page, name: string) => page.locator(`.pl-pod[data-pod="${name}"]`);

async function openCluster(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Show cluster/ }).click();
  await expect(page.getByRole('region', { name: 'Cluster picture' })).toBeVisible();
}

test('pause stops the clock: nothing changes while paused, and play resumes', async ({ page }) => {
  await freshPage(page);
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await run(page, 'kubectl run frozen --image=gcr.io/kuar-demo/kuard-amd64:blue');
  await openCluster(page);
  const card = podCard(page, 'frozen');
  await expect(card).toBeVisible();
  const status = await card.getAttribute('data-status');
  const time = await simMs(page);
  // At 1x the image pull takes about 1.5 s: paused, two real seconds must change nothing.
  await page.waitForTimeout(2_000);
  expect(await card.getAttribute('data-status')).toBe(status);
  expect(await simMs(page)).toBe(time);
  expect(status).not.toBe('Running');

  // Typing a shortcut key into the console must not touch the clock.
  await focusConsole(page);
  await page.keyboard.type('k .');
  await expect(page.getByLabel('Simulated time')).toHaveAttribute('data-playing', 'false');
  expect(await simMs(page)).toBe(time);
  await page.keyboard.press('Control+U');

  // K outside the console plays again; the Pod gets going.
  await page.getByRole('heading', { name: 'Cluster', exact: true }).click();
  await page.keyboard.press('k');
  await expect(page.getByLabel('Simulated time')).toHaveAttribute('data-playing', 'true');
  await expect(card).toHaveAttribute('data-status', 'Running', { timeout: 15_000 });
  expect(await simMs(page)).toBeGreaterThan(time);
});

test('step moves exactly to the next scheduled event, one at a time', async ({ page }) => {
  await freshPage(page);
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await run(page, 'kubectl run stepper --image=gcr.io/kuar-demo/kuard-amd64:blue');
  await openCluster(page);
  const step = page.getByRole('button', { name: 'Step to the next event' });
  const seen: string[] = [];
  // Other timers (the lesson's own Pods) interleave, so step until the Pod runs, each step exact.
  for (let i = 0; i < 80 && seen.at(-1) !== 'Running'; i++) {
    await step.focus();
    const nextAt = Number(await step.getAttribute('data-next-at'));
    expect(nextAt).toBeGreaterThanOrEqual(await simMs(page));
    await step.click();
    await expect.poll(() => simMs(page)).toBe(nextAt);
    const status = (await podCard(page, 'stepper').getAttribute('data-status')) ?? '';
    if (seen.at(-1) !== status) seen.push(status);
  }
  // Stepping walked the Pod through its start, one state at a time.
  expect(seen.at(-1)).toBe('Running');
  expect(seen.length).toBeGreaterThan(1);
  await expect(page.getByLabel('Simulated time')).toHaveAttribute('data-playing', 'false');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a failing liveness probe shows three failed ticks, the kill and a restart in its lane (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openNewFile(page, 'liveness.yaml', LIVENESS_POD);
    await page.getByRole('button', { name: 'Pause the clock' }).click();
    await run(page, 'kubectl apply -f liveness.yaml');
    await run(page, 'kubectl run web --image=gcr.io/kuar-demo/kuard-amd64:blue');
    await openCluster(page);
    await page.getByRole('button', { name: 'Skip 30 s ahead' }).click();

    const lane = page.locator('.pl-tl-pod[data-pod="default/liveness"]');
    await expect(lane).toBeVisible();
    const failures = lane.locator('[data-kind="probe"][data-probe="liveness"][data-result="failure"]');
    expect(await failures.count()).toBeGreaterThanOrEqual(3);
    await expect(failures.nth(2)).toHaveAttribute(
      'title',
      /Liveness probe failed \(3\/3\): HTTP probe failed with statuscode: 404/,
    );
    await expect(lane.locator('[data-kind="kill"]').first()).toHaveAttribute(
      'title',
      /failed liveness probe, will be restarted/,
    );
    await expect(lane.locator('[data-kind="started"][data-restart="1"]')).toHaveCount(1);
    await expect(podCard(page, 'liveness').locator('[data-restarts]')).not.toHaveAttribute('data-restarts', '0');

    await page.setViewportSize({ width: 1280, height: 1150 }); // room for the whole picture in the screenshot
    await page.getByRole('button', { name: 'Details of Pod liveness' }).click();
    await expect(page.getByRole('region', { name: 'Details of Pod liveness' })).toContainText(
      'Liveness probe failed: HTTP probe failed with statuscode: 404',
    );
    await page
      .getByRole('region', { name: 'Cluster picture' })
      .screenshot({ path: test.info().outputPath(`cluster-picture-${colorScheme}.png`) });
    await page
      .getByRole('region', { name: 'Probe timeline' })
      .screenshot({ path: test.info().outputPath(`probe-timeline-${colorScheme}.png`) });
  });
}

test('clicking a STATUS shows its cause in the manifest, and Escape closes the picture', async ({ page }) => {
  await openNewFile(page, 'liveness.yaml', LIVENESS_POD);
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await run(page, 'kubectl apply -f liveness.yaml');
  await openCluster(page);
  // Step, event by event (a skip could jump over it), until the liveness kills have put the
  // container into its restart back-off.
  const card = podCard(page, 'liveness');
  const step = page.getByRole('button', { name: 'Step to the next event' });
  for (let i = 0; i < 300 && (await card.getAttribute('data-status')) !== 'CrashLoopBackOff'; i++) {
    await step.focus();
    const nextAt = Number(await step.getAttribute('data-next-at'));
    await step.click();
    await expect.poll(() => simMs(page)).toBe(nextAt);
  }
  await expect(card).toHaveAttribute('data-status', 'CrashLoopBackOff');
  await card.getByRole('button', { name: /^STATUS / }).click();
  // CrashLoopBackOff after the liveness kills: the docked picture gives way to the editor, where
  // the probe (lines 9-13 of the file) is highlighted, and a notice says why.
  await expect(page.locator('[data-notice="cluster-explain"] .pl-notice__text')).toContainText(
    /^CrashLoopBackOff: .*Highlighted in liveness\.yaml, lines 9–13\.$/,
  );
  await expect(page.getByRole('tab', { name: 'liveness.yaml' })).toHaveAttribute('aria-selected', 'true');
  // The editor marks exactly those five lines.
  await expect(page.locator('.pl-monaco .pl-highlight-line')).toHaveCount(5);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: /Show cluster/ }).click();
  await expect(page.getByRole('region', { name: 'Cluster picture' })).toBeVisible();
  await page.getByRole('heading', { name: 'Cluster', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Cluster picture' })).toBeHidden();
});
