// Records what a page did that a learner should never see: console errors, uncaught exceptions,
// and any request to a host other than the one serving Pod Lab.
import type { Page } from '@playwright/test';

export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
}

export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [] };
  const host = new URL(origin).host;
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the page; everything else must come from our own host.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.host !== host) watch.foreignRequests.push(request.url());
  });
  return watch;
}
