/// <reference lib="dom" />
// Never lose work silently: the learner's work lives in IndexedDB (localStorage only as the
// fallback), survives reloads and the move from the previous version's localStorage, and every
// failure is said at once: a full disk, blocked storage, a saved value that cannot be read.
import { expect, test, type Page } from '@playwright/test';
import { focusConsole, screenLines, waitForPrompt } from './support/console';
import { clearSavedWork, savedEntries, savedValueLength } from './support/storage';

async function freshPage(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`);
  await waitForPrompt(page);
  await clearSavedWork(page);
}

const progressFile = (lessons: Record<string, unknown>, current?: string) =>
  Buffer.from(JSON.stringify({ kind: 'pod-lab-progress', version: 1, ...(current ? { current } : {}), lessons }));

test('work the previous version saved in localStorage moves into IndexedDB, and reloads keep work', async ({
  page,
}) => {
  await freshPage(page, '#/sandbox');
  await page.evaluate(() => {
    const files = { 'mine.yaml': 'kind: Pod\n' };
    localStorage.setItem(
      'pod-lab:progress:v1',
      JSON.stringify({ version: 1, current: 'sandbox', lessons: { sandbox: { step: 1, done: [], files } } }),
    );
    localStorage.setItem(
      'pod-lab:files:v1',
      JSON.stringify({ files: [{ name: 'mine.yaml', content: files['mine.yaml'] }], active: 'mine.yaml' }),
    );
    localStorage.setItem('pod-lab:history:v1', JSON.stringify(['kubectl get nodes']));
  });
  await page.reload();
  await waitForPrompt(page);
  await expect(page.getByRole('tab', { name: 'mine.yaml', exact: true })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pod-lab:files:v1'))).toBeNull();
  expect(Object.keys(await savedEntries(page))).toEqual(
    expect.arrayContaining(['pod-lab:files:v1', 'pod-lab:history:v1', 'pod-lab:progress:v1']),
  );

  await focusConsole(page);
  await page.keyboard.type('kubectl get pods\n');
  await waitForPrompt(page);
  await page.reload();
  await waitForPrompt(page);
  await expect(page.getByRole('tab', { name: 'mine.yaml', exact: true })).toBeVisible({ timeout: 15_000 });
  await focusConsole(page);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => screenLines(page)).toContainEqual('$ kubectl get nodes');
});

test('a full disk is said at once, with an export of the work', async ({ page }) => {
  // IndexedDB refuses every write from the moment the disk "fills", as a browser over quota does.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as { diskFull?: boolean }).diskFull) throw new DOMException('over quota', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('./#/sandbox');
  await waitForPrompt(page);
  await focusConsole(page);
  await page.keyboard.type('kubectl get nodes\n');
  await expect
    .poll(() => screenLines(page), { timeout: 20_000 })
    .toContainEqual(expect.stringMatching(/^NAME +STATUS/));
  await expect(page.getByRole('alert').filter({ hasText: 'not being saved' })).toHaveCount(0);
  await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
  await page.keyboard.type('kubectl get pods\n');
  const alert = page.getByRole('alert').filter({ hasText: 'Your work is not being saved' });
  await expect(alert).toContainText('storage for Pod Lab is full');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export my work' }).click();
  expect((await download).suggestedFilename()).toBe('pod-lab-progress.json');
});

test('with storage blocked, Pod Lab works and says it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    Object.defineProperty(window, 'indexedDB', { get: deny });
    Object.defineProperty(window, 'localStorage', { get: deny });
  });
  await page.goto('./#/sandbox');
  await waitForPrompt(page);
  await expect(page.getByRole('alert').filter({ hasText: 'does not let Pod Lab save anything' })).toBeVisible();
  await focusConsole(page);
  await page.keyboard.type('kubectl get nodes\n');
  await expect
    .poll(() => screenLines(page), { timeout: 20_000 })
    .toContainEqual(expect.stringMatching(/^NAME +STATUS/));
});

test('a saved value that cannot be read is set aside and kept, with a message', async ({ page }) => {
  await freshPage(page, '#/sandbox');
  await page.evaluate(() => localStorage.setItem('pod-lab:history:v1', '{"lines": [oops'));
  await page.reload();
  await waitForPrompt(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
    'It is kept, unchanged, in this browser as pod-lab:set-aside:history:v1.',
  );
  await expect.poll(async () => (await savedEntries(page))['pod-lab:set-aside:history:v1']).toBe('{"lines": [oops');
  await focusConsole(page);
  await page.keyboard.type('kubectl get nodes\n');
  await expect
    .poll(() => screenLines(page), { timeout: 20_000 })
    .toContainEqual(expect.stringMatching(/^NAME +STATUS/));
});

test('an import asks before replacing progress and refuses names the editor refuses', async ({ page }) => {
  test.setTimeout(150_000);
  await freshPage(page, '#/lesson/thinking-with-pods/step/1');
  await page.reload();
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps).toContainText('0 of 3 steps done', { timeout: 15_000 });
  const input = page.getByLabel('Progress file to import');
  const importing = (name: string, buffer: Buffer) =>
    input.setInputFiles({ name, mimeType: 'application/json', buffer });

  const lesson = (files: Record<string, string>) => ({ 'thinking-with-pods': { step: 1, done: [1], files } });
  await importing('path.json', progressFile(lesson({ '../../etc/passwd': 'root' })));
  await expect(
    page.getByText('Import failed: lesson "thinking-with-pods" has a file named "../../etc/passwd"'),
  ).toBeVisible();
  await importing('long.json', progressFile(lesson({ ['a'.repeat(5000)]: 'x' })));
  await expect(page.getByText(/Import failed: .*too long \(100 characters at most\)/)).toBeVisible();
  await importing('proto.json', progressFile({ ['__proto__']: { step: 1, done: [], files: {} } }));
  await expect(page.getByText('Import failed: "__proto__" is not a lesson id')).toBeVisible();

  // A good file: asked first; Cancel keeps what is here.
  const good = progressFile(lesson({ 'pod.yaml': 'kind: Pod\n' }), 'thinking-with-pods');
  await importing('good.json', good);
  const dialog = page.getByRole('dialog', { name: 'Replace your progress?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(steps).toContainText('0 of 3 steps done');
  await expect(page.getByText('Progress imported.')).toHaveCount(0);

  // A 6 MB import is saved whole: after a reload it is still there.
  const big = progressFile(
    {
      ...lesson({ 'pod.yaml': 'kind: Pod\n' }),
      volumes: { step: 1, done: [], files: { 'big.yaml': 'x'.repeat(6_000_000) } },
    },
    'thinking-with-pods',
  );
  await importing('big.json', big);
  await dialog.getByRole('button', { name: 'Replace progress' }).click();
  await expect(page.getByText('Progress imported.')).toBeVisible({ timeout: 20_000 });
  await expect(steps).toContainText('1 of 3 steps done');
  await page.reload();
  await expect(steps).toContainText('1 of 3 steps done', { timeout: 15_000 });
  expect(await savedValueLength(page, 'pod-lab:progress:v1')).toBeGreaterThan(6_000_000);
});
