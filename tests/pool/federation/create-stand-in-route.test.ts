import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { authorizeUrl } from '../hosted-ui/hosted-ui-pool';
import { federationSeed } from './federation-pool';

let pool: RunningPool;

/** The stand-in provider's page the pool sends an ExampleCorp sign-in to. */
async function providerPage(): Promise<URL> {
  const url = new URL(authorizeUrl(pool.url));
  url.searchParams.set('identity_provider', 'ExampleCorp');
  const authorize = await fetch(url, { redirect: 'manual' });
  return new URL(authorize.headers.get('location')!);
}

beforeAll(async () => {
  pool = await startPool({ seed: federationSeed() });
});
afterAll(() => pool.stop());

describe('the stand-in provider’s page', () => {
  it('shows a form a test can drive, and keeps the person on it for an address that is not an email', async () => {
    const page = await providerPage();
    const html = await (await fetch(page)).text();
    expect(html).toContain('<form name="standInSignIn" method="post"');
    expect(html).toContain('id="standInEmail" name="email" type="email"');
    expect(html).toContain('<h1 id="standInProvider">ExampleCorp</h1>');
    const posted = await fetch(page, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'not an email', action: 'sign-in' }),
    });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain('Enter an email address');
  });

  it('refuses a redirect_uri other than the pool’s idpresponse', async () => {
    const page = await providerPage();
    page.searchParams.set('redirect_uri', 'https://evil.example/oauth2/idpresponse');
    const response = await fetch(page, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('redirect_uri is not registered with this provider.');
  });

  it('refuses a request without state or of another response type, and shows the provider’s name escaped', async () => {
    for (const [name, value] of [
      ['state', ''],
      ['response_type', 'token'],
    ] as const) {
      const page = await providerPage();
      page.searchParams.set(name, value);
      expect((await fetch(page, { redirect: 'manual' })).status).toBe(400);
    }
    const page = await providerPage();
    page.searchParams.set('provider', '<img src=x onerror=alert(1)>');
    const html = await (await fetch(page)).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('answers Sign in with a code and Cancel with access_denied, both with the pool’s state, at the idpresponse', async () => {
    const page = await providerPage();
    const post = (form: Record<string, string>) =>
      fetch(page, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      }).then((response) => new URL(response.headers.get('location')!));
    const signedIn = await post({ email: 'fay@example.com', action: 'sign-in' });
    expect(signedIn.origin + signedIn.pathname).toBe(`${pool.url}/oauth2/idpresponse`);
    expect(signedIn.searchParams.get('code')).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(signedIn.searchParams.get('state')).toBe(page.searchParams.get('state'));
    const cancelled = await post({ email: '', action: 'cancel' });
    expect(cancelled.searchParams.get('error')).toBe('access_denied');
    expect(cancelled.searchParams.get('code')).toBeNull();
    expect(cancelled.searchParams.get('state')).toBe(page.searchParams.get('state'));
  });
});
