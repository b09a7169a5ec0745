/// <reference lib="dom" />
// A flow through the course, as a learner meets it: the course map with every lesson and its done
// marks, "Next lesson" at the end of a finished one (which opens at its top), and a link to a
// lesson that does not exist, which says so instead of opening something else.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForPrompt } from './support/console';
import { clearSavedWork } from './support/storage';

async function fresh(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
  return page.getByRole('region', { name: 'Lesson pane' });
}

async function expectNoAxeViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('finishing a lesson offers the next one, which opens at its top; the map marks it done', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 560 });
  const lesson = await fresh(page, '#/lesson/thinking-with-pods/step/1');
  await expect(lesson.getByRole('heading', { name: /^Step 1 of 3/ })).toBeVisible({ timeout: 15_000 });
  for (const [step, option] of [
    [1, /They talk over the network/],
    [2, /shared file system/],
    [3, /Same Pod/],
  ] as const) {
    await expect(lesson.getByRole('heading', { name: new RegExp(`^Step ${step} of 3`) })).toBeVisible();
    await lesson.getByRole('radio', { name: option }).check();
    await expect(lesson.getByText('Step complete')).toBeVisible();
    if (step < 3) await lesson.getByRole('button', { name: 'Next step' }).click();
  }
  await expect(lesson.getByText('Lesson complete.')).toBeVisible();
  const next = lesson.getByRole('button', { name: 'Next lesson: 3. The Pod manifest' });
  await next.scrollIntoViewIfNeeded();
  const scroller = page.getByRole('region', { name: 'Lesson pane' });
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  // Chosen with the keyboard, as anywhere on the page.
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/lesson\/pod-manifest\/step\/1$/);
  await expect(lesson.getByRole('heading', { name: 'The Pod manifest', level: 2 })).toBeInViewport();
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);

  // The course map: every lesson of the chapter, this one done, the one open marked as such.
  await lesson.getByRole('button', { name: 'Course map' }).click();
  const map = lesson.getByRole('region', { name: 'Course map' });
  await expect(map.getByRole('heading', { name: 'Course map' })).toBeFocused();
  const lessons = map.getByRole('listitem');
  await expect(lessons).toHaveCount(14);
  await expect(map).toContainText('1 of 14 lessons done');
  await expect(map.getByRole('button', { name: '2. Thinking with Pods Done' })).toBeVisible();
  await expect(map.getByRole('button', { name: '1. Why Pods? Not started' })).toBeVisible();
  await expect(map.getByRole('button', { name: '3. The Pod manifest Not started · you are here' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(map.getByRole('button', { name: 'Sandbox' })).toBeVisible();
  await expectNoAxeViolations(page, '.pl-course');

  // Back to the lesson that was open, then a lesson chosen on the map opens where the learner left it.
  await map.getByRole('button', { name: 'Back to lesson 3, The Pod manifest' }).click();
  await expect(lesson.getByRole('heading', { name: /^Step 1 of 4/ })).toBeVisible();
  await lesson.getByRole('button', { name: 'Course map' }).click();
  await map.getByRole('button', { name: /^2\. Thinking with Pods/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/thinking-with-pods\/step\/3$/);
  await expect(lesson.getByText('Lesson complete.')).toBeVisible();
});

test('on a phone, the course map is reached by keyboard and a lesson chosen on it opens at its top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await fresh(page, '#/lesson/listing-pods/step/1');
  // On a phone the workbench shows one pane at a time, the lesson first.
  const lesson = page.getByRole('tabpanel', { name: 'Lesson' });
  const mapButton = lesson.getByRole('button', { name: 'Course map' });
  await mapButton.focus();
  await page.keyboard.press('Enter');
  const map = lesson.getByRole('region', { name: 'Course map' });
  await expect(map.getByRole('listitem')).toHaveCount(14);
  const last = map.getByRole('button', { name: /^14\. / });
  await last.focus();
  await expect(last).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/lesson\/putting-it-together\/step\/1$/);
  await expect(lesson.getByRole('heading', { name: /^Step 1 of 2/ })).toBeVisible();
  await expect(lesson.getByRole('button', { name: 'Course map' })).toBeInViewport();
  await expectNoAxeViolations(page, '.pl-lesson__bar');

  // Scrolled down the page, a mistyped link followed in the same tab still shows its notice.
  await lesson.getByRole('button', { name: 'Course map' }).click();
  await map.getByRole('button', { name: 'Sandbox' }).scrollIntoViewIfNeeded();
  await page.goto('./#/lesson/nope');
  await expect(lesson.getByRole('alert')).toBeInViewport();
});

test('a link to a lesson that does not exist says so, opens no sandbox, and leads to the map', async ({ page }) => {
  const lesson = await fresh(page, '#/lesson/nope');
  const notice = lesson.getByRole('alert');
  await expect(notice).toContainText('No such lesson', { timeout: 30_000 });
  await expect(notice).toContainText('a lesson called “nope”');
  await expect(page).toHaveURL(/#\/lesson\/nope$/);
  await expect(lesson.getByRole('heading', { name: 'Sandbox' })).toHaveCount(0);
  await expect(lesson.getByRole('navigation', { name: 'Steps' })).toHaveCount(0);
  const map = lesson.getByRole('region', { name: 'Course map' });
  await expect(map.getByRole('listitem')).toHaveCount(14);
  await expectNoAxeViolations(page, '.pl-lesson');

  // Text from the link is shown as text, never as markup.
  await page.goto('./#/lesson/%3Cimg%20src%3Dx%3E');
  await expect(notice).toContainText('a lesson called “<img src=x>”');
  await expect(lesson.locator('img')).toHaveCount(0);

  await map.getByRole('button', { name: /^5\. Writing and applying kuard-pod\.yaml/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/running-kuard\/step\/1$/);
  await expect(lesson.getByRole('alert')).toHaveCount(0);
  await expect(lesson.getByRole('heading', { name: /^Step 1 of 3/ })).toBeVisible();
});
