import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../core/auth/index';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { createMemoryStorage } from '../core/auth/memory-storage';
import { clientId, passkeySeed, poolId } from '../pool/webauthn/passkey-pool';
import { EXTENSION_URL, launchChromium, openPage } from './support/chromium';
import { addVirtualAuthenticator, type VirtualAuthenticator } from './support/virtual-authenticator';

/*
 * Why Sidekey never runs a passkey ceremony in its own pages: Chromium writes `chrome-extension://<id>` into
 * `clientDataJSON.origin` there (an extension page may use RP id `localhost` because of its host permission,
 * docs/browser-testing.md), and Cognito — so the local pool — refuses an origin that is not on the pool's
 * relying-party id (docs/cognito-api.md §7.1). The same passkey, used from a page on http://localhost, is accepted.
 */

function originOf(credential: Record<string, unknown>): string {
  const response = credential.response as { clientDataJSON: string };
  return JSON.parse(Buffer.from(response.clientDataJSON, 'base64url').toString('utf8')).origin;
}

async function servePage(): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html><head><title>relying party</title></head><body>site</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://localhost:${(server.address() as AddressInfo).port}/` };
}

/** A passkey port that runs both ceremonies in `page` and records the origin each credential carries. */
function ceremoniesIn(page: Page, origins: string[]) {
  return {
    create: async (options: Record<string, unknown>) => {
      await page.bringToFront();
      const credential = await page.evaluate(async (json) => {
        const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(json as never);
        const created = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential;
        return created.toJSON() as Record<string, unknown>;
      }, options);
      origins.push(originOf(credential));
      return credential;
    },
    get: async (options: Record<string, unknown>) => {
      await page.bringToFront();
      const credential = await page.evaluate(async (json) => {
        const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(json as never);
        const asserted = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential;
        return asserted.toJSON() as Record<string, unknown>;
      }, options);
      origins.push(originOf(credential));
      return credential;
    },
  };
}

describe('passkeys used from a Sidekey extension page', () => {
  let pool: RunningPool;
  let site: { server: Server; url: string };
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let sitePage: Page;
  let extensionPage: Page;
  let siteAuthenticator: VirtualAuthenticator;
  let extensionAuthenticator: VirtualAuthenticator;

  beforeAll(async () => {
    pool = await startPool({ seed: passkeySeed() });
    site = await servePage();
    chromium = await launchChromium();
    sitePage = await chromium.browser.newPage();
    await sitePage.goto(site.url);
    siteAuthenticator = await addVirtualAuthenticator(sitePage);
    extensionPage = await openPage(chromium.browser, 'options.html');
    extensionAuthenticator = await addVirtualAuthenticator(extensionPage);
  });

  afterAll(async () => {
    await chromium?.close();
    await new Promise((resolve) => site?.server.close(resolve));
    await pool?.stop();
  });

  const engine = (passkeys: ReturnType<typeof ceremoniesIn>) =>
    createAuthClient({
      userPoolId: poolId,
      userPoolClientId: clientId,
      userPoolEndpoint: pool.url,
      storage: createMemoryStorage(),
      passkeys,
    });

  it('are refused with WebAuthnOriginNotAllowedException, for registration and for sign-in alike', async () => {
    const origins: string[] = [];
    const fromExtension = engine(ceremoniesIn(extensionPage, origins));
    await fromExtension.signIn({
      username: 'alice',
      password: 'Passw0rd!x',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    await expect(fromExtension.associateWebAuthnCredential()).rejects.toMatchObject({
      name: 'WebAuthnOriginNotAllowedException',
    });
    expect(origins).toEqual([EXTENSION_URL]);
    expect((await fromExtension.listWebAuthnCredentials()).credentials).toEqual([]);

    // The same person registers from the site's own page: accepted.
    const fromSite = engine(ceremoniesIn(sitePage, origins));
    await fromSite.signIn({
      username: 'alice',
      password: 'Passw0rd!x',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    await fromSite.associateWebAuthnCredential();
    expect(origins.at(-1)).toBe(new URL(site.url).origin);
    expect((await fromSite.listWebAuthnCredentials()).credentials).toHaveLength(1);
    await fromSite.signOut();
    await fromExtension.signOut();

    // That very passkey, copied into the extension page's authenticator, signs nobody in from there.
    const { credentials } = await siteAuthenticator.cdp.send('WebAuthn.getCredentials', {
      authenticatorId: siteAuthenticator.authenticatorId,
    });
    expect(credentials).toHaveLength(1);
    const { credentialId, rpId, privateKey, userHandle, signCount } = credentials[0]!;
    await extensionAuthenticator.cdp.send('WebAuthn.clearCredentials', {
      authenticatorId: extensionAuthenticator.authenticatorId,
    });
    await extensionAuthenticator.cdp.send('WebAuthn.addCredential', {
      authenticatorId: extensionAuthenticator.authenticatorId,
      credential: { credentialId, isResidentCredential: true, rpId, privateKey, userHandle, signCount },
    });
    await expect(
      fromExtension.signIn({
        username: 'alice',
        options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
      }),
    ).rejects.toMatchObject({ name: 'WebAuthnOriginNotAllowedException' });
    expect(origins.at(-1)).toBe(EXTENSION_URL);

    // And from the site's page it does.
    const signedIn = await fromSite.signIn({
      username: 'alice',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
    });
    expect(signedIn).toMatchObject({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect(origins.at(-1)).toBe(new URL(site.url).origin);
  });
});
