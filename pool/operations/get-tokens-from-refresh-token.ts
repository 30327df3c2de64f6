import { checkClientSecret } from '../auth/check-client-secret';
import { refreshSessionTokens } from '../auth/refresh-session-tokens';
import type { Operation } from './operation-context';
import { readOptionalString, readString } from './read-input';

/**
 * GetTokensFromRefreshToken
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html):
 * new ID and access tokens; a new RefreshToken only when the client's RefreshTokenRotation is ENABLED.
 */
export const getTokensFromRefreshToken: Operation = (input, ctx) => {
  const refreshToken = readString(input, 'RefreshToken', { maxLength: 8192 });
  const clientId = readString(input, 'ClientId', { maxLength: 128 });
  const clientSecret = readOptionalString(input, 'ClientSecret', { maxLength: 256 });
  const { pool, client } = ctx.store.findClient(clientId);
  checkClientSecret(client, clientSecret);
  const rotate = client.RefreshTokenRotation.Feature === 'ENABLED';
  return { AuthenticationResult: refreshSessionTokens(ctx, { pool, client, refreshToken, rotate }) };
};
