import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../../../core/messages/create-router';
import { createFactorPreferences } from '../../../../core/preferences/create-factor-preferences';
import { createEngineRegistry } from '../../../../core/profiles/create-engine-registry';
import { createEngineStorage, readStoredEngineValues } from '../../../../core/profiles/create-engine-storage';
import { createProfileStore } from '../../../../core/profiles/create-profile-store';
import { createRevocationQueue } from '../../../../core/profiles/create-revocation-queue';
import { accountFlowHandlers } from '../../../../core/profiles/handlers/account-flow-handlers';
import { authHandlers } from '../../../../core/profiles/handlers/auth-handlers';
import { profileHandlers } from '../../../../core/profiles/handlers/profile-handlers';
import { readSeedFile } from '../../../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../../../pool/start-pool';
import { extensionId, extensionOrigin, popup } from '../../messages/extension-senders';
import { memoryArea } from '../../storage/memory-area';
import { makeTestVault, PASSPHRASE } from '../../vault/make-test-vault';

const contentScript = { id: extensionId, url: 'http://localhost:5173/', tab: { id: 3 } };

let pool: RunningPool;

beforeAll(async () => {
  pool = await startPool({ port: 0, seed: readSeedFile(resolve('pool/seed/demo.json')) });
});
afterAll(() => pool.stop());

/** The newest code the pool "sent" to `username`. */
async function lastCode(username: string): Promise<string> {
  const response = await fetch(`${pool.url}/_pool/outbox`);
  const { messages } = (await response.json()) as { messages: { username: string; code: string }[] };
  const code = messages.filter((message) => message.username === username).at(-1)?.code;
  if (!code) throw new Error(`No code was sent to ${username}.`);
  return code;
}

/** A worker as the background builds it, with the demo pool added as profile `demo`. */
async function startWorker() {
  const vault = makeTestVault().vault;
  await vault.setup(PASSPHRASE);
  const local = memoryArea();
  const session = memoryArea();
  const profiles = createProfileStore({ area: memoryArea(), now: () => Date.now(), newId: () => 'demo' });
  const queue = createRevocationQueue({
    area: local,
    sealer: vault,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });
  const engines = createEngineRegistry({
    profiles,
    platform: {
      storageFor: (profileId) => createEngineStorage({ profileId, local, session, sealer: vault }),
      retired: { queue, storedFor: (profileId) => readStoredEngineValues({ profileId, local }) },
    },
  });
  const route = createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, engines, preferences: createFactorPreferences({ area: local, now: () => Date.now() }) },
    handlers: { ...profileHandlers, ...authHandlers, ...accountFlowHandlers },
  });
  const send = (type: string, input: Record<string, unknown>) =>
    route({ type, input: { profileId: 'demo', ...input } }, popup);
  await route(
    {
      type: 'profiles.add',
      input: {
        userPoolId: 'local_Sidekey01',
        userPoolClientId: 'sidekeydemoclient000000001',
        userPoolEndpoint: pool.url,
      },
    },
    popup,
  );
  return { route, send };
}

describe('account flow handlers', () => {
  it('confirm an unconfirmed account with a resent code, after which its password signs in', async () => {
    const { send } = await startWorker();
    expect(await send('auth.signIn', { username: 'uma', password: 'Uma-pass-1' })).toMatchObject({
      ok: true,
      data: { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } },
    });
    expect(await send('auth.resendSignUpCode', { username: 'uma' })).toMatchObject({
      ok: true,
      data: { deliveryMedium: 'EMAIL' },
    });
    expect(await send('auth.confirmSignUp', { username: 'uma', confirmationCode: '000000' })).toMatchObject({
      ok: false,
      code: 'CodeMismatchException',
      field: 'confirmationCode',
    });
    expect(
      await send('auth.confirmSignUp', { username: 'uma', confirmationCode: await lastCode('uma') }),
    ).toMatchObject({ ok: true, data: { isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } } });
    expect(await send('auth.signIn', { username: 'uma', password: 'Uma-pass-1' })).toMatchObject({
      ok: true,
      data: { isSignedIn: true },
    });
  });

  it('sign up, confirm and sign the new account in automatically, with its attributes and client metadata', async () => {
    const { send } = await startWorker();
    const signedUp = await send('auth.signUp', {
      username: 'newcomer',
      password: 'Newcomer-pass-1',
      options: {
        userAttributes: { email: 'newcomer@example.com' },
        clientMetadata: { source: 'test' },
        autoSignIn: true,
      },
    });
    expect(signedUp).toMatchObject({
      ok: true,
      data: {
        isSignUpComplete: false,
        nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: { deliveryMedium: 'EMAIL' } },
      },
    });
    expect(await send('auth.autoSignIn', {})).toMatchObject({ ok: false, code: 'AutoSignInException' });
    const confirmed = await send('auth.confirmSignUp', {
      username: 'newcomer',
      confirmationCode: await lastCode('newcomer'),
    });
    expect(confirmed).toMatchObject({ ok: true, data: { nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } } });
    expect(await send('auth.autoSignIn', {})).toMatchObject({ ok: true, data: { isSignedIn: true } });
    expect(await send('auth.session', {})).toMatchObject({ ok: true, data: { signedIn: true, username: 'newcomer' } });
  });

  it('sign the new account in with the sign-in options given as autoSignIn, as Amplify takes them', async () => {
    const { send } = await startWorker();
    const signedUp = await send('auth.signUp', {
      username: 'chooser',
      password: 'Chooser-pass-1',
      options: {
        userAttributes: { email: 'chooser@example.com' },
        autoSignIn: { authFlowType: 'CUSTOM_WITHOUT_SRP', clientMetadata: { purpose: 'test' } },
      },
    });
    expect(signedUp).toMatchObject({ ok: true, data: { nextStep: { signUpStep: 'CONFIRM_SIGN_UP' } } });
    expect(
      await send('auth.confirmSignUp', { username: 'chooser', confirmationCode: await lastCode('chooser') }),
    ).toMatchObject({ ok: true, data: { nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } } });
    // The custom flow, not the default SRP: the pool's custom challenge asks for a code before any session.
    expect(await send('auth.autoSignIn', {})).toMatchObject({
      ok: true,
      data: { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE' } },
    });
    expect(await send('auth.confirmSignIn', { challengeResponse: await lastCode('chooser') })).toMatchObject({
      ok: true,
      data: { isSignedIn: true },
    });
    expect(await send('auth.session', {})).toMatchObject({ ok: true, data: { signedIn: true, username: 'chooser' } });
  });

  it('arm nothing for autoSignIn false, and refuse an autoSignIn that is neither a flag nor sign-in options', async () => {
    const { send } = await startWorker();
    const attributes = { email: 'flagless@example.com' };
    const refused = [
      [{ autoSignIn: 'yes' }, 'options.autoSignIn'],
      [{ autoSignIn: ['USER_AUTH'] }, 'options.autoSignIn'],
      [{ autoSignIn: { authFlowType: 'ADMIN_NO_SRP_AUTH' } }, 'options.autoSignIn.authFlowType'],
      [{ autoSignIn: { preferredChallenge: 'PASSKEY' } }, 'options.autoSignIn.preferredChallenge'],
      [{ autoSignIn: { clientMetadata: { purpose: 7 } } }, 'options.autoSignIn.clientMetadata.purpose'],
    ] as const;
    for (const [options, field] of refused) {
      expect(
        await send('auth.signUp', {
          username: 'flagless',
          password: 'Flagless-pass-1',
          options: { userAttributes: attributes, ...options },
        }),
      ).toMatchObject({ ok: false, code: 'BadMessage', field });
    }
    expect(
      await send('auth.signUp', {
        username: 'flagless',
        password: 'Flagless-pass-1',
        options: { userAttributes: attributes, autoSignIn: false },
      }),
    ).toMatchObject({ ok: true, data: { nextStep: { signUpStep: 'CONFIRM_SIGN_UP' } } });
    expect(
      await send('auth.confirmSignUp', { username: 'flagless', confirmationCode: await lastCode('flagless') }),
    ).toMatchObject({ ok: true, data: { nextStep: { signUpStep: 'DONE' } } });
    expect(await send('auth.autoSignIn', {})).toMatchObject({ ok: false, code: 'AutoSignInException' });
  });

  it('name the field a sign-up failure concerns: a taken username, a password the pool refuses, an empty username', async () => {
    const { send } = await startWorker();
    const attributes = { userAttributes: { email: 'someone@example.com' } };
    expect(
      await send('auth.signUp', { username: 'alice', password: 'Alice-pass-9', options: attributes }),
    ).toMatchObject({ ok: false, code: 'UsernameExistsException', field: 'username' });
    expect(await send('auth.signUp', { username: 'shorty', password: 'short', options: attributes })).toMatchObject({
      ok: false,
      code: 'InvalidPasswordException',
      field: 'password',
    });
    expect(await send('auth.resetPassword', { username: '' })).toMatchObject({
      ok: false,
      code: 'BadMessage',
      field: 'username',
    });
  });

  it('reset a password that must be reset, refusing a wrong code and a password the pool’s rules refuse', async () => {
    const { send } = await startWorker();
    expect(await send('auth.signIn', { username: 'rick', password: 'Rick-pass-1' })).toMatchObject({
      ok: true,
      data: { nextStep: { signInStep: 'RESET_PASSWORD' } },
    });
    expect(await send('auth.resetPassword', { username: 'rick' })).toMatchObject({
      ok: true,
      data: { isPasswordReset: false, nextStep: { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE' } },
    });
    const code = await lastCode('rick');
    const wrong = code === '000000' ? '111111' : '000000';
    expect(
      await send('auth.confirmResetPassword', {
        username: 'rick',
        confirmationCode: wrong,
        newPassword: 'Rick-pass-2',
      }),
    ).toMatchObject({ ok: false, code: 'CodeMismatchException', field: 'confirmationCode' });
    expect(
      await send('auth.confirmResetPassword', { username: 'rick', confirmationCode: code, newPassword: 'short' }),
    ).toMatchObject({ ok: false, code: 'InvalidPasswordException', field: 'newPassword' });
    expect(
      await send('auth.confirmResetPassword', { username: 'rick', confirmationCode: code, newPassword: 'Rick-pass-2' }),
    ).toEqual({ ok: true, data: undefined });
    expect(await send('auth.signIn', { username: 'rick', password: 'Rick-pass-2' })).toMatchObject({
      ok: true,
      data: { isSignedIn: true },
    });
  });

  it('pass client metadata through a custom-challenge sign-in', async () => {
    const { send } = await startWorker();
    const started = await send('auth.signIn', {
      username: 'carl',
      password: 'Carl-pass-1',
      options: { authFlowType: 'CUSTOM_WITH_SRP', clientMetadata: { purpose: 'test' } },
    });
    expect(started).toMatchObject({
      ok: true,
      data: {
        nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { challenge: 'CODE' } },
      },
    });
    const done = await send('auth.confirmSignIn', {
      challengeResponse: await lastCode('carl'),
      options: { clientMetadata: { purpose: 'test' } },
    });
    expect(done).toMatchObject({ ok: true, data: { isSignedIn: true } });
  });

  it('answer extension pages only, and refuse malformed input', async () => {
    const { route, send } = await startWorker();
    expect(
      await route({ type: 'auth.resetPassword', input: { profileId: 'demo', username: 'rick' } }, contentScript),
    ).toMatchObject({ ok: false, code: 'ForbiddenSender' });
    expect(await send('auth.signUp', { username: 'x', password: 1 })).toMatchObject({ ok: false, code: 'BadMessage' });
    expect(
      await send('auth.confirmSignUp', { username: 'x', confirmationCode: '1', options: { clientMetadata: { a: 1 } } }),
    ).toMatchObject({ ok: false, code: 'BadMessage' });
  });
});
