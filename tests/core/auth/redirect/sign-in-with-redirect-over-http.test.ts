import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenStore } from '../../../../core/auth/auth-storage';
import type { OpenAuthSession } from '../../../../core/auth/index';
import { createAuthClient } from '../../../../core/auth/index';
import { type RedirectContext, signInWithRedirect } from '../../../../core/auth/redirect/sign-in-with-redirect';
import { type RunningPool, startPool } from '../../../../pool/start-pool';
import { signInThroughHostedUi } from '../../../pool/hosted-ui/hosted-ui-browser';
import { callbackUrl, clientId, hostedUiSeed, logoutUrl, poolId } from '../../../pool/hosted-ui/hosted-ui-pool';
import { createMemoryStorage } from '../memory-storage';

/** Plays the person at the hosted UI: signs in on the pool's page and returns where it redirected. */
function hostedUiPerson(credentials: { username: string; password: string }): OpenAuthSession {
  return async (url, redirectUrls) => {
    if (new URL(url).pathname === '/logout') {
      const response = await fetch(url, { redirect: 'manual' });
      const location = response.headers.get('location');
      return location ? { type: 'success', url: location } : { type: 'error', error: new Error(await response.text()) };
    }
    const result = await signInThroughHostedUi({ authorizeUrl: url, ...credentials });
    if (!result.location || !redirectUrls.some((redirect) => result.location!.startsWith(redirect))) {
      return { type: 'error', error: new Error(`stayed on the hosted UI (HTTP ${result.status})`) };
    }
    return { type: 'success', url: result.location };
  };
}

describe('signInWithRedirect against the local pool over HTTP', () => {
  let pool: RunningPool;
  beforeAll(async () => {
    pool = await startPool({ seed: hostedUiSeed() });
  });
  afterAll(() => pool.stop());

  function context(openAuthSession: OpenAuthSession): RedirectContext {
    const storage = createMemoryStorage();
    return {
      clientId,
      oauth: {
        domain: pool.url,
        scopes: ['openid', 'email'],
        redirectSignIn: [callbackUrl],
        redirectSignOut: [],
        responseType: 'code',
      },
      openAuthSession,
      storage,
      fetch,
      now: () => pool.clock.now(),
      random: (count) => new Uint8Array(randomBytes(count)),
      tokens: createTokenStore({ storage, clientId }),
    };
  }

  it('signs in on the pool page, redeems the code with PKCE and stores tokens the pool accepts', async () => {
    const storage = createMemoryStorage();
    const person = hostedUiPerson({ username: 'alice', password: 'Passw0rd!x' });
    const opened: string[] = [];
    const landed: string[] = [];
    const auth = createAuthClient({
      userPoolId: poolId,
      userPoolClientId: clientId,
      userPoolEndpoint: pool.url,
      storage,
      oauth: {
        domain: pool.url,
        scopes: ['openid', 'email'],
        redirectSignIn: [callbackUrl],
        redirectSignOut: [logoutUrl],
        responseType: 'code',
      },
      openAuthSession: async (url, redirectUrls) => {
        opened.push(url);
        const result = await person(url, redirectUrls);
        if (result.url) landed.push(result.url);
        return result;
      },
    });
    await expect(auth.signInWithRedirect()).resolves.toEqual({ username: 'alice' });
    expect((await auth.getCurrentUser()).username).toBe('alice');
    const stored = await createTokenStore({ storage, clientId }).load();
    expect(stored?.username).toBe('alice');
    expect(stored?.refreshToken).toBeTruthy();
    const info = await fetch(`${pool.url}/oauth2/userInfo`, {
      headers: { authorization: `Bearer ${stored!.accessToken}` },
    });
    expect(await info.json()).toMatchObject({ username: 'alice', email: 'alice@example.com' });
    const getUser = await fetch(pool.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
      },
      body: JSON.stringify({ AccessToken: stored!.accessToken }),
    });
    expect(getUser.status).toBe(200);
    expect(await getUser.json()).toMatchObject({ Username: 'alice' });

    await auth.signOut();
    expect(await createTokenStore({ storage, clientId }).load()).toBeUndefined();
    const logout = new URL(opened.at(-1)!);
    expect(logout.pathname).toBe('/logout');
    expect(logout.searchParams.get('logout_uri')).toBe(logoutUrl);
    expect(landed.at(-1)).toBe(logoutUrl);
  });

  it('fails with OAuthSignInException when the person never gets past the sign-in page', async () => {
    const ctx = context(hostedUiPerson({ username: 'alice', password: 'wrong-password' }));
    await expect(signInWithRedirect(ctx)).rejects.toMatchObject({ code: 'OAuthSignInException' });
    expect(await ctx.tokens.load()).toBeUndefined();
  });

  it('refuses a callback whose state was tampered with before the code is redeemed', async () => {
    const honest = hostedUiPerson({ username: 'alice', password: 'Passw0rd!x' });
    const tampering: OpenAuthSession = async (url, redirectUrls) => {
      const result = await honest(url, redirectUrls);
      const callback = new URL(result.url!);
      callback.searchParams.set('state', 'attacker-state');
      return { type: 'success', url: callback.toString() };
    };
    const ctx = context(tampering);
    await expect(signInWithRedirect(ctx)).rejects.toMatchObject({ code: 'OAuthStateMismatch' });
    expect(await ctx.tokens.load()).toBeUndefined();
  });
});
