import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../core/auth/index';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { createMemoryStorage } from '../core/auth/memory-storage';
import { callPool, clientId, passkeySeed, poolId } from '../pool/webauthn/passkey-pool';
import { chromiumLaunchOptions } from './support/chromium';
import { addVirtualAuthenticator, credentialsOn, type VirtualAuthenticator } from './support/virtual-authenticator';

/*
 * Passkeys with a real browser authenticator: Chromium's CDP virtual authenticator (ctap2, internal, resident keys,
 * user verification) on a page served as http://localhost:<port> — the RP id is `localhost`, as docs/browser-testing.md
 * requires. The page only runs the WebAuthn ceremonies (`PublicKeyCredential.parse…FromJSON`, `toJSON`); the
 * engine (`createAuthClient` with its `passkeys` port) talks to the local pool from Node.
 */

async function servePage(): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html><head><title>passkey page</title></head><body>passkeys</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://localhost:${(server.address() as AddressInfo).port}/` };
}

function passkeyPort(page: Page) {
  return {
    create: (options: Record<string, unknown>) =>
      page.evaluate(async (json) => {
        const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(json as never);
        const credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential;
        return credential.toJSON() as Record<string, unknown>;
      }, options),
    get: (options: Record<string, unknown>) =>
      page.evaluate(async (json) => {
        const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(json as never);
        const credential = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential;
        return credential.toJSON() as Record<string, unknown>;
      }, options),
  };
}

describe('passkeys with Chromium’s virtual authenticator against the local pool', () => {
  let pool: RunningPool;
  let site: { server: Server; url: string };
  let browser: Browser;
  let page: Page;
  let authenticator: VirtualAuthenticator;
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidekey-passkey-'));

  beforeAll(async () => {
    pool = await startPool({ seed: passkeySeed() });
    site = await servePage();
    browser = await puppeteer.launch(chromiumLaunchOptions(userDataDir));
    page = await browser.newPage();
    await page.goto(site.url);
    authenticator = await addVirtualAuthenticator(page);
    await page.bringToFront();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.server.close(resolve));
    await pool?.stop();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('registers a passkey through the engine and signs in with USER_AUTH + WEB_AUTHN', async () => {
    const auth = createAuthClient({
      userPoolId: poolId,
      userPoolClientId: clientId,
      userPoolEndpoint: pool.url,
      storage: createMemoryStorage(),
      passkeys: passkeyPort(page),
    });
    const password = await auth.signIn({
      username: 'alice',
      password: 'Passw0rd!x',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    expect(password.isSignedIn).toBe(true);
    await auth.associateWebAuthnCredential();
    const { credentials } = await auth.listWebAuthnCredentials();
    expect(credentials).toHaveLength(1);
    expect(credentials[0]).toMatchObject({ relyingPartyId: 'localhost', friendlyCredentialName: 'Passkey' });
    const onAuthenticator = await credentialsOn(authenticator);
    expect(onAuthenticator.map((item) => item.rpId)).toEqual(['localhost']);

    await auth.signOut();
    const passkey = await auth.signIn({
      username: 'alice',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
    });
    expect(passkey).toMatchObject({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await auth.getCurrentUser()).username).toBe('alice');
  });

  it('refuses a browser assertion answered to another challenge, and the same assertion replayed', async () => {
    const port = passkeyPort(page);
    const challenge = async () => {
      const out = await callPool(pool, 'InitiateAuth', {
        AuthFlow: 'USER_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: 'alice', PREFERRED_CHALLENGE: 'WEB_AUTHN' },
      });
      const parameters = out.body.ChallengeParameters as Record<string, string>;
      return { session: String(out.body.Session), options: JSON.parse(parameters.CREDENTIAL_REQUEST_OPTIONS!) };
    };
    const answer = (session: string, credential: unknown) =>
      callPool(pool, 'RespondToAuthChallenge', {
        ChallengeName: 'WEB_AUTHN',
        ClientId: clientId,
        Session: session,
        ChallengeResponses: { USERNAME: 'alice', CREDENTIAL: JSON.stringify(credential) },
      });
    const first = await challenge();
    const second = await challenge();
    const assertion = await port.get(first.options);
    expect((await answer(second.session, assertion)).body.__type).toBe('NotAuthorizedException');
    const accepted = await answer(first.session, assertion);
    expect(accepted.status).toBe(200);
    const third = await challenge();
    expect((await answer(third.session, assertion)).body.__type).toBe('NotAuthorizedException');
  });
});
