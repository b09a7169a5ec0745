/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (Callbacks passed to page.evaluate run in the browser, so these tests see DOM types.)
import { expect, type Page, test } from '@playwright/test';
import { waitForPrompt } from './support/console';
import { KUARD_POD, openNewFile } from './support/editor';
import { attachBothSizes, attachScreen } from './support/screens';

type Box = { x: number; y: number; width: number; height: number };

async function paneBoxes(page: Page): Promise<Record<string, Box>> {
  const boxes: Record<string, Box> = {};
  for (const [name, selector] of Object.entries({
    topbar: '.pl-topbar',
    lesson: '.pl-pane--lesson',
    editor: '.pl-pane--editor',
    console: '.pl-pane--console',
  })) {
    const box = await page.locator(selector).boundingBox();
    expect(box, `${name} is laid out`).not.toBeNull();
    expect(box!.width, `${name} has width`).toBeGreaterThan(100);
    expect(box!.height, `${name} has height`).toBeGreaterThan(30);
    boxes[name] = box!;
  }
  return boxes;
}

function overlaps(a: Box, b: Box): boolean {
  const epsilon = 0.5; // sub-pixel rounding at shared edges
  return (
    a.x + a.width - epsilon > b.x &&
    b.x + b.width - epsilon > a.x &&
    a.y + a.height - epsilon > b.y &&
    b.y + b.height - epsilon > a.y
  );
}

function expectNoOverlap(boxes: Record<string, Box>) {
  const names = Object.keys(boxes);
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      expect(overlaps(boxes[names[i]!]!, boxes[names[j]!]!), `${names[i]} overlaps ${names[j]}`).toBe(false);
    }
  }
}

for (const [label, viewport] of [
  ['desktop 1280×800', { width: 1280, height: 800 }],
  ['phone 390×844', { width: 390, height: 844 }],
] as const) {
  test(`no panes overlap at ${label}`, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await waitForPrompt(page);
    if (viewport.width < 820) {
      // Tabs, one pane at a time, each the full width of the screen and filling it below the tabs.
      for (const [tab, pane] of [
        ['Lesson', '.pl-pane--lesson'],
        ['Editor', '.pl-pane--editor'],
        ['Console', '.pl-pane--console'],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        const box = (await page.locator(pane).boundingBox())!;
        const tabs = (await page.getByRole('tablist', { name: 'Workbench' }).boundingBox())!;
        expect(box.width).toBeGreaterThan(viewport.width - 2);
        expect(box.y).toBeGreaterThanOrEqual(tabs.y + tabs.height - 0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
        expect(box.height).toBeGreaterThan(300);
      }
      await page.getByRole('tab', { name: 'Lesson' }).click();
    } else {
      const boxes = await paneBoxes(page);
      expectNoOverlap(boxes);
      expect(boxes.lesson!.x).toBeLessThan(boxes.editor!.x);
      expect(boxes.editor!.y).toBeLessThan(boxes.console!.y);
      // The page itself does not scroll on a desktop: the panes fill the window.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height);
    }
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await attachScreen(page, testInfo, 'layout');
  });
}

test('the dividers resize the panes from the keyboard, and the sizes survive a reload', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  const divider = page.getByRole('separator', { name: 'Resize the lesson and the workspace' });
  const before = (await page.locator('.pl-pane--lesson').boundingBox())!.width;
  await divider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  const after = (await page.locator('.pl-pane--lesson').boundingBox())!.width;
  expect(after).toBeGreaterThan(before + 100);
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
  await page.reload();
  await waitForPrompt(page);
  expect((await page.locator('.pl-pane--lesson').boundingBox())!.width).toBeCloseTo(after, 0);
  expectNoOverlap(await paneBoxes(page));
  await attachBothSizes(page, testInfo, 'dividers-moved');
});

test.describe('before the panes have loaded', () => {
  // The service worker would serve the panes' chunk from its cache, out of the test's reach.
  test.use({ serviceWorkers: 'block' });

  test('the first layout after a reload already has the sizes the learner chose', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    await waitForPrompt(page);
    const divider = page.getByRole('separator', { name: 'Resize the lesson and the workspace' });
    await divider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(divider).toHaveAttribute('aria-valuenow', '50');
    const chosen = (await page.locator('.pl-pane--lesson').boundingBox())!.width;
    // React and the panes are held back: what shows is the page as pre-rendered, laid out at boot.
    const release = await holdBack(page, /\/mount-[^/]*\.js$/);
    await page.reload();
    await expect(page.locator('#root[data-pre-rendered]')).toHaveCount(1);
    await expect.poll(async () => (await page.locator('.pl-pane--lesson').boundingBox())?.width).toBeCloseTo(chosen, 0);
    await expect(divider).toHaveAttribute('aria-valuenow', '50');
    release();
    await waitForPrompt(page);
    expect((await page.locator('.pl-pane--lesson').boundingBox())!.width).toBeCloseTo(chosen, 0);
  });

  for (const [label, viewport] of [
    ['desktop 1280×800', { width: 1280, height: 800 }],
    ['phone 390×844', { width: 390, height: 844 }],
  ] as const) {
    test(`nothing moves as React and then the cluster arrive at ${label}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const releasePanes = await holdBack(page, /\/mount-[^/]*\.js$/);
      const releaseSession = await holdBack(page, /browser-session-[^/]*\.js$/);
      await page.goto('./');
      await expect(page.locator('#root[data-pre-rendered]')).toHaveCount(1);
      const firstPaint = await visibleBoxes(page);
      releasePanes();
      await expect(page.locator('#root[data-pre-rendered]')).toHaveCount(0, { timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'Pause the clock' })).toHaveCount(0);
      expectSameLayout(await visibleBoxes(page), firstPaint, 'once React took the page over');
      releaseSession();
      await expect(page.getByRole('button', { name: 'Pause the clock' })).toBeVisible({ timeout: 15_000 });
      expectSameLayout(await visibleBoxes(page), firstPaint, 'once the cluster and its clock arrived');
    });
  }
});

/** The same boxes as `before`, each edge within half a pixel (a sub-pixel difference is not seen). */
function expectSameLayout(after: Record<string, Box>, before: Record<string, Box>, when: string) {
  expect(Object.keys(after), `${when}: the parts shown`).toEqual(Object.keys(before));
  for (const [name, box] of Object.entries(before)) {
    for (const side of ['x', 'y', 'width', 'height'] as const) {
      expect(after[name]![side], `${when}: ${name} ${side}`).toBeCloseTo(box[side], 0);
    }
  }
}

/** Holds back the requests `url` matches until the returned function lets them through. */
async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where the top bar, the phone's tabs and the panes are on screen (those shown). */
async function visibleBoxes(page: Page): Promise<Record<string, Box>> {
  return page.evaluate(() => {
    const boxes: Record<string, Box> = {};
    for (const selector of [
      '.pl-topbar',
      '.pl-phone-tabs',
      '.pl-pane--lesson',
      '.pl-pane--editor',
      '.pl-pane--console',
    ]) {
      const element = document.querySelector(selector);
      const { x, y, width, height } = element?.getBoundingClientRect() ?? new DOMRect();
      if (width > 0 && height > 0) boxes[selector] = { x, y, width, height };
    }
    return boxes;
  });
}

test('the dark theme follows the system setting', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openNewFile(page, 'pod.yaml', KUARD_POD);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(13, 17, 23)');
  await expect(page.locator('.monaco-editor')).toHaveClass(/vs-dark/);
  await attachBothSizes(page, testInfo, 'dark', { phoneTab: 'Editor' });
});
