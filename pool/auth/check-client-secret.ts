import { CognitoError } from '../errors/cognito-error';
import type { AppClient } from '../state/types';
import { constantTimeEqual } from './constant-time-equal';

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
  if (!constantTimeEqual(client.ClientSecret, given ?? '')) {
    throw new CognitoError('NotAuthorizedException', `Unable to verify secret for client ${client.ClientId}`);
  }
}
