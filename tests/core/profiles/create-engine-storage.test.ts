import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../../core/auth/index';
import { createEngineStorage } from '../../../core/profiles/create-engine-storage';
import { createAreaStorage } from '../../../core/storage/create-area-storage';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { memoryArea } from '../storage/memory-area';
import { makeTestVault, PASSPHRASE } from '../vault/make-test-vault';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({
    poolInput: {
      AutoVerifiedAttributes: ['email'],
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
    },
    users: [
      { username: 'dora', password: 'Device-pass-1' },
      { username: 'vera', password: 'Vault-pass-1' },
      { username: 'olga', password: 'Older-pass-1' },
    ],
  });
});
afterAll(() => pool.stop());

/** The worker's storage for profile `p1` over two areas, and an engine on it that records every secret the pool sent. */
function worker(
  areas: { local: ReturnType<typeof memoryArea>; session: ReturnType<typeof memoryArea> },
  vault = makeTestVault().vault,
) {
  const secrets = new Set<string>();
  const operations: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    const operation = new Headers(init?.headers).get('x-amz-target')?.split('.').pop() ?? '';
    const request = JSON.parse(String(init?.body)) as {
      ChallengeName?: string;
      ChallengeResponses?: Record<string, string>;
    };
    operations.push(
      [operation, request.ChallengeName, request.ChallengeResponses?.DEVICE_KEY].filter(Boolean).join(' '),
    );
    const response = await fetch(input, init);
    const body = (await response.clone().json()) as {
      AuthenticationResult?: Record<string, unknown> & { NewDeviceMetadata?: Record<string, string> };
    };
    const result = body.AuthenticationResult;
    for (const value of [
      result?.AccessToken,
      result?.IdToken,
      result?.RefreshToken,
      result?.NewDeviceMetadata?.DeviceKey,
      result?.NewDeviceMetadata?.DeviceGroupKey,
    ])
      if (typeof value === 'string') secrets.add(value);
    return response;
  };
  const storage = createEngineStorage({ profileId: 'p1', local: areas.local, session: areas.session, sealer: vault });
  const auth = createAuthClient({
    userPoolId: pool.poolId,
    userPoolClientId: pool.clientId,
    userPoolEndpoint: pool.url,
    storage,
    fetch: recording,
  });
  return { auth, secrets, operations, vault };
}

/** Every value both areas hold, as the browser would write them to disk or keep them in memory. */
const rawDump = (...areas: ReturnType<typeof memoryArea>[]) =>
  JSON.stringify(areas.flatMap((area) => [...area.data.entries()]));

const SEALED_FIELDS = /\.(accessToken|idToken|refreshToken|deviceKey|deviceGroupKey|randomPasswordKey)$/;

describe('createEngineStorage', () => {
  it('keeps no token and no remembered-device key readable in storage while the vault has no passphrase', async () => {
    const areas = { local: memoryArea(), session: memoryArea() };
    const { auth, secrets } = worker(areas);
    expect((await auth.signIn({ username: 'dora', password: 'Device-pass-1' })).nextStep.signInStep).toBe('DONE');
    expect(secrets.size).toBe(5); // three tokens, the device key and its group key

    const dump = rawDump(areas.local, areas.session);
    for (const secret of secrets) expect(dump).not.toContain(secret);
    const sealed = [...areas.local.data].filter(([key]) => SEALED_FIELDS.test(key));
    expect(sealed.map(([key]) => key.split('.').pop()).sort()).toEqual(
      ['accessToken', 'deviceGroupKey', 'deviceKey', 'idToken', 'randomPasswordKey', 'refreshToken'].sort(),
    );
    for (const [, value] of sealed) expect(value).toMatch(/^l1\./);
    expect(areas.session.data.size).toBe(0);
    expect((await auth.getCurrentUser()).username).toBe('dora');
  });

  it('seals them under the vault key once there is a passphrase, and hides them while the vault is locked', async () => {
    const areas = { local: memoryArea(), session: memoryArea() };
    const { auth, secrets, vault } = worker(areas);
    await vault.setup(PASSPHRASE);
    expect((await auth.signIn({ username: 'vera', password: 'Vault-pass-1' })).nextStep.signInStep).toBe('DONE');

    const dump = rawDump(areas.local, areas.session);
    for (const secret of secrets) expect(dump).not.toContain(secret);
    for (const [key, value] of areas.local.data) if (SEALED_FIELDS.test(key)) expect(value).toMatch(/^v1\./);

    await vault.lock();
    expect(await auth.fetchAuthSession()).toEqual({});
    await vault.unlock(PASSPHRASE);
    expect((await auth.getCurrentUser()).username).toBe('vera');
  });

  it('seals the plain tokens and device keys an earlier Sidekey stored on their next read, and loses nothing', async () => {
    const areas = { local: memoryArea(), session: memoryArea() };
    // An earlier Sidekey: the same keys, written plain to storage.local.
    const earlier = createAuthClient({
      userPoolId: pool.poolId,
      userPoolClientId: pool.clientId,
      userPoolEndpoint: pool.url,
      storage: createAreaStorage({ area: areas.local, prefix: 'sidekey.auth.p1.' }),
    });
    expect((await earlier.signIn({ username: 'olga', password: 'Older-pass-1' })).nextStep.signInStep).toBe('DONE');
    const plainDevice = [...areas.local.data].find(([key]) => key.endsWith('.olga.deviceKey'))?.[1];
    expect(plainDevice).toMatch(/^us-east-1_/);

    const { auth, operations } = worker(areas);
    expect((await auth.getCurrentUser()).username).toBe('olga');
    expect((await auth.fetchAuthSession({ forceRefresh: true })).tokens).toBeDefined();
    await auth.signOut();
    expect((await auth.signIn({ username: 'olga', password: 'Older-pass-1' })).nextStep.signInStep).toBe('DONE');
    // The device stored plain is still the remembered one: the pool asked for device SRP and got it.
    expect(operations).toContain('GetTokensFromRefreshToken');
    expect(operations).toContain(`RespondToAuthChallenge DEVICE_SRP_AUTH ${plainDevice}`);
    expect(rawDump(areas.local)).not.toContain(plainDevice);
    for (const [key, value] of areas.local.data) if (SEALED_FIELDS.test(key)) expect(value).toMatch(/^l1\./);
  });

  it('keeps an armed auto sign-in in the session area with its password sealed, never on disk', async () => {
    const areas = { local: memoryArea(), session: memoryArea() };
    const { auth, vault } = worker(areas);
    const password = 'Signup-pass-1';
    await auth.signUp({
      username: 'sina',
      password,
      options: { userAttributes: { email: 'sina@example.com' }, autoSignIn: true },
    });
    expect(rawDump(areas.local, areas.session)).not.toContain(password);
    const armed = [...areas.session.data].filter(([key]) => key.includes('.CognitoAutoSignIn.'));
    expect(armed.map(([key]) => key.split('.').pop())).toEqual(expect.arrayContaining(['password']));
    expect(armed).toHaveLength(2);
    expect([...areas.local.data.keys()].filter((key) => key.includes('.CognitoAutoSignIn.'))).toEqual([]);

    const code = (await pool.codes('sina')).at(-1)!;
    const confirmed = await worker(areas, vault).auth.confirmSignUp({ username: 'sina', confirmationCode: code });
    expect(confirmed.nextStep.signUpStep).toBe('COMPLETE_AUTO_SIGN_IN');
    const restarted = worker(areas, vault);
    expect((await restarted.auth.autoSignIn()).nextStep.signInStep).toBe('DONE');
    expect([...areas.session.data.keys()].filter((key) => key.includes('.CognitoAutoSignIn.'))).toEqual([]);
  });

  it('keeps the auto sign-in password only in the worker’s memory while the vault is locked', async () => {
    const areas = { local: memoryArea(), session: memoryArea() };
    const { auth, vault } = worker(areas);
    await vault.setup(PASSPHRASE);
    await vault.lock();
    await auth.signUp({
      username: 'lena',
      password: 'Locked-pass-1',
      options: { userAttributes: { email: 'lena@example.com' }, autoSignIn: true },
    });
    expect(rawDump(areas.local, areas.session)).not.toContain('Locked-pass-1');
    expect([...areas.session.data.keys()].filter((key) => key.endsWith('.password'))).toEqual([]);
    // The worker that armed it finishes it.
    await auth.confirmSignUp({ username: 'lena', confirmationCode: (await pool.codes('lena')).at(-1)! });
    expect((await auth.autoSignIn()).nextStep.signInStep).toBe('DONE');
    await auth.signOut();

    // A restarted worker has lost the password and says so with a typed error rather than signing in half-way.
    await auth.signUp({
      username: 'lina',
      password: 'Locked-pass-1',
      options: { userAttributes: { email: 'lina@example.com' }, autoSignIn: true },
    });
    await auth.confirmSignUp({ username: 'lina', confirmationCode: (await pool.codes('lina')).at(-1)! });
    await expect(worker(areas, vault).auth.autoSignIn()).rejects.toMatchObject({ code: 'AutoSignInException' });
  });
});
