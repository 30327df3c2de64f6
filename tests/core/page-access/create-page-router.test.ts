import { describe, expect, expectTypeOf, it } from 'vitest';
import { PAGE_REQUEST_TYPES, type PAGE_STEPS } from '../../../core/page/page-messages';
import type { PageStep } from '../../../core/page/sign-in-page';
import type { PageMessageSender, PageSender } from '../../../core/page-access/check-page-sender';
import { createPageRouter, isPageMessage } from '../../../core/page-access/create-page-router';
import { pageHandlers } from '../../../core/page-access/page-handlers';
import { createFactorPreferences } from '../../../core/preferences/create-factor-preferences';
import { COGNITO_DEFAULT_POLICY, type PasswordPolicy } from '../../../core/profiles/password-policy';
import type { PoolProfile } from '../../../core/profiles/pool-profile';
import { makeTestVault, PASSPHRASE, RFC_SECRET } from '../../core/vault/make-test-vault';
import { memoryArea } from '../storage/memory-area';

const SITE = 'https://app.example.com';
const OTHER = 'https://other.example.com';
const pool: PoolProfile = {
  id: 'p1',
  label: 'App',
  userPoolId: 'eu-west-1_App',
  userPoolClientId: 'appclient',
  region: 'eu-west-1',
  origins: [SITE],
  createdAt: 0,
};
/** A second pool on the same site (the demo site has two, one per page). */
const secondPool: PoolProfile = {
  ...pool,
  id: 'p2',
  userPoolId: 'eu-west-1_MfaOn',
  userPoolClientId: 'mfaclient',
};

async function setup(options: { unlocked?: boolean; pools?: PoolProfile[] } = {}) {
  const test = makeTestVault();
  await test.vault.setup(PASSPHRASE);
  const jo = await test.vault.addLogin({ username: 'jo', password: 'jo-secret-pw', origins: [SITE] });
  const eve = await test.vault.addLogin({ username: 'eve', password: 'eve-secret-pw', origins: [OTHER] });
  const siteCode = await test.vault.addEntry({
    params: {
      kind: 'totp',
      secret: RFC_SECRET,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      issuer: 'App',
      account: 'jo',
    },
    cognito: { userPoolId: pool.userPoolId, clientId: pool.userPoolClientId, username: 'jo' },
  });
  const otherCode = await test.vault.addEntry({
    params: {
      kind: 'totp',
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      issuer: 'Other',
      account: 'eve',
    },
    origins: [OTHER],
  });
  if (options.unlocked === false) await test.vault.lock();
  const injected: PageSender[] = [];
  const preferences = createFactorPreferences({ area: memoryArea(), now: () => Date.now() });
  const route = createPageRouter({
    extensionId: 'sidekey-id',
    extensionOrigin: 'chrome-extension://sidekey-id/',
    context: {
      profiles: { list: async () => options.pools ?? [pool] },
      vault: test.vault,
      preferences,
      injectFiller: async (target) => {
        injected.push(target);
      },
    },
  });
  return {
    ...test,
    route,
    injected,
    preferences,
    ids: { jo: jo.id, eve: eve.id, siteCode: siteCode.id, otherCode: otherCode.id },
  };
}

const tab = (url: string, extra: Partial<PageMessageSender> = {}): PageMessageSender => ({
  id: 'sidekey-id',
  url,
  tab: { id: 4, url },
  frameId: 0,
  ...extra,
});

describe('the page router', () => {
  it('has one handler per declared page request, and accepts every step the filler can name', () => {
    expect(Object.keys(pageHandlers).sort()).toEqual([...PAGE_REQUEST_TYPES].sort());
    expectTypeOf<(typeof PAGE_STEPS)[number]>().toEqualTypeOf<PageStep>();
  });

  it('answers only page.* messages, each from a checked content script', async () => {
    const { route } = await setup();
    expect(isPageMessage({ type: 'page.offer' })).toBe(true);
    expect(isPageMessage({ type: 'vault.listLogins' })).toBe(false);
    expect(await route({ type: 'page.nope', input: {} }, tab(`${SITE}/`))).toMatchObject({
      ok: false,
      code: 'UnknownRequest',
    });
    expect(
      await route({ type: 'page.offer', input: { step: 'signIn' } }, { ...tab(`${SITE}/`), id: 'evil' }),
    ).toMatchObject({
      ok: false,
      code: 'ForbiddenSender',
    });
    expect(await route({ type: 'page.offer', input: { step: 'bogus' } }, tab(`${SITE}/`))).toMatchObject({
      ok: false,
      code: 'BadMessage',
    });
  });

  it('offers the sign-ins and codes of the asking origin only, without passwords or codes', async () => {
    const { route, ids } = await setup();
    const reply = await route({ type: 'page.offer', input: { step: 'signIn' } }, tab(`${SITE}/login`));
    expect(reply).toMatchObject({
      ok: true,
      data: {
        origin: SITE,
        vault: 'unlocked',
        step: 'signIn',
        signIns: [{ id: ids.jo, username: 'jo', label: '' }],
        codes: [{ id: ids.siteCode, issuer: 'App', account: 'jo', cognitoUsername: 'jo' }],
        codeAvailable: true,
        passwordPolicy: COGNITO_DEFAULT_POLICY,
      },
    });
    const text = JSON.stringify(reply);
    expect(text).not.toContain('secret-pw');
    expect(text).not.toContain('eve');
  });

  it('fills the chosen sign-in and code for their own origin, and nothing of another origin', async () => {
    const { route, ids } = await setup();
    expect(await route({ type: 'page.fill', input: { kind: 'sign-in', id: ids.jo } }, tab(`${SITE}/`))).toEqual({
      ok: true,
      data: { kind: 'sign-in', username: 'jo', password: 'jo-secret-pw' },
    });
    const code = await route({ type: 'page.fill', input: { kind: 'code', id: ids.siteCode } }, tab(`${SITE}/`));
    expect(code).toMatchObject({ ok: true, data: { kind: 'code', code: expect.stringMatching(/^\d{6}$/) } });
    for (const input of [
      { kind: 'sign-in', id: ids.eve },
      { kind: 'code', id: ids.otherCode },
    ]) {
      expect(await route({ type: 'page.fill', input }, tab(`${SITE}/`))).toEqual({
        ok: false,
        code: 'PageEntryNotFound',
        message: expect.any(String),
      });
    }
  });

  it('refuses look-alike origins, plain http away from loopback, and cross-origin frames', async () => {
    const { route, ids } = await setup();
    const fill = { type: 'page.fill', input: { kind: 'sign-in', id: ids.jo } };
    expect(await route(fill, tab('https://app.example.com.evil.test/'))).toMatchObject({ code: 'PageOriginNotBound' });
    expect(await route(fill, tab('http://app.example.com/'))).toMatchObject({ code: 'PageOriginNotAllowed' });
    const frame = { id: 'sidekey-id', url: `${SITE}/embed`, tab: { id: 4, url: 'https://evil.test/' }, frameId: 2 };
    expect(await route(fill, frame)).toMatchObject({ code: 'PageOriginNotAllowed' });
    const sameOriginFrame = { ...frame, tab: { id: 4, url: `${SITE}/app` } };
    expect(await route(fill, sameOriginFrame)).toMatchObject({ ok: true });
  });

  it('injects the filler into the frame that asked, on a bound origin only', async () => {
    const { route, injected } = await setup();
    const sender = tab(`${SITE}/`, { documentId: 'doc-9' });
    expect(await route({ type: 'page.inject', input: { kind: 'amplify' } }, sender)).toEqual({
      ok: true,
      data: { injected: true },
    });
    expect(
      await route({ type: 'page.inject', input: { kind: 'form' } }, tab('https://unbound.example/')),
    ).toMatchObject({
      ok: false,
      code: 'PageOriginNotBound',
    });
    expect(injected).toEqual([{ tabId: 4, frameId: 0, origin: SITE, documentId: 'doc-9' }]);
  });

  it('tells a locked vault apart and hands out nothing while locked', async () => {
    const { route, ids } = await setup({ unlocked: false });
    expect(await route({ type: 'page.offer', input: { step: 'signIn' } }, tab(`${SITE}/`))).toMatchObject({
      ok: true,
      data: { vault: 'locked', signIns: [], codes: [], codeAvailable: false },
    });
    expect(await route({ type: 'page.fill', input: { kind: 'sign-in', id: ids.jo } }, tab(`${SITE}/`))).toMatchObject({
      ok: false,
      code: 'VaultLocked',
    });
    // An origin bound only through the vault cannot be told from an unbound one while locked.
    expect(await route({ type: 'page.offer', input: { step: 'signIn' } }, tab(`${OTHER}/`))).toMatchObject({
      ok: false,
      code: 'PageOriginNotBound',
    });
  });

  it('saves a captured TOTP key bound to the origin and the pool account, and answers its code', async () => {
    const { route, vault } = await setup();
    const reply = await route(
      {
        type: 'page.saveTotpSecret',
        input: {
          uri: 'otpauth://totp/AWSCognito:amy?secret=KRSXG5CTMVRXEZLUKN2XAZLSKRSXG5CT&issuer=AWSCognito',
          account: 'amy',
        },
      },
      tab(`${SITE}/`),
    );
    expect(reply).toMatchObject({ ok: true, data: { code: expect.stringMatching(/^\d{6}$/) } });
    const stored = (await vault.listCodes({ origin: SITE })).find((entry) => entry.account === 'amy');
    expect(stored).toMatchObject({
      origins: [SITE],
      cognito: { userPoolId: pool.userPoolId, clientId: pool.userPoolClientId, username: 'amy' },
    });
  });

  it('saves a sign-in offered after a successful sign-in once, for the asking origin only', async () => {
    const { route, vault } = await setup();
    const save = { type: 'page.saveSignIn', input: { username: 'amy', password: 'amy-pw-1' } };
    expect(await route(save, tab(`${SITE}/`))).toMatchObject({ ok: true, data: { username: 'amy' } });
    expect(await route(save, tab(`${SITE}/`))).toMatchObject({ ok: false, code: 'VaultDuplicate' });
    const amy = (await vault.listLogins({ origin: SITE })).find((login) => login.username === 'amy');
    expect(amy).toMatchObject({ origins: [SITE], boundToOrigin: true });
    expect(await route(save, tab('https://unbound.example/'))).toMatchObject({ ok: false, code: 'PageOriginNotBound' });
  });

  it("offers the password policy of the origin's pool as its profile gives it, the strictest when pools share it", async () => {
    const offer = { type: 'page.offer', input: { step: 'forceNewPassword' } };
    const long: PasswordPolicy = { ...COGNITO_DEFAULT_POLICY, minimumLength: 16, requireSymbols: false };
    const lower: PasswordPolicy = { ...long, minimumLength: 10, requireUppercase: false, requireSymbols: true };
    const one = await setup({ pools: [{ ...pool, passwordPolicy: long }] });
    expect(await one.route(offer, tab(`${SITE}/`))).toMatchObject({ ok: true, data: { passwordPolicy: long } });
    const two = await setup({
      pools: [
        { ...pool, passwordPolicy: long },
        { ...pool, id: 'p2', passwordPolicy: lower },
      ],
    });
    expect(await two.route(offer, tab(`${SITE}/`))).toMatchObject({
      ok: true,
      data: { passwordPolicy: { ...long, requireSymbols: true } },
    });
    const none = await setup({ pools: [] });
    expect(await none.route(offer, tab(`${SITE}/`))).toMatchObject({
      ok: true,
      data: { passwordPolicy: COGNITO_DEFAULT_POLICY },
    });
  });

  it('tells whether a sign-in the page accepted is saved, saved with another password, or new — for its origin only', async () => {
    const { route, ids } = await setup();
    const compare = (username: string, password: string, url = `${SITE}/`) =>
      route({ type: 'page.compareSignIn', input: { username, password } }, tab(url));
    const jo = { id: ids.jo, username: 'jo', label: '' };
    expect(await compare('jo', 'jo-secret-pw')).toEqual({ ok: true, data: { status: 'saved', signIn: jo } });
    expect(await compare('jo', 'jo-new-pw')).toEqual({ ok: true, data: { status: 'changed', signIn: jo } });
    expect(await compare('amy', 'amy-pw')).toEqual({ ok: true, data: { status: 'unsaved' } });
    // eve's sign-in is bound to another origin: on this one she is unknown, and her password is never compared.
    expect(await compare('eve', 'eve-secret-pw')).toEqual({ ok: true, data: { status: 'unsaved' } });
    expect(await compare('jo', 'x', 'https://unbound.example/')).toMatchObject({ code: 'PageOriginNotBound' });
    expect(await route({ type: 'page.compareSignIn', input: { username: 'jo' } }, tab(`${SITE}/`))).toMatchObject({
      ok: false,
      code: 'BadMessage',
    });
  });

  it('updates the password of a sign-in bound to the asking origin, and of no other', async () => {
    const { route, ids, vault } = await setup();
    const update = (id: string, url = `${SITE}/`) =>
      route({ type: 'page.updateSignIn', input: { id, password: 'brand-new-pw' } }, tab(url));
    expect(await update(ids.jo)).toEqual({ ok: true, data: { id: ids.jo, username: 'jo', label: '' } });
    expect(await vault.loginForFill({ id: ids.jo, origin: SITE })).toMatchObject({ password: 'brand-new-pw' });
    expect(await update(ids.eve)).toMatchObject({ ok: false, code: 'PageEntryNotFound' });
    expect(await vault.loginForFill({ id: ids.eve, origin: OTHER })).toMatchObject({ password: 'eve-secret-pw' });
    expect(await update(ids.jo, 'https://unbound.example/')).toMatchObject({ ok: false, code: 'PageOriginNotBound' });
    await vault.lock();
    expect(await update(ids.jo)).toMatchObject({ ok: false, code: 'VaultLocked' });
  });

  it('binds a key captured where several pools serve the site to the pool the page signed in with, once it succeeded', async () => {
    const { route, vault, ids } = await setup({ pools: [pool, secondPool] });
    const saved = await route(
      {
        type: 'page.saveTotpSecret',
        input: { uri: 'otpauth://totp/Demo:theo?secret=KRSXG5CTMVRXEZLUKN2XAZLSKRSXG5CT&issuer=Demo', account: 'theo' },
      },
      tab(`${SITE}/mfa-required`),
    );
    expect(saved).toMatchObject({ ok: true, data: { boundToAccount: false } });
    const id = (saved as { data: { id: string } }).data.id;
    expect((await vault.listCodes()).find((entry) => entry.id === id)?.cognito).toBeNull();

    const bind = (input: object, url = `${SITE}/`) => route({ type: 'page.bindEntry', input }, tab(url));
    expect(await bind({ id, userPoolClientId: 'nobody' })).toMatchObject({ ok: false, code: 'PageEntryNotFound' });
    expect(await bind({ id, userPoolClientId: 'mfaclient' }, 'https://unbound.example/')).toMatchObject({
      ok: false,
      code: 'PageOriginNotBound',
    });
    expect(await bind({ id, userPoolClientId: 'mfaclient' })).toMatchObject({
      ok: true,
      data: { id, account: 'theo', cognitoUsername: 'theo' },
    });
    expect((await vault.listCodes()).find((entry) => entry.id === id)?.cognito).toEqual({
      userPoolId: 'eu-west-1_MfaOn',
      clientId: 'mfaclient',
      username: 'theo',
    });
    // Bound once: neither it nor a key bound by the user (or of another origin) can be moved from a page.
    expect(await bind({ id, userPoolClientId: 'appclient' })).toMatchObject({ ok: false, code: 'PageEntryNotFound' });
    expect(await bind({ id: ids.siteCode, userPoolClientId: 'mfaclient' })).toMatchObject({
      ok: false,
      code: 'PageEntryNotFound',
    });
    expect(await bind({ id: ids.otherCode, userPoolClientId: 'mfaclient' })).toMatchObject({
      ok: false,
      code: 'PageEntryNotFound',
    });
  });

  it('saves a sign-in to the pool of the app client the page names when several pools serve the site', async () => {
    const { route, vault } = await setup({ pools: [pool, secondPool] });
    const save = (username: string, extra: object = {}) =>
      route({ type: 'page.saveSignIn', input: { username, password: 'pw-1-long', ...extra } }, tab(`${SITE}/`));
    await save('amy');
    await save('bo', { userPoolClientId: 'mfaclient' });
    const logins = await vault.listLogins({ origin: SITE });
    expect(logins.find((login) => login.username === 'amy')?.cognito).toBeNull();
    expect(logins.find((login) => login.username === 'bo')?.cognito).toEqual({
      userPoolId: 'eu-west-1_MfaOn',
      clientId: 'mfaclient',
      username: 'bo',
    });
  });

  it('preselects a factor Sidekey can complete itself when nothing is remembered, and nothing on other steps', async () => {
    const { route } = await setup();
    const offer = async (step: string, username?: string) =>
      (
        (await route({ type: 'page.offer', input: { step, ...(username ? { username } : {}) } }, tab(`${SITE}/`))) as {
          data: { preferredFactor: string | null };
        }
      ).data.preferredFactor;
    expect(await offer('selectMfaType', 'jo')).toBe('TOTP');
    expect(await offer('selectMfaType', 'amy')).toBeNull();
    expect(await offer('selectFirstFactor', 'jo')).toBe('PASSWORD');
    expect(await offer('selectFirstFactor', 'amy')).toBeNull();
    expect(await offer('signIn', 'jo')).toBeNull();
    expect(await offer('confirmSignIn', 'jo')).toBeNull();
  });

  it('remembers the factor a person picks on the page for that account and preselects it next time', async () => {
    const { route } = await setup({ unlocked: false });
    const remember = (input: object, url = `${SITE}/`) => route({ type: 'page.rememberFactor', input }, tab(url));
    expect(await remember({ step: 'selectMfaType', factor: 'EMAIL', username: 'jo' })).toEqual({
      ok: true,
      data: { remembered: true },
    });
    expect(await remember({ step: 'selectFirstFactor', factor: 'PASSKEY', username: 'jo' })).toMatchObject({
      ok: true,
    });
    const offer = (step: string, username: string) =>
      route({ type: 'page.offer', input: { step, username } }, tab(`${SITE}/`));
    expect(await offer('selectMfaType', 'jo')).toMatchObject({ data: { preferredFactor: 'EMAIL' } });
    expect(await offer('selectFirstFactor', 'jo')).toMatchObject({ data: { preferredFactor: 'PASSKEY' } });
    expect(await offer('selectMfaType', 'amy')).toMatchObject({ data: { preferredFactor: null } });
  });

  it('refuses to remember a factor the step does not offer, on a step without a choice, or for an unbound site', async () => {
    const { route } = await setup();
    const remember = (input: object, url = `${SITE}/`) => route({ type: 'page.rememberFactor', input }, tab(url));
    for (const input of [
      { step: 'selectMfaType', factor: 'PASSKEY', username: 'jo' },
      { step: 'selectFirstFactor', factor: 'TOTP', username: 'jo' },
      { step: 'signIn', factor: 'PASSWORD', username: 'jo' },
      { step: 'selectMfaType', factor: 'TOTP' },
    ]) {
      expect(await remember(input)).toMatchObject({ ok: false, code: 'BadMessage' });
    }
    expect(
      await remember({ step: 'selectMfaType', factor: 'TOTP', username: 'jo' }, 'https://unbound.example/'),
    ).toMatchObject({ ok: false, code: 'PageOriginNotBound' });
  });

  it('preselects the factor picked in the popup for the same account of a pool serving the site', async () => {
    const { route, preferences } = await setup();
    await preferences.remember({
      scopes: [{ userPoolId: pool.userPoolId }],
      username: 'jo',
      choice: 'mfa',
      factor: 'SMS',
    });
    expect(
      await route({ type: 'page.offer', input: { step: 'selectMfaType', username: 'jo' } }, tab(`${SITE}/`)),
    ).toMatchObject({ data: { preferredFactor: 'SMS' } });
  });
});
