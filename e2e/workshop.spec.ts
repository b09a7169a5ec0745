/// <reference lib="dom" />
// The workshop teacher's page, with no server and no account: every lesson and step with its link
// and a time estimate, printable as a handout; and the class's completion codes, pasted in, shown
// as a table of who is where, with a mistyped code reported on its own line.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForPrompt } from './support/console';
import { clearSavedWork } from './support/storage';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('the workshop page lists every lesson and step with its link and time, and prints as a handout', async ({
  page,
}, testInfo) => {
  await page.goto('./#/workshop');
  await expect(page.getByRole('heading', { name: 'Pod Lab workshop guide', level: 1 })).toBeVisible();
  const lessons = page.getByRole('region', { name: 'Lessons and steps' });
  await expect(lessons.getByRole('heading', { level: 3 })).toHaveCount(14);
  await expect(lessons.getByRole('heading', { level: 3 }).first()).toContainText(/1\. Why Pods\? about \d+ min/);
  const stepLinks = lessons.getByRole('link', { name: /^Step \d+: / });
  expect(await stepLinks.count()).toBeGreaterThanOrEqual(14 * 2);
  const deleting = lessons.getByRole('link', { name: 'Step 3: The data went with it' });
  await expect(deleting).toHaveAttribute('href', '#/lesson/deleting-pods/step/3');
  await expect(
    lessons
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Step 3: The data went with it' }) })
      .last(),
  ).toContainText(/about \d+ min/);
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Printed: the lessons with their links written out in full, without the page's controls.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Where is the class?' })).toBeHidden();
  await expect(lessons.getByText(/^http:\/\/127\.0\.0\.1:\d+\/#\/lesson\/deleting-pods\/step\/3$/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('handout-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // A step's link opens Pod Lab at that step.
  await deleting.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Step 3 of \d+: The data went with it/ })).toBeVisible({
    timeout: 30_000,
  });
});

test("a learner's completion code becomes a row of the teacher's table; a bad code gets its own line", async ({
  page,
}) => {
  await page.goto('./#/lesson/thinking-with-pods/step/1');
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  await lesson.getByRole('radio', { name: /They talk over the network/ }).check({ timeout: 30_000 });
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await expect(lesson.getByRole('heading', { name: /^Step 2 of 3/ })).toBeVisible();

  await lesson.getByRole('button', { name: 'Course map' }).click();
  const code = lesson.getByRole('region', { name: 'Your completion code' });
  await code.getByRole('textbox', { name: 'Your name or initials' }).fill('Ada');
  const line = (await code.getByRole('status', { name: 'Line to send' }).or(code.locator('output')).textContent())!;
  expect(line).toMatch(/^Ada [0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  const adaCode = line.split(' ')[1]!;
  // One character misheard: the check digits catch it.
  const misheard = adaCode.slice(0, 2) + (adaCode[2] === 'Q' ? 'R' : 'Q') + adaCode.slice(3);

  await page.goto('./#/workshop');
  const codes = page.getByRole('textbox', { name: 'Completion codes, one learner per line' });
  await codes.fill(`${line}\n<b>Bob</b> ${misheard}\nCy ${adaCode.toLowerCase().replace('-', ' ')}\nDee 12345`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show the class' })).toBeFocused();
  await page.keyboard.press('Enter');

  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  const ada = table.getByRole('row', { name: /^Ada / });
  await expect(ada.getByRole('cell').nth(0)).toHaveText('2. Thinking with Pods, step 2');
  await expect(ada.getByRole('cell').nth(1)).toHaveText('0 of 14');
  await expect(ada.getByRole('cell').nth(3)).toHaveText('1/3');
  await expect(table.getByRole('rowheader', { name: 'Cy' })).toBeVisible();
  const bad = page.getByRole('listitem').filter({ hasText: /^Line \d/ });
  await expect(bad).toHaveCount(2);
  await expect(bad.nth(0)).toHaveText(
    `Line 2, “<b>Bob</b> ${misheard}”: the code does not check out: a letter or digit is mistyped, or two are swapped.`,
  );
  await expect(bad.nth(1)).toContainText('Line 4, “Dee 12345”: a code has 10 letters and digits');
  await expect(page.locator('.pl-workshop b')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
