import { createHmac, timingSafeEqual } from 'node:crypto';
import { CognitoError } from '../errors/cognito-error';
import type { AppClient } from '../state/types';

/** base64(HMAC-SHA256(key = client secret, message = username ‖ clientId)). */
export function computeSecretHash(options: { clientSecret: string; clientId: string; username: string }): string {
  return createHmac('sha256', options.clientSecret)
    .update(options.username + options.clientId)
    .digest('base64');
}

/**
 * For clients with a secret, requires `secretHash` to match `username`
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash).
 * Missing → NotAuthorizedException "Client <id> is configured with secret but SECRET_HASH was not received";
 * wrong → "Unable to verify secret hash for client <id>". Clients without a secret ignore it.
 */
export function checkSecretHash(
  client: AppClient,
  options: { username: string; secretHash: string | undefined },
): void {
  if (!client.ClientSecret) return;
  if (options.secretHash === undefined || options.secretHash === '') {
    throw new CognitoError(
      'NotAuthorizedException',
      `Client ${client.ClientId} is configured with secret but SECRET_HASH was not received`,
    );
  }
  const expected = Buffer.from(
    computeSecretHash({ clientSecret: client.ClientSecret, clientId: client.ClientId, username: options.username }),
  );
  const given = Buffer.from(options.secretHash);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new CognitoError('NotAuthorizedException', `Unable to verify secret hash for client ${client.ClientId}`);
  }
}
