// Screenshots for the test report at the two sizes the workbench is judged at: a laptop
// (1280×800) and a phone (390×844). Each is attached to the test, so it lands in test-results.
import type { Page, TestInfo } from '@playwright/test';

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

/** The same moment at both sizes, the phone second (the page is left at the phone size). */
export async function attachBothSizes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await attachScreen(page, testInfo, name);
  await page.setViewportSize(PHONE);
  await attachScreen(page, testInfo, name);
}
