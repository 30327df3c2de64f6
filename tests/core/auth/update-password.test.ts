import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { createPoolAuthClient } from './pool-auth-client';

let pool: TestPool;
beforeAll(async () => {
  pool = await startTestPool({
    users: [{ username: 'uma', password: 'Passw0rd!', attributes: { email: 'uma@example.com', name: 'Uma' } }],
  });
});
afterAll(() => pool.stop());

describe('updatePassword and fetchUserAttributes against the local pool', () => {
  it('needs a signed-in user', async () => {
    const { auth } = createPoolAuthClient(pool);
    await expect(auth.fetchUserAttributes()).rejects.toMatchObject({ code: 'UserUnAuthenticatedException' });
    await expect(auth.updatePassword({ oldPassword: 'a', newPassword: 'b' })).rejects.toMatchObject({
      code: 'UserUnAuthenticatedException',
    });
  });

  it('reads the attributes, refuses a wrong old password and changes the password', async () => {
    const { auth } = createPoolAuthClient(pool);
    await auth.signIn({ username: 'uma', password: 'Passw0rd!' });
    expect(await auth.fetchUserAttributes()).toMatchObject({
      email: 'uma@example.com',
      name: 'Uma',
      sub: expect.any(String),
    });
    await expect(
      auth.updatePassword({ oldPassword: 'Wr0ng-pass!', newPassword: 'N3w-Passw0rd!' }),
    ).rejects.toMatchObject({
      code: 'NotAuthorizedException',
    });
    await auth.updatePassword({ oldPassword: 'Passw0rd!', newPassword: 'N3w-Passw0rd!' });
    await auth.signOut();
    expect((await auth.signIn({ username: 'uma', password: 'N3w-Passw0rd!' })).nextStep.signInStep).toBe('DONE');
  });
});
