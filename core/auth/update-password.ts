import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import { requireAccessToken } from './get-current-user';

/** Amplify's `updatePassword`: ChangePassword for the signed-in user. */
export async function updatePassword(
  context: AuthContext,
  input: { oldPassword: string; newPassword: string },
): Promise<void> {
  if (!input.newPassword)
    throw new SidekeyError({
      code: 'EmptyUpdatePassword',
      message: 'oldPassword and newPassword are required to changePassword',
    });
  await context.call('ChangePassword', {
    AccessToken: await requireAccessToken(context),
    PreviousPassword: input.oldPassword,
    ProposedPassword: input.newPassword,
  });
}

/** Amplify's `fetchUserAttributes`: GetUser's attributes as a name → value record. */
export async function fetchUserAttributes(context: AuthContext): Promise<Record<string, string>> {
  const out = await context.call('GetUser', {
    AccessToken: await requireAccessToken(context),
  });
  return Object.fromEntries((out.UserAttributes ?? []).map(({ Name, Value }) => [Name, Value ?? '']));
}
