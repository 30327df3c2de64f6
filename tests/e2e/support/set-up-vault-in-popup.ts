import type { Page } from 'puppeteer-core';
import { fill, submitForm } from './chromium';

/**
 * What a person does on the popup's first-run form: types a new passphrase twice, ticks that there is no recovery,
 * and submits. Works in Chromium and Firefox; the caller waits for what follows.
 */
export async function setUpVaultInPopup(popup: Page, passphrase: string): Promise<void> {
  await fill(popup, 'input[name="passphrase"]', passphrase);
  await fill(popup, 'input[name="confirm"]', passphrase);
  await popup.click('input[name="understood"]');
  await submitForm(popup, 'form.setup');
}
