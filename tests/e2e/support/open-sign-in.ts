import type { ElementHandle, Page } from 'puppeteer-core';
import { appears } from './appears';

/** Opens a demo-site page and waits for the Amplify UI Authenticator's sign-in form; answers its username field. */
export async function openSignIn(page: Page, url: string): Promise<ElementHandle<Element>> {
  await page.goto(url);
  return appears(page, '[data-amplify-authenticator-signin] input[name=username]');
}
