import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalInteger, readOptionalString } from './read-input';

/**
 * ListWebAuthnCredentials: AccessToken, MaxResults (1–20, default 20), NextToken →
 * `{Credentials[{CredentialId, FriendlyCredentialName, RelyingPartyId, AuthenticatorAttachment?,
 * AuthenticatorTransports, CreatedAt (epoch seconds)}], NextToken?}`, oldest first.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListWebAuthnCredentials.html
 */
export const listWebAuthnCredentials: Operation = (input, ctx) => {
  const { user } = ctx.tokens.verifyAccessToken(input.AccessToken);
  const pageSize = readOptionalInteger(input, 'MaxResults', { min: 1, max: 20 }) ?? 20;
  const offset = decodeNextToken(readOptionalString(input, 'NextToken'));
  const all = user.webAuthnCredentials;
  const page = all.slice(offset, offset + pageSize).map((credential) => ({
    CredentialId: credential.credentialId,
    FriendlyCredentialName: credential.friendlyName ?? 'Passkey',
    RelyingPartyId: credential.relyingPartyId,
    ...(credential.authenticatorAttachment ? { AuthenticatorAttachment: credential.authenticatorAttachment } : {}),
    AuthenticatorTransports: credential.transports ?? [],
    CreatedAt: credential.createdAt / 1000,
  }));
  const next = offset + pageSize;
  return next < all.length ? { Credentials: page, NextToken: encodeNextToken(next) } : { Credentials: page };
};

function encodeNextToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');
}

function decodeNextToken(token: string | undefined): number {
  if (token === undefined) return 0;
  try {
    const offset: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')).offset;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through to the error below
  }
  throw new CognitoError('InvalidParameterException', 'Invalid NextToken.');
}
