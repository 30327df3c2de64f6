import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/**
 * DeleteWebAuthnCredential: AccessToken + CredentialId → `{}`; an id the user does not have →
 * ResourceNotFoundException.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteWebAuthnCredential.html
 */
export const deleteWebAuthnCredential: Operation = (input, ctx) => {
  const { user } = ctx.tokens.verifyAccessToken(input.AccessToken);
  const credentialId = readString(input, 'CredentialId');
  const index = user.webAuthnCredentials.findIndex((credential) => credential.credentialId === credentialId);
  if (index < 0) throw new CognitoError('ResourceNotFoundException', 'Passkey credential not found.');
  ctx.store.mutate(() => {
    user.webAuthnCredentials.splice(index, 1);
    user.updatedAt = ctx.clock.now();
  });
  return {};
};
