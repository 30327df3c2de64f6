import type { AuthContext } from './auth-context';
import { secretHash } from './srp/secret-hash';

/**
 * Adds `SECRET_HASH` for `username` when the app client has a secret (AWS docs, "Computing secret hash values");
 * Cognito wants it in AuthParameters and in every ChallengeResponses (docs/cognito-api.md §3.8).
 */
export async function addSecretHash(
  context: AuthContext,
  parameters: Record<string, string>,
  username: string | undefined,
): Promise<Record<string, string>> {
  if (!context.clientSecret || username === undefined) return parameters;
  const hash = await secretHash({ username, clientId: context.clientId, clientSecret: context.clientSecret });
  return { ...parameters, SECRET_HASH: hash };
}

/** The top-level `SecretHash` of SignUp, ConfirmSignUp, ForgotPassword, ConfirmForgotPassword and ResendConfirmationCode. */
export async function secretHashField(context: AuthContext, username: string): Promise<{ SecretHash?: string }> {
  if (!context.clientSecret) return {};
  return { SecretHash: await secretHash({ username, clientId: context.clientId, clientSecret: context.clientSecret }) };
}
