import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { signInThroughHostedUi } from './hosted-ui-browser';
import { authorizeUrl, callbackUrl, clientId, hostedUiSeed, logoutUrl, redeemCallbackCode } from './hosted-ui-pool';

describe('hosted UI sign-in page and redirects', () => {
  let pool: RunningPool;
  beforeAll(async () => {
    pool = await startPool({ seed: hostedUiSeed() });
  });
  afterAll(() => pool.stop());

  it('redirects a valid authorize request to a sign-in page shaped like the classic hosted UI', async () => {
    const authorize = await fetch(authorizeUrl(pool.url), { redirect: 'manual' });
    expect(authorize.status).toBe(302);
    const location = new URL(authorize.headers.get('location')!, pool.url);
    expect(location.pathname).toBe('/login');
    expect(location.searchParams.get('client_id')).toBe(clientId);
    const page = await fetch(location);
    const html = await page.text();
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    for (const marker of ['id="signInFormUsername"', 'id="signInFormPassword"', 'id="cognito-asf-data"']) {
      expect(html.split(marker)).toHaveLength(3);
    }
    expect(html.match(/<input name="signInSubmitButton" type="submit" value="Sign in"/g)).toHaveLength(2);
    expect(html).toContain('visible-md visible-lg');
    expect(html).toContain('visible-xs visible-sm');
    expect(html).toContain('class="logo-customizable"');
  });

  it('shows an error page, without redirecting, for a redirect_uri that is not a callback URL', async () => {
    const response = await fetch(authorizeUrl(pool.url, { redirectUri: 'https://evil.example/cb' }), {
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('redirect_mismatch');
  });

  it('shows an error page for an unknown client', async () => {
    const response = await fetch(authorizeUrl(pool.url, { client: 'nosuchclient' }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('invalid_request');
  });

  it('sends PKCE and scope errors back to the client with its state', async () => {
    const plain = new URL(authorizeUrl(pool.url));
    plain.searchParams.set('code_challenge_method', 'plain');
    const response = await fetch(plain, { redirect: 'manual' });
    const location = new URL(response.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(callbackUrl);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe('state-123');
    const scoped = await fetch(authorizeUrl(pool.url, { scope: 'openid admin:all' }), { redirect: 'manual' });
    expect(new URL(scoped.headers.get('location')!).searchParams.get('error')).toBe('invalid_scope');
  });

  it('redirects to the callback with a code and the state after a correct password', async () => {
    const result = await signInThroughHostedUi({
      authorizeUrl: authorizeUrl(pool.url),
      username: 'alice',
      password: 'Passw0rd!x',
    });
    expect(result.status).toBe(302);
    const location = new URL(result.location!);
    expect(location.origin + location.pathname).toBe(callbackUrl);
    expect(location.searchParams.get('code')).toMatch(/^[0-9a-f-]{36}$/);
    expect(location.searchParams.get('state')).toBe('state-123');
  });

  it('re-renders the page with Cognito messages for a wrong password, a disabled and an unconfirmed user', async () => {
    const cases = [
      { username: 'alice', password: 'wrong-password', message: 'Incorrect username or password.' },
      { username: 'dora', password: 'Passw0rd!x', message: 'User is disabled.' },
      { username: 'uma', password: 'Passw0rd!x', message: 'User is not confirmed.' },
    ];
    for (const { username, password, message } of cases) {
      const result = await signInThroughHostedUi({ authorizeUrl: authorizeUrl(pool.url), username, password });
      expect(result.status).toBe(400);
      expect(result.location).toBeUndefined();
      expect(result.html!.match(/id="loginErrorMessage"/g)).toHaveLength(2);
      expect(result.html).toContain(message);
    }
  });

  it('refuses a form post without the CSRF cookie', async () => {
    const query = new URL(authorizeUrl(pool.url)).search;
    const response = await fetch(`${pool.url}/login${query}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: 'forged', username: 'alice', password: 'Passw0rd!x' }).toString(),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('location')).toBeNull();
  });

  it('answers userInfo for a hosted-UI access token and refuses a missing one', async () => {
    const result = await signInThroughHostedUi({
      authorizeUrl: authorizeUrl(pool.url),
      username: 'alice',
      password: 'Passw0rd!x',
    });
    const { access_token } = await redeemCallbackCode(pool.url, result.location!);
    const info = await fetch(`${pool.url}/oauth2/userInfo`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({ username: 'alice', email: 'alice@example.com', email_verified: 'true' });
    const missing = await fetch(`${pool.url}/oauth2/userInfo`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('redirects /logout to a registered sign-out URL and refuses any other', async () => {
    const ok = await fetch(`${pool.url}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent(logoutUrl)}`, {
      redirect: 'manual',
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(logoutUrl);
    const bad = await fetch(
      `${pool.url}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent('https://evil.example/')}`,
      { redirect: 'manual' },
    );
    expect(bad.status).toBe(400);
    expect(bad.headers.get('location')).toBeNull();
  });

  it('escapes what it echoes into the page', async () => {
    const result = await signInThroughHostedUi({
      authorizeUrl: authorizeUrl(pool.url, { state: '"><script>alert(1)</script>' }),
      username: '<img src=x onerror=alert(1)>',
      password: 'x',
    });
    expect(result.html).not.toContain('<script>alert(1)');
    expect(result.html).not.toContain('<img src=x');
  });
});
