import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../core/auth/index';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { createMemoryStorage } from '../core/auth/memory-storage';
import { clientId, passkeySeed, poolId } from '../pool/webauthn/passkey-pool';
import { EXTENSION_URL, launchChromium, openPage } from './support/chromium';

/*
 * The production path for passkeys: the ceremony runs in one of Sidekey's own pages (a service worker has no
 * navigator.credentials, docs/cognito-api.md §7.1), so Chromium reports `clientDataJSON.origin =
 * chrome-extension://<id>` for rpId `localhost` (allowed by the `http://localhost/*` host permission,
 * docs/browser-testing.md). The local pool must accept that origin for registration and sign-in.
 */

function originOf(credential: Record<string, unknown>): string {
  const response = credential.response as { clientDataJSON: string };
  return JSON.parse(Buffer.from(response.clientDataJSON, 'base64url').toString('utf8')).origin;
}

describe('passkeys made from a Sidekey extension page', () => {
  let pool: RunningPool;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const origins: string[] = [];

  beforeAll(async () => {
    pool = await startPool({ seed: passkeySeed() });
    chromium = await launchChromium();
    page = await openPage(chromium.browser, 'options.html');
    const cdp = await page.createCDPSession();
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.bringToFront();
  });

  afterAll(async () => {
    await chromium?.close();
    await pool?.stop();
  });

  it('registers and signs in with the chrome-extension:// origin', async () => {
    const passkeys = {
      create: async (options: Record<string, unknown>) => {
        const credential = await page.evaluate(async (json) => {
          const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(json as never);
          const created = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential;
          return created.toJSON() as Record<string, unknown>;
        }, options);
        origins.push(originOf(credential));
        return credential;
      },
      get: async (options: Record<string, unknown>) => {
        const credential = await page.evaluate(async (json) => {
          const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(json as never);
          const asserted = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential;
          return asserted.toJSON() as Record<string, unknown>;
        }, options);
        origins.push(originOf(credential));
        return credential;
      },
    };
    const auth = createAuthClient({
      userPoolId: poolId,
      userPoolClientId: clientId,
      userPoolEndpoint: pool.url,
      storage: createMemoryStorage(),
      passkeys,
    });
    await auth.signIn({ username: 'alice', password: 'Passw0rd!x', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await auth.associateWebAuthnCredential();
    await auth.signOut();
    const result = await auth.signIn({
      username: 'alice',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
    });
    expect(result.isSignedIn).toBe(true);
    expect(origins).toEqual([EXTENSION_URL, EXTENSION_URL]);
  });
});
