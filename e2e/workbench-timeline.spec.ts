/// <reference lib="dom" />
// A lesson starts with a clean slate in the cluster picture: the Pod details panel closes and the
// probe timeline forgets the Pods of what came before. The timeline keeps one row per Pod (by uid),
// labels its lanes, shows Ready only while the container was, and shades what takes time.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, waitForPrompt } from './support/console';
import { openNewFile } from './support/editor';
import { attachBothSizes, DESKTOP } from './support/screens';

async function freshPage(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
}

test('starting another lesson clears the Pod details panel and the probe timeline', async ({ page }, testInfo) => {
  await freshPage(page);
  await focusConsole(page);
  await page.keyboard.type('kubectl run earlier --image=gcr.io/kuar-demo/kuard-amd64:blue\n');
  await waitForPrompt(page);
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();
  await page.getByRole('button', { name: /Show cluster/ }).click();
  await page.getByRole('button', { name: 'Details of Pod earlier' }).click();
  await expect(page.getByRole('region', { name: 'Details of Pod earlier' })).toBeVisible();
  const earlierLanes = page.locator('.pl-tl-pod[data-pod="default/earlier"]');
  await expect(earlierLanes).not.toHaveCount(0);
  // A Pod that is Ready has its Ready band (the other test checks where it must not be).
  await expect(earlierLanes.locator('[data-row="life"] .pl-band-ready')).not.toHaveCount(0);

  await page.locator('#pl-lesson-picker').selectOption({ index: 2 });
  // No details panel at all (not even the empty one a deleted Pod leaves).
  await expect(page.locator('.pl-details')).toHaveCount(0);
  await expect(earlierLanes).toHaveCount(0);
  await attachBothSizes(page, testInfo, 'timeline-after-lesson-start', { phoneTab: 'Cluster' });
});

const PROBED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: probed
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      livenessProbe:
        httpGet:
          path: /not-there
          port: 8080
        initialDelaySeconds: 5
        periodSeconds: 10
        failureThreshold: 1
      readinessProbe:
        httpGet:
          path: /ready
          port: 8080
        initialDelaySeconds: 30
        periodSeconds: 10
`;

async function run(page: Page, line: string): Promise<void> {
  await focusConsole(page);
  await page.keyboard.type(`${line}\n`);
  await waitForPrompt(page);
}

test('the probe timeline tells the truth: a row per Pod, labelled lanes, Ready only while Ready, shaded delays, timed back-offs', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 1200 }); // the whole manifest in view as it is pasted
  await openNewFile(page, 'probed.yaml', PROBED_POD);
  await page.setViewportSize(DESKTOP);
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await run(page, 'kubectl apply -f probed.yaml');
  await page.getByRole('button', { name: /Show cluster/ }).click();
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();

  const timeline = page.getByRole('region', { name: 'Probe timeline' });
  const pod = timeline.getByRole('group', { name: 'Pod probed', exact: true });
  // Each lane says what it checks and how often, as the manifest asks.
  await expect(pod.getByText('liveness GET /not-there every 10 s')).toBeVisible();
  await expect(pod.getByText('readiness GET /ready every 10 s')).toBeVisible();
  // The 30 s readiness delay is shaded, and the container is not Ready in it: no green band yet.
  await expect(pod.locator('[data-row="readiness"] .pl-shade-delay').first()).toHaveAttribute(
    'title',
    'initial delay 30 s',
  );
  await expect(pod.locator('[data-row="liveness"] .pl-shade-delay').first()).toHaveAttribute(
    'title',
    'initial delay 5 s',
  );
  await expect(pod.locator('[data-row="life"] .pl-band-ready')).toHaveCount(0);

  // The liveness check fails at once (failureThreshold 1): the kill, the grace period it was
  // given, and, after a few restarts, back-off boxes that say how long they lasted.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Skip 30 s ahead' }).click();
  await expect(pod.locator('[data-kind="kill"]').first()).toBeAttached();
  await expect(pod.locator('.pl-shade-grace').first()).toHaveAttribute('title', /^grace period \([\d.]+ s\)$/);
  await expect(pod.locator('.pl-backoff').first()).toHaveText(/^back-off \d+ s$/);
  await timeline.scrollIntoViewIfNeeded();
  await timeline.screenshot({ path: testInfo.outputPath('probe-timeline.png') });
  await attachBothSizes(page, testInfo, 'probe-timeline-lanes', { phoneTab: 'Cluster' });

  // Deleted and made again under the same name: a new row, the old one kept as deleted history,
  // never Ready after its deletion.
  await page.setViewportSize(DESKTOP);
  // (The clock is paused, so the delete does not wait for the Pod to go; a skip lets it go.)
  await run(page, 'kubectl delete pod probed --now --wait=false');
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();
  await run(page, 'kubectl apply -f probed.yaml');
  await page.getByRole('button', { name: 'Skip 10 s ahead' }).click();
  await expect(timeline.getByRole('group', { name: 'Pod probed', exact: true })).toHaveCount(1);
  await expect(timeline.getByRole('group', { name: 'Pod probed (deleted)', exact: true })).toHaveCount(1);
  const uids = await timeline
    .locator('.pl-tl-pod[data-pod="default/probed"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-uid')));
  expect(new Set(uids).size).toBe(2);
  await expect(timeline.getByRole('group', { name: 'Pod probed', exact: true }).locator('.pl-band-ready')).toHaveCount(
    0,
  );
});
