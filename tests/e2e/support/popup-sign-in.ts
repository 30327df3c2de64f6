import type { Browser, Page } from 'puppeteer-core';
import { fill, openPage, press, sendMessage, submitForm, waitForText } from './chromium';

/** What the popup's Sign in form is given: the flow's value in its Advanced list, and what it asks for. */
export interface PopupSignIn {
  username: string;
  password?: string;
  /** `srp` (the default), `password`, `choose`, `email`, `passkey`, `customSrp`, `custom` (components/SignInForm.tsx). */
  flow?: string;
  /** The Advanced disclosure's `key=value` lines. */
  clientMetadata?: string;
}

/**
 * Sets Sidekey up the way Settings would, through the documented messages: a vault with a passphrase, then each
 * pool added on the local endpoint. Answers the profiles' ids in the order given.
 */
export async function addPools(
  browser: Browser,
  pools: Array<{
    label: string;
    userPoolId: string;
    userPoolClientId: string;
    endpoint: string;
    origins?: string[];
    hostedUiDomain?: string;
  }>,
): Promise<string[]> {
  const options = await openPage(browser, 'options.html');
  const setUp = await sendMessage(options, 'vault.setup', { passphrase: 'e2e passphrase, not secret' });
  if (!setUp.ok) throw new Error(`vault.setup failed: ${JSON.stringify(setUp)}`);
  const ids: string[] = [];
  for (const { endpoint, ...pool } of pools) {
    const added = await sendMessage(options, 'profiles.add', { ...pool, userPoolEndpoint: endpoint });
    if (!added.ok) throw new Error(`profiles.add failed: ${JSON.stringify(added)}`);
    ids.push((added.data as { id: string }).id);
  }
  await options.close();
  return ids;
}

/** The popup in a tab of its own, on its Sign in tab once the form (or a step) is there. */
export async function openSignInTab(browser: Browser): Promise<Page> {
  const popup = await openPage(browser, 'popup.html');
  await press(popup, '#tab-accounts');
  await popup.waitForSelector('form.sign-in, #step-title, .session');
  return popup;
}

/** Fills the Sign in form as a person does — the flow and metadata under Advanced — and submits it. */
export async function startSignIn(popup: Page, request: PopupSignIn): Promise<void> {
  await popup.waitForSelector('form.sign-in');
  await popup.select('form.sign-in select[name="flow"]', request.flow ?? 'srp');
  if (request.clientMetadata !== undefined) {
    await fill(popup, 'form.sign-in textarea[name="clientMetadata"]', request.clientMetadata);
  }
  await fill(popup, 'form.sign-in input[name="username"]', request.username);
  if (request.password !== undefined) await fill(popup, 'form.sign-in input[name="password"]', request.password);
  await submitForm(popup, 'form.sign-in');
  // The form goes once the pool answered with a step or a session; a refusal keeps it, said above it or at a field.
  // Asked in short round trips, as waitForText does: one long waitForFunction can outlast the protocol time-out.
  const deadline = Date.now() + 30_000;
  while (!(await popup.$('#step-title, .session, .accounts > .error, .field-error'))) {
    if (Date.now() > deadline) throw new Error(`The popup showed nothing after signing ${request.username} in.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const refusal = await popup.$eval('.accounts', (element) => element.querySelector(':scope > .error')?.textContent);
  if (refusal) throw new Error(`The pool refused the sign-in of ${request.username}: ${refusal}`);
}

/** Waits for the step whose title contains `title`, then types `code` into its code field and submits it. */
export async function answerCode(popup: Page, title: string, code: string): Promise<void> {
  await waitForText(popup, '#step-title', title);
  await fill(popup, 'form.code-form input[name="code"]', code);
  await submitForm(popup, 'form.code-form');
}

/** Waits until the popup shows `username` signed in, then signs out and waits for the form again. */
export async function expectSignedInThenSignOut(popup: Page, username: string): Promise<string> {
  const shown = await waitForText(popup, '.session .username', username);
  await press(popup, 'button.sign-out');
  await popup.waitForSelector('form.sign-in');
  return shown;
}
