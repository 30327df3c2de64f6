import type { AuthContext } from './auth-context';
import { AuthError } from './auth-error';
import { requireAccessToken } from './auth-session';

/** Amplify's `updatePassword`: ChangePassword for the signed-in user. */
export async function updatePassword(
  context: AuthContext,
  input: { oldPassword: string; newPassword: string },
): Promise<void> {
  if (!input.newPassword)
    throw new AuthError({
      code: 'EmptyUpdatePassword',
      message: 'oldPassword and newPassword are required to changePassword',
    });
  await context.call('ChangePassword', {
    AccessToken: await requireAccessToken(context),
    PreviousPassword: input.oldPassword,
    ProposedPassword: input.newPassword,
  });
}
