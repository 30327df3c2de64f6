import type { Page } from 'puppeteer-core';
import { openSignIn } from './open-sign-in';

/** What the person types into the Authenticator's sign-in form before pressing its Sign in button. */
export interface TypedSignIn {
  username: string;
  password: string;
}

/** Opens a demo-site page, types a username and password into the Authenticator and presses Sign in. */
export async function typeSignIn(page: Page, url: string, typed: TypedSignIn): Promise<void> {
  await (await openSignIn(page, url)).type(typed.username);
  await page.type('[data-amplify-authenticator-signin] input[name=password]', typed.password);
  await page.click('[data-amplify-authenticator-signin] button[type=submit]');
}
