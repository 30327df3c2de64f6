import { type ElementHandle, type Page, TimeoutError } from 'puppeteer-core';

/**
 * Waits up to a minute for a visible element, in short rounds: the Amplify UI Authenticator's SRP runs on the page's
 * main thread, and on a busy machine one long wait would outlast the browser connection's protocol timeout.
 */
export async function appears(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const handle = await page.waitForSelector(selector, { visible: true, timeout: 5_000 });
      if (handle) return handle;
    } catch (error) {
      if (!(error instanceof TimeoutError) && !String(error).includes('timed out')) throw error;
      if (Date.now() > deadline) throw error;
    }
  }
}
