import type { BrowserContext } from 'playwright-core';

/**
 * Serves `html` at `url` (a real news hostname, so the content script's match patterns apply)
 * without any network: Playwright answers the request itself.
 */
export async function servePage(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}
