import { timingSafeEqual } from 'node:crypto';
import { CognitoError } from '../errors/cognito-error';
import type { AppClient } from '../state/types';

/**
 * For operations that take the client secret itself (RevokeToken, GetTokensFromRefreshToken): a client with a
 * secret must send it; a client without one must not.
 */
export function checkClientSecret(client: AppClient, given: string | undefined): void {
  if (!client.ClientSecret) {
    if (given !== undefined)
      throw new CognitoError('NotAuthorizedException', `Client ${client.ClientId} has no secret.`);
    return;
  }
  const expected = Buffer.from(client.ClientSecret);
  const actual = Buffer.from(given ?? '');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw new CognitoError('NotAuthorizedException', `Unable to verify secret for client ${client.ClientId}`);
  }
}
