import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { createPoolAuthClient } from './pool-auth-client';

let pool: TestPool;
beforeAll(async () => {
  pool = await startTestPool({
    users: [
      { username: 'rita', password: 'Passw0rd!', attributes: { email: 'rita@example.com', email_verified: 'true' } },
    ],
  });
});
afterAll(() => pool.stop());

describe('resetPassword and confirmResetPassword against the local pool', () => {
  it('sends a code, refuses a wrong one, and lets the user sign in with the new password', async () => {
    const { auth } = createPoolAuthClient(pool);
    expect(await auth.resetPassword({ username: 'rita' })).toEqual({
      isPasswordReset: false,
      nextStep: {
        resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
        codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'r***@e***', attributeName: 'email' },
      },
    });
    const code = (await pool.codes('rita')).at(-1)!;
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(
      auth.confirmResetPassword({ username: 'rita', confirmationCode: wrong, newPassword: 'N3w-Passw0rd!' }),
    ).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
    await auth.confirmResetPassword({ username: 'rita', confirmationCode: code, newPassword: 'N3w-Passw0rd!' });
    await expect(auth.signIn({ username: 'rita', password: 'Passw0rd!' })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
    });
    expect((await auth.signIn({ username: 'rita', password: 'N3w-Passw0rd!' })).nextStep.signInStep).toBe('DONE');
  });

  it.each([
    [{ username: '', confirmationCode: '1', newPassword: 'x' }, 'EmptyConfirmResetPasswordUsername'],
    [{ username: 'rita', confirmationCode: '1', newPassword: '' }, 'EmptyConfirmResetPasswordNewPassword'],
    [{ username: 'rita', confirmationCode: '', newPassword: 'x' }, 'EmptyConfirmResetPasswordConfirmationCode'],
  ])('refuses %j with %s before any request', async (input, code) => {
    const { auth, sent } = createPoolAuthClient(pool);
    await expect(auth.confirmResetPassword(input)).rejects.toMatchObject({ code });
    await expect(auth.resetPassword({ username: '' })).rejects.toMatchObject({ code: 'EmptyResetPasswordUsername' });
    expect(sent).toHaveLength(0);
  });
});
