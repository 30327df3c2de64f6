import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { sendMessage } from './chromium';

/**
 * Sets up the vault from an extension page (`vault.setup`) and saves one sign-in for `login.origin`
 * (`vault.addLogin`), which binds that origin; the e2e build holds loopback host access up front.
 */
export async function setUpVaultWithSignIn(
  settings: Page,
  login: { username: string; password: string; origin: string },
): Promise<void> {
  expect(await sendMessage(settings, 'vault.setup', { passphrase: 'e2e passphrase, not secret' })).toMatchObject({
    ok: true,
  });
  const saved = await sendMessage(settings, 'vault.addLogin', {
    username: login.username,
    password: login.password,
    origins: [login.origin],
  });
  expect(saved).toMatchObject({ ok: true });
}
