import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRouter, type MessageSender } from '../../../core/messages/create-router';
import { statusHandler } from '../../../core/messages/handlers/status';
import { isReply } from '../../../core/messages/reply';
import { PAGE_REQUEST_TYPES, PAGE_STEPS } from '../../../core/page/page-messages';
import { createPageRouter, isPageMessage } from '../../../core/page-access/create-page-router';
import { createFactorPreferences } from '../../../core/preferences/create-factor-preferences';
import { ACCOUNT_REQUEST_TYPES } from '../../../core/profiles/account-messages';
import { createEngineRegistry } from '../../../core/profiles/create-engine-registry';
import { createEngineStorage } from '../../../core/profiles/create-engine-storage';
import { createProfileStore } from '../../../core/profiles/create-profile-store';
import { authHandlers } from '../../../core/profiles/handlers/auth-handlers';
import { profileHandlers } from '../../../core/profiles/handlers/profile-handlers';
import { createVaultHandlers } from '../../../core/vault/handlers/create-vault-handlers';
import { VAULT_REQUEST_TYPES } from '../../../core/vault/vault-messages';
import { FUZZ_TIMEOUT, fuzzParameters, jsonLike, newTally, printTally } from '../../support/fuzz-settings';
import { memoryArea } from '../storage/memory-area';
import { makeTestVault, PASSPHRASE, RFC_SECRET } from '../vault/make-test-vault';
import { extensionId, extensionOrigin } from './extension-senders';

const SITE = 'https://app.example.com';

/**
 * The worker's two routers as entrypoints/background/index.ts wires them, over in-memory storage, a fake
 * IndexedDB vault (set up and unlocked, one entry and one sign-in bound to SITE) and a fetch that refuses at once,
 * so a generated sign-in reaches the engine without leaving the process.
 */
async function startWorker() {
  const { vault } = makeTestVault();
  await vault.setup(PASSPHRASE);
  const login = await vault.addLogin({ username: 'jo', password: 'jo-secret-pw', origins: [SITE] });
  const entry = await vault.addEntry({
    params: {
      kind: 'hotp',
      secret: RFC_SECRET,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      issuer: 'A',
      account: 'jo',
    },
    origins: [SITE],
  });
  let profileCount = 0;
  const local = memoryArea();
  const session = memoryArea();
  const profiles = createProfileStore({ area: memoryArea(), now: () => 0, newId: () => `p${++profileCount}` });
  await profiles.add({
    label: 'App',
    userPoolId: 'eu-west-1_App',
    userPoolClientId: 'appclient',
    region: 'eu-west-1',
    origins: [SITE],
  });
  const engines = createEngineRegistry({
    profiles,
    platform: {
      storageFor: (profileId) => createEngineStorage({ profileId, local, session, sealer: vault }),
      fetch: async () => new Response('{"__type":"NotAuthorizedException"}', { status: 400 }),
    },
  });
  const preferences = createFactorPreferences({ area: local, now: () => 0 });
  const route = createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, engines, preferences },
    handlers: {
      status: statusHandler({ version: '0.0.0' }),
      ...profileHandlers,
      ...authHandlers,
      ...createVaultHandlers(vault),
    },
  });
  const routePage = createPageRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, vault, preferences, injectFiller: async () => undefined },
  });
  // The background's listener: page.* to the page router, the rest to the extension pages' router.
  const send = (message: unknown, sender: MessageSender) =>
    isPageMessage(message) ? routePage(message, sender) : route(message, sender);
  return { send, ids: [login.id, entry.id, 'p1'] };
}

const TYPES = ['status', ...VAULT_REQUEST_TYPES, ...ACCOUNT_REQUEST_TYPES, ...PAGE_REQUEST_TYPES];
const KEYS = [
  ...['type', 'input', 'passphrase', 'newPassphrase', 'minutes', 'origin', 'at', 'limit', 'uri', 'fields', 'id'],
  ...['kind', 'secret', 'issuer', 'account', 'algorithm', 'digits', 'period', 'counter', 'origins', 'cognito'],
  ...['payload', 'format', 'vaultPassphrase', 'ids', 'username', 'password', 'label', 'userPoolId', 'clientId'],
  ...['userPoolClientId', 'userPoolEndpoint', 'region', 'profileId', 'options', 'authFlowType', 'challengeResponse'],
  ...[
    'step',
    'width',
    'height',
    'data',
    'global',
    'hostedUiDomain',
    'scopes',
    'passwordPolicy',
    'minimumLength',
    'factor',
  ],
];
const STRINGS = [
  ...TYPES,
  ...PAGE_STEPS,
  ...[PASSPHRASE, RFC_SECRET, SITE, 'http://localhost:3000', 'javascript:alert(1)', 'jo', 'eu-west-1_App'],
  ...['appclient', 'totp', 'hotp', 'SHA1', 'SHA512', 'backup', 'qr', 'otpauth-list', 'otpauth-uri', 'migration'],
  ...['sign-in', 'code', 'USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'USER_AUTH', 'amplify', 'form', 'qr-pixels'],
  `otpauth://totp/ACME:jo?secret=${RFC_SECRET}&issuer=ACME`,
  'otpauth-migration://offline?data=CgYKAQAQAhgBEAEYASAA',
];

/** Inputs that pass each request's shape check, for the generator to mutate field by field. */
function validInputs(ids: string[]): Record<string, unknown> {
  const [loginId, entryId, profileId] = ids;
  const uri = `otpauth://totp/ACME:jo?secret=${RFC_SECRET}&issuer=ACME`;
  return {
    'vault.setup': { passphrase: PASSPHRASE },
    'vault.unlock': { passphrase: PASSPHRASE },
    'vault.changePassphrase': { current: PASSPHRASE, next: PASSPHRASE },
    'vault.setAutoLock': { minutes: 5 },
    'vault.listCodes': { origin: SITE, at: 0, limit: 5 },
    'vault.addEntry': { uri, origins: [SITE] },
    'vault.updateEntry': { id: entryId, issuer: 'B', origins: [SITE], cognito: null },
    'vault.deleteEntry': { id: entryId },
    'vault.advanceHotp': { id: entryId },
    'vault.import': { kind: 'otpauth-list', payload: `${uri}\n${uri}`, origins: [SITE] },
    'vault.export': { format: 'otpauth-list', vaultPassphrase: PASSPHRASE },
    'vault.listLogins': { origin: SITE },
    'vault.addLogin': { username: 'ann', password: 'pw', origins: [SITE] },
    'vault.updateLoginPassword': { id: loginId, password: 'pw3' },
    'vault.deleteLogin': { id: loginId },
    'profiles.add': { userPoolId: 'eu-west-1_Two', userPoolClientId: 'client2', origins: [SITE] },
    // p2 is the profile profiles.add makes first, so p1 mostly stays for the auth.* requests to reach the engine.
    'profiles.remove': { id: 'p2' },
    'auth.signIn': { profileId, username: 'jo', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } },
    'auth.confirmSignIn': { profileId, challengeResponse: '123456' },
    'auth.pendingSignIn': { profileId },
    'auth.cancelSignIn': { profileId },
    'auth.signInWithRedirect': { profileId },
    'auth.signOut': { profileId, global: false },
    'auth.session': { profileId, forceRefresh: true },
    'page.inject': { kind: 'amplify' },
    'page.offer': { step: 'signIn', username: 'jo' },
    'page.fill': { kind: 'sign-in', id: loginId },
    'page.saveTotpSecret': { uri, account: 'jo' },
    'page.compareSignIn': { username: 'jo', password: 'pw' },
    'page.saveSignIn': { username: 'new', password: 'pw' },
    'page.updateSignIn': { id: loginId, password: 'pw2' },
  };
}

/** A valid input with some fields replaced by generated values or left out. */
function mutated(valid: unknown, value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (typeof valid !== 'object' || valid === null) return fc.constant(valid);
  const fields = Object.entries(valid).map(([key, kept]) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.constant([key, kept] as const) },
      { weight: 2, arbitrary: value.map((replaced) => [key, replaced] as const) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
  );
  return fc.tuple(...fields).map((entries) => Object.fromEntries(entries.filter((entry) => entry !== undefined)));
}

function messages(ids: string[]): fc.Arbitrary<unknown> {
  const input = jsonLike({ keys: KEYS, strings: [...STRINGS, ...ids] });
  const near = Object.entries(validInputs(ids)).map(([type, valid]) =>
    mutated(valid, input).map((mutatedInput) => ({ type, input: mutatedInput })),
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.oneof(...near) },
    { weight: 3, arbitrary: fc.record({ type: fc.constantFrom(...TYPES), input }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.oneof(fc.string({ maxLength: 12 }), input), input }) },
    { weight: 1, arbitrary: input },
  );
}

/** Senders as the browser reports them: ours or not, extension page or content script, any frame and URL. */
const anySender: fc.Arbitrary<MessageSender> = fc.record(
  {
    id: fc.constantFrom(extensionId, 'another-extension', ''),
    url: fc.oneof(
      fc.constantFrom(`${extensionOrigin}popup.html`, `${SITE}/login`, 'http://localhost:3000/', 'about:blank'),
      fc.constantFrom(`${extensionOrigin.slice(0, -1)}.evil.test/`, 'data:text/html,x', 'http://evil.test/'),
      fc.string({ maxLength: 30 }),
    ),
    origin: fc.constantFrom(SITE, 'null', extensionOrigin.slice(0, -1), 'https://evil.test'),
    tab: fc.record(
      { id: fc.integer({ min: -2, max: 9 }), url: fc.constantFrom(`${SITE}/`, 'https://evil.test/', 'x') },
      { requiredKeys: [] },
    ),
    frameId: fc.integer({ min: -1, max: 3 }),
    documentId: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: [] },
);
const popup = { id: extensionId, url: `${extensionOrigin}popup.html`, origin: extensionOrigin.slice(0, -1) };
const contentScript = {
  id: extensionId,
  url: `${SITE}/login`,
  origin: SITE,
  tab: { id: 4, url: `${SITE}/` },
  frameId: 0,
};
const sender = fc.oneof(
  { weight: 4, arbitrary: fc.constant(popup) },
  { weight: 4, arbitrary: fc.constant(contentScript) },
  { weight: 2, arbitrary: anySender },
);

describe('message router fuzzing', () => {
  it(
    'answers every generated message from every generated sender with a reply, never a crash',
    async () => {
      const { send, ids } = await startWorker();
      const tally = newTally();
      await fc.assert(
        fc.asyncProperty(messages(ids), sender, async (generated, from) => {
          tally.cases++;
          const reply = await send(structuredClone(generated), from);
          expect(isReply(reply)).toBe(true);
          if (reply.ok) {
            tally.accepted++;
            return;
          }
          // `Internal` is the router's name for an error it did not expect: a crash.
          expect(reply).not.toMatchObject({ code: 'Internal' });
          expect(reply.code).toMatch(/^[A-Z][A-Za-z]+$/);
          tally.rejected++;
          tally.codes.add(reply.code);
        }),
        fuzzParameters(2000),
      );
      printTally('message router', tally);
      expect(tally.accepted).toBeGreaterThan(0);
      expect(tally.codes).toContain('ForbiddenSender');
      expect(tally.codes).toContain('BadMessage');
    },
    FUZZ_TIMEOUT,
  );
});
