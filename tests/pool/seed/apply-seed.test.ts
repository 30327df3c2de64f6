import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFile } from '../../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { authorizeUrl } from '../hosted-ui/hosted-ui-pool';
import { sdkFor } from '../support/sdk-pool';

const demoClient = 'sidekeydemoclient000000001';
const mfaClient = 'sidekeymfaclient0000000001';

let pool: RunningPool;
let sdk: ReturnType<typeof sdkFor>;

beforeAll(async () => {
  pool = await startPool({ seed: 'pool/seed/demo.json' });
  sdk = sdkFor(pool.url);
});
afterAll(async () => {
  sdk.destroy();
  await pool.stop();
});

const passwordSignIn = (ClientId: string, USERNAME: string, PASSWORD: string) =>
  sdk.send(
    new InitiateAuthCommand({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME, PASSWORD } }),
  );

describe('the demo seed', () => {
  it('creates its two pools with fixed ids and clients', () => {
    const seed = readSeedFile('pool/seed/demo.json');
    for (const seedPool of seed.pools) {
      const created = pool.store.getPool(seedPool.Id);
      for (const client of seedPool.clients ?? []) expect(pool.store.getClient(created, client.ClientId)).toBeDefined();
    }
  });

  it('signs alice in with her password and refuses a wrong one', async () => {
    const answer = await passwordSignIn(demoClient, 'alice', 'Alice-pass-1');
    expect(answer.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    await expect(passwordSignIn(demoClient, 'ALICE', 'wrong-Pass-1')).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('gives each demo user the step the seed promises', async () => {
    expect((await passwordSignIn(demoClient, 'tom', 'Tom-pass-1')).ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect((await passwordSignIn(demoClient, 'sam', 'Sam-pass-1')).ChallengeName).toBe('SMS_MFA');
    expect((await passwordSignIn(demoClient, 'emma', 'Emma-pass-1')).ChallengeName).toBe('EMAIL_OTP');
    expect((await passwordSignIn(demoClient, 'nina', 'Temp-pass-1')).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect((await passwordSignIn(mfaClient, 'sara', 'Sara-pass-1!')).ChallengeName).toBe('MFA_SETUP');
    await expect(passwordSignIn(demoClient, 'uma', 'Uma-pass-1')).rejects.toMatchObject({
      name: 'UserNotConfirmedException',
    });
    await expect(passwordSignIn(demoClient, 'rick', 'Rick-pass-1')).rejects.toMatchObject({
      name: 'PasswordResetRequiredException',
    });
  });

  it('offers olivia an email code without a password, chris a choice of first factors, carl a custom challenge', async () => {
    const olivia = await sdk.send(
      new InitiateAuthCommand({
        ClientId: demoClient,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: 'olivia', PREFERRED_CHALLENGE: 'EMAIL_OTP' },
      }),
    );
    expect(olivia.ChallengeName).toBe('EMAIL_OTP');
    const chris = await sdk.send(
      new InitiateAuthCommand({ ClientId: demoClient, AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'chris' } }),
    );
    expect(chris.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(chris.AvailableChallenges).toEqual(expect.arrayContaining(['PASSWORD', 'EMAIL_OTP', 'SMS_OTP']));
    const carl = await sdk.send(
      new InitiateAuthCommand({ ClientId: demoClient, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'carl' } }),
    );
    expect(carl.ChallengeName).toBe('CUSTOM_CHALLENGE');
  });

  it('lets Sidekey’s hosted-UI sign-in come back to its redirect URL in Chrome and in Firefox, and no other', async () => {
    // identity.getRedirectURL(): Chrome's host is the extension id; Firefox's is the SHA-1 of the gecko id
    // (sidekey@sidekey.dev) under extensions.allizom.org.
    const status = async (redirectUri: string) =>
      (await fetch(authorizeUrl(pool.url, { client: demoClient, redirectUri }), { redirect: 'manual' })).status;
    expect(await status('https://npbmcjcmafkjbchncmpemdbkmagoobec.chromiumapp.org/')).toBe(302);
    expect(await status('https://6326e0343c31809ea2150492fd4b95513106c2d2.extensions.allizom.org/')).toBe(302);
    expect(await status('https://0000000000000000000000000000000000000000.extensions.allizom.org/')).toBe(400);
  });
});

describe('applySeed', () => {
  it('refuses a seed user whose password breaks the pool policy, naming the user', async () => {
    await expect(
      startPool({
        seed: {
          pools: [
            {
              Id: 'local_BadSeed1',
              config: { PoolName: 'bad' },
              users: [{ Username: 'weak', Password: 'weak' }],
            },
          ],
        },
      }),
    ).rejects.toThrow(/Seed user weak in local_BadSeed1: Password did not conform/);
  });

  it('refuses a TOTP secret that is not base32 and an attribute the schema lacks', async () => {
    const seedWith = (user: Record<string, unknown>) => ({
      pools: [{ Id: 'local_BadSeed2', config: { PoolName: 'bad' }, users: [{ Username: 'u', ...user }] }],
    });
    await expect(startPool({ seed: seedWith({ Mfa: { totpSecret: 'not-base32!' } }) })).rejects.toThrow(/base32/);
    await expect(startPool({ seed: seedWith({ Attributes: { shoe_size: '44' } }) })).rejects.toThrow(/shoe_size/);
  });
});
