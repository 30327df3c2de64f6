import type { AuthContext } from './auth-context';
import { AuthError } from './auth-error';
import { requireAccessToken } from './auth-session';

/** Amplify's `AuthWebAuthnCredential`. */
type AuthWebAuthnCredential = {
  credentialId?: string;
  friendlyCredentialName?: string;
  relyingPartyId?: string;
  authenticatorAttachment?: string;
  authenticatorTransports?: string[];
  createdAt?: Date;
};

/**
 * Amplify's `associateWebAuthnCredential` (docs/cognito-api.md §7.2): StartWebAuthnRegistration, the ceremony through
 * the passkey port, then CompleteWebAuthnRegistration with the credential object.
 */
export async function associateWebAuthnCredential(context: AuthContext): Promise<void> {
  if (!context.passkeys)
    throw new AuthError({
      code: 'PasskeyNotSupported',
      message: 'Passkeys are not supported here: no passkey port was configured.',
    });
  const accessToken = await requireAccessToken(context);
  const out = await context.call('StartWebAuthnRegistration', {
    AccessToken: accessToken,
  });
  const options = out.CredentialCreationOptions;
  if (!options?.challenge || !options.user || !options.rp || !options.pubKeyCredParams)
    throw new AuthError({
      code: 'InvalidPasskeyRegistrationOptions',
      message: 'Invalid passkey registration options.',
    });
  const credential = await context.passkeys.create(options);
  await context.call('CompleteWebAuthnRegistration', { AccessToken: accessToken, Credential: credential });
}

/** Amplify's `listWebAuthnCredentials`: one page of the user's passkeys. */
export async function listWebAuthnCredentials(
  context: AuthContext,
  input: { pageSize?: number; nextToken?: string } = {},
): Promise<{ credentials: AuthWebAuthnCredential[]; nextToken?: string }> {
  const out = await context.call('ListWebAuthnCredentials', {
    AccessToken: await requireAccessToken(context),
    MaxResults: input.pageSize,
    NextToken: input.nextToken,
  });
  const credentials = (out.Credentials ?? []).map((item) => ({
    credentialId: item.CredentialId,
    friendlyCredentialName: item.FriendlyCredentialName,
    relyingPartyId: item.RelyingPartyId,
    authenticatorAttachment: item.AuthenticatorAttachment,
    authenticatorTransports: item.AuthenticatorTransports,
    createdAt: item.CreatedAt === undefined ? undefined : new Date(item.CreatedAt * 1000),
  }));
  return { credentials, nextToken: out.NextToken };
}

/** Amplify's `deleteWebAuthnCredential`. */
export async function deleteWebAuthnCredential(context: AuthContext, input: { credentialId: string }): Promise<void> {
  await context.call('DeleteWebAuthnCredential', {
    AccessToken: await requireAccessToken(context),
    CredentialId: input.credentialId,
  });
}
