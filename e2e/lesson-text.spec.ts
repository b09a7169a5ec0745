/// <reference lib="dom" />
// The course's text as a learner reads it in the built site: a quiz cannot be won by always picking
// the longest answer, each verdict is said once ("Correct. …", never "Correct. Right. …"), and no
// suffix is glued onto a term in code (no "RESTARTSed").
import { expect, test } from '@playwright/test';
import { waitForPrompt } from './support/console';

test('every step of every lesson: quizzes are not won by length, verdicts said once, no glued suffixes', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('./#/workshop');
  await expect(page.locator('a[href^="#/lesson/"][href*="/step/"]').first()).toBeVisible({ timeout: 20_000 });
  const steps = await page
    .locator('a[href^="#/lesson/"][href*="/step/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
  expect(steps.length).toBeGreaterThan(40);
  // The workshop page is a page of its own: the course opens with a load.
  await page.goto(`./${steps[0]}`);
  await page.reload();
  await waitForPrompt(page);
  const lesson = page.getByRole('region', { name: 'Lesson pane' });
  let quizzes = 0;
  let wonByLength = 0;
  for (const hash of steps) {
    await page.goto(`./${hash}`);
    const step = /\/step\/(\d+)$/.exec(hash)![1];
    await expect(lesson.getByRole('heading', { name: new RegExp(`^Step ${step} of \\d+`) })).toBeVisible({
      timeout: 20_000,
    });
    // A term in code with letters straight after it, as in "`RESTARTS`ed".
    const glued = await lesson
      .locator('code')
      .evaluateAll((codes) =>
        codes
          .filter((code) => /^[a-z]/.test(code.nextSibling?.textContent ?? ''))
          .map((code) => `${code.textContent}${code.nextSibling!.textContent!.slice(0, 4)}`),
      );
    expect(glued, hash).toEqual([]);
    for (const quiz of await lesson.locator('fieldset.pl-lesson-quiz').all()) {
      quizzes += 1;
      const options = quiz.locator('.pl-lesson-quiz__option');
      const lengths = (await options.locator('label').allTextContents()).map((text) => text.trim().length);
      // The learner who always picks the longest answer:
      const longest = lengths.indexOf(Math.max(...lengths));
      await options.nth(longest).getByRole('radio').check();
      const verdict = (await quiz.locator('.pl-lesson-quiz__why').textContent()) ?? '';
      expect(verdict, hash).toMatch(/^(Correct|Not quite)\. \S/);
      expect(verdict, hash).not.toMatch(/^(Correct|Not quite)\. (Correct|Right|Yes|Wrong|No)\b[.!]/);
      if (verdict.startsWith('Correct.')) wonByLength += 1;
    }
  }
  test.info().annotations.push({ type: 'longest answer wins', description: `${wonByLength} of ${quizzes} quizzes` });
  expect(quizzes).toBeGreaterThan(5);
  expect(wonByLength).toBeLessThan(quizzes / 2);
});
