import type { CDPSession, Page } from 'puppeteer-core';

/** A DevTools virtual authenticator on one page's session (docs/browser-testing.md §Passkeys). */
export interface VirtualAuthenticator {
  cdp: CDPSession;
  authenticatorId: string;
}

/**
 * Adds a platform authenticator to `page` — CTAP2, internal transport, resident keys, user verification that always
 * passes, presence simulated — as the one that answers the passkey ceremonies run in that page.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp = await page.createCDPSession();
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

/** The credentials the authenticator holds, their ids in standard base64 as DevTools gives them. */
export async function credentialsOn(
  authenticator: VirtualAuthenticator,
): Promise<Array<{ credentialId: string; rpId?: string }>> {
  const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: authenticator.authenticatorId,
  });
  return credentials;
}
