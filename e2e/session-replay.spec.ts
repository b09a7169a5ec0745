/// <reference lib="dom" />
// A session is the learner's own: the console marks where each lesson begins, a reload brings the
// cluster back as it was (the saved session replayed on the simulated clock), and a link carries
// the session to another browser, which rebuilds the same cluster.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { clearSavedWork, savedEntries } from './support/storage';

async function freshPage(page: Page, hash: string): Promise<void> {
  // Each test plays a learner through several page loads.
  test.slow();
  await page.goto(`./${hash}`);
  await waitForPrompt(page);
  await clearSavedWork(page);
  await page.reload();
  await waitForPrompt(page);
}

async function run(page: Page, line: string): Promise<void> {
  await focusConsole(page);
  // Ctrl+E Ctrl+U: an empty line to type on, whatever a lost keystroke left there.
  await page.keyboard.press('Control+E');
  await page.keyboard.press('Control+U');
  await page.keyboard.type(`${line}\n`);
  await waitForPrompt(page);
}

test('the console marks where one lesson ends and the next begins, keeping what came before', async ({ page }) => {
  await freshPage(page, '#/sandbox');
  await run(page, 'kubectl get nodes');
  await page.goto('./#/lesson/deleting-pods/step/1');
  const separator = '──── end of Sandbox · start of 7. Deleting a Pod ────';
  await expect.poll(() => screenLines(page)).toContainEqual(separator);
  const lines = await screenLines(page);
  expect(lines.findIndex((line) => line.startsWith('node-1'))).toBeLessThan(lines.indexOf(separator));
});

/** What kubectl prints for `line`: the screen rows between the command and the next prompt. */
async function answer(page: Page, line: string): Promise<string> {
  await run(page, line);
  const lines = await screenLines(page);
  const at = lines.lastIndexOf(`$ ${line}`);
  // (A paused clock's reminder may come between; it is the page's, not kubectl's.)
  return lines
    .slice(at + 1)
    .filter((l) => l !== '' && l !== '$' && !/^pod-lab: the clock is paused|^ +Press Play/.test(l))
    .join('\n');
}

const uid = `kubectl get pod mine -o jsonpath='{.metadata.uid}{"\\n"}'`;
const created = `kubectl get pod mine -o jsonpath='{.metadata.creationTimestamp}{"\\n"}'`;

/** The Pod's uid and creation time: the same on a replayed cluster, different on any other. */
async function identity(page: Page): Promise<string> {
  return `${await answer(page, uid)} ${await answer(page, created)}`;
}

/** Starts a Pod and waits for it to run; returns its identity. */
async function startMine(page: Page): Promise<string> {
  await run(page, 'kubectl run mine --image=nginx');
  await expect.poll(() => answer(page, 'kubectl get pods --no-headers'), { timeout: 20_000 }).toMatch(/ Running /);
  return identity(page);
}

test('a reload brings the lesson’s cluster back as it was, not the lesson’s start', async ({ page }) => {
  await freshPage(page, '#/lesson/deleting-pods/step/1');
  const before = await startMine(page);
  await page.reload();
  await waitForPrompt(page);
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^Pod Lab replayed your session: /));
  expect(await identity(page)).toBe(before);
  await expect(page).toHaveURL(/#\/lesson\/deleting-pods\/step\/1$/);
});

test('a reload after moving on to the next step keeps the cluster and the files the learner left', async ({ page }) => {
  await freshPage(page, '#/lesson/running-kuard/step/1');
  const lesson = page.locator('#pl-lesson-pane');
  await lesson.getByRole('button', { name: 'Open in editor: kuard-pod.yaml' }).click();
  await expect(lesson.locator('.pl-lesson-goal')).toContainText('Step complete');
  await lesson.getByRole('button', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/#\/lesson\/running-kuard\/step\/2$/);
  await run(page, 'kubectl apply -f kuard-pod.yaml');
  await expect.poll(() => screenLines(page)).toContainEqual('pod/kuard created');
  const kuardUid = await answer(page, `kubectl get pod kuard -o jsonpath='{.metadata.uid}{"\\n"}'`);
  // The learner empties the file (to write it again, say) and reloads.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('apiVersion');
  await page.reload();
  await waitForPrompt(page);
  await expect.poll(() => screenLines(page)).toContainEqual(expect.stringMatching(/^Pod Lab replayed your session: /));
  await expect(page).toHaveURL(/#\/lesson\/running-kuard\/step\/2$/);
  await expect(page.getByRole('heading', { name: /^Step 2 of 3/ })).toBeVisible();
  // The same Pod, not the step's start state rebuilt without it…
  expect(await answer(page, `kubectl get pod kuard -o jsonpath='{.metadata.uid}{"\\n"}'`)).toBe(kuardUid);
  // …and the file as the learner left it: empty, not the lesson's manifest written back.
  await expect(page.getByRole('tab', { name: 'kuard-pod.yaml', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('apiVersion');
  expect(await answer(page, 'cat kuard-pod.yaml')).toBe('');
});

test('the Sandbox keeps its cluster when the learner comes back to it, and across a reload', async ({ page }) => {
  await freshPage(page, '#/sandbox');
  await startMine(page);
  const uidBefore = await answer(page, uid);
  await page.goto('./#/lesson/deleting-pods/step/1');
  await expect.poll(() => screenLines(page)).toContainEqual('──── end of Sandbox · start of 7. Deleting a Pod ────');
  await expect(page.getByRole('heading', { name: /Step 1 of \d+/ })).toBeVisible();
  await expect
    .poll(() => answer(page, 'kubectl get pod mine'), { timeout: 30_000 })
    .toBe('Error from server (NotFound): pods "mine" not found');
  await page.goto('./#/sandbox');
  await expect
    .poll(() => screenLines(page))
    .toContainEqual(expect.stringMatching(/^Your Sandbox is back as you left it \(\d+ commands replayed\)\.$/));
  // Made again by replaying what the learner did there: the same Pod, as old as when they left.
  expect(await answer(page, 'kubectl get pods --no-headers')).toMatch(/^mine +1\/1 +Running /);
  // The same Pod, not a look-alike: the uid it had before the learner left.
  expect(await answer(page, uid)).toBe(uidBefore);
  const restored = await identity(page);
  await page.reload();
  await waitForPrompt(page);
  expect(await identity(page)).toBe(restored);
});

test('a link to the session rebuilds the same cluster elsewhere; a damaged one changes nothing', async ({
  page,
  browser,
}) => {
  await freshPage(page, '#/sandbox');
  const before = await startMine(page);
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  const pausedAt = await answer(page, 'date');
  const share = page.getByRole('button', { name: 'Copy a link to this session' });
  await share.focus();
  await page.keyboard.press('Enter');
  const link = await page.getByRole('textbox', { name: 'Link to this session' }).inputValue();
  expect(link).toMatch(/#\/session\/1\/[A-Za-z0-9_-]+$/);

  // Another browser, with nothing saved: the same Pod, the same uid, the same second.
  const elsewhere = await browser.newContext();
  const teacher = await elsewhere.newPage();
  await teacher.goto(link);
  await waitForPrompt(teacher);
  await expect
    .poll(() => screenLines(teacher))
    .toContainEqual(expect.stringMatching(/^Pod Lab replayed the session from the link: /));
  await expect(teacher).toHaveURL(/#\/sandbox$/);
  expect(await identity(teacher)).toBe(before);
  expect(await answer(teacher, 'date')).toBe(pausedAt);

  // A link damaged in transit, or from a newer Pod Lab, says so and leaves the receiver's own
  // session alone (viewing the good link saved nothing over it): here, a Pod of their own.
  const own = await elsewhere.newPage();
  await own.goto('./#/sandbox');
  await waitForPrompt(own);
  const ownBefore = await startMine(own);
  expect(ownBefore).not.toBe(before);
  await own.close({ runBeforeUnload: true });
  const payload = link.slice(link.lastIndexOf('/') + 1);
  const damaged = link.replace(payload, payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21));
  // Each opened as a new tab of that browser would: the session there must stay as it is.
  for (const [bad, reason] of [
    [damaged, /This session link is damaged/],
    [link.replace('#/session/1/', '#/session/7/'), /made by a newer Pod Lab/],
  ] as const) {
    const tab = await elsewhere.newPage();
    await tab.goto(bad);
    await waitForPrompt(tab);
    await expect(tab.getByRole('alert')).toContainText(reason);
    expect(await identity(tab)).toBe(ownBefore);
    await tab.close();
  }
  await elsewhere.close();
});

test('a shared link opens beside the receiver’s own session, which it never overwrites unless kept', async ({
  page,
  browser,
}) => {
  await freshPage(page, '#/sandbox');
  const pupils = await startMine(page);
  await page.getByRole('button', { name: 'Copy a link to this session' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this session' }).inputValue();

  // The teacher has a session of their own: a Pod of the same name, and a file of theirs.
  const elsewhere = await browser.newContext();
  const own = await elsewhere.newPage();
  await freshPage(own, '#/sandbox');
  const teachers = await startMine(own);
  expect(teachers).not.toBe(pupils);
  await own.getByRole('button', { name: 'New file' }).click();
  await own.getByLabel('File name').fill('teacher-notes.yaml');
  await own.getByRole('button', { name: 'Create' }).click();
  await own.close({ runBeforeUnload: true });

  const teacher = await elsewhere.newPage();
  await teacher.goto(link);
  await waitForPrompt(teacher);
  const banner = teacher.getByRole('region', { name: 'You are looking at a shared session.' });
  await expect(banner).toBeVisible();
  expect(await identity(teacher)).toBe(pupils);
  await expect(teacher.getByRole('tab', { name: 'teacher-notes.yaml' })).toHaveCount(0);
  const savedBefore = await savedEntries(teacher);
  // Work done while looking is not saved over the teacher's: a reload shows the link's session again.
  await run(teacher, 'kubectl delete pod mine --wait=false');
  await teacher.waitForTimeout(1_000);
  expect(await savedEntries(teacher)).toEqual(savedBefore);
  await teacher.reload();
  await waitForPrompt(teacher);
  await expect(banner).toBeVisible();
  expect(await identity(teacher)).toBe(pupils);

  // A lesson chosen on the course map while looking is still part of the look: a reload shows the
  // shared session again, with its banner, and never switches silently to the teacher's own.
  const lessonPane = teacher.getByRole('region', { name: 'Lesson pane' });
  await lessonPane.getByRole('button', { name: 'Course map' }).click();
  await lessonPane
    .getByRole('region', { name: 'Course map' })
    .getByRole('button', { name: /^7\. Deleting a Pod/ })
    .click();
  await expect(teacher).toHaveURL(/#\/lesson\/deleting-pods\/step\/1$/);
  await expect(banner).toBeVisible();
  await teacher.reload();
  await waitForPrompt(teacher);
  await expect(banner).toBeVisible();
  await expect(teacher).toHaveURL(/#\/sandbox$/);
  expect(await identity(teacher)).toBe(pupils);
  await expect(teacher.getByRole('tab', { name: 'teacher-notes.yaml' })).toHaveCount(0);

  // The page reloads into the teacher's own session: wait for that load, not the old page's prompt.
  await Promise.all([teacher.waitForEvent('load'), banner.getByRole('button', { name: 'Back to my session' }).click()]);
  await waitForPrompt(teacher);
  await expect(banner).toHaveCount(0);
  await expect(teacher.getByRole('tab', { name: 'teacher-notes.yaml' })).toBeVisible();
  expect(await identity(teacher)).toBe(teachers);

  // Keeping a copy asks first, in the page; then the shared session is the teacher's own. (The link
  // differs from this page's address only after '#': the page reloads itself into the link.)
  await Promise.all([teacher.waitForEvent('load'), teacher.goto(link)]);
  await waitForPrompt(teacher);
  await banner.getByRole('button', { name: 'Keep a copy as my session' }).click();
  const dialog = teacher.getByRole('dialog', { name: 'Keep this session as yours?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Keep a copy as my session' }).click();
  await dialog.getByRole('button', { name: 'Keep it as mine' }).click();
  await expect(teacher.getByText('This session is yours now')).toBeVisible();
  await expect(banner).toHaveCount(0);
  await teacher.goto('./#/sandbox');
  await teacher.reload();
  await waitForPrompt(teacher);
  await expect(banner).toHaveCount(0);
  expect(await identity(teacher)).toBe(pupils);
  await elsewhere.close();
});
