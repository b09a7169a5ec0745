// Screenshots for the test report at the two sizes the workbench is judged at: a laptop
// (1280×800) and a phone (390×844). Each is attached to the test, so it lands in test-results.
import { expect, type Page, type TestInfo } from '@playwright/test';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Attaches a screenshot of the page as it is now, named after what it shows and the viewport. */
export async function attachScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const size = page.viewportSize();
  const label = size ? `${name}-${size.width}x${size.height}` : name;
  const path = testInfo.outputPath(`${label}.png`);
  await page.screenshot({ path });
  await testInfo.attach(label, { path, contentType: 'image/png' });
}

/** On a phone one pane shows at a time: the tab that holds what the screenshot is about. */
export type PhoneTabName = 'Lesson' | 'Editor' | 'Console' | 'Cluster';

export interface BothSizesOptions {
  /** Brought forward at the phone size before its screenshot. */
  phoneTab?: PhoneTabName;
  /** Afterwards, go back to the size the test had (else the page is left at the phone size). */
  restore?: boolean;
}

/** The same moment at both sizes, the phone second. */
export async function attachBothSizes(
  page: Page,
  testInfo: TestInfo,
  name: string,
  { phoneTab, restore = false }: BothSizesOptions = {},
): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize(DESKTOP);
  await attachScreen(page, testInfo, name);
  await page.setViewportSize(PHONE);
  if (phoneTab) {
    const tab = page.getByRole('tablist', { name: 'Workbench' }).getByRole('tab', { name: phoneTab });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
  await attachScreen(page, testInfo, name);
  if (restore && before) await page.setViewportSize(before);
}
