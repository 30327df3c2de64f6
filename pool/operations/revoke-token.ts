import { checkClientSecret } from '../auth/check-client-secret';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalString, readString } from './read-input';

/**
 * RevokeToken (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html):
 * revokes a refresh token and every access/ID token minted from it (same `origin_jti`). Only refresh tokens can
 * be revoked (`UnsupportedTokenTypeException` for a JWT); the client must have token revocation enabled. Revoking
 * an unknown or already revoked token succeeds, as RFC 7009 §2.2 asks.
 */
export const revokeToken: Operation = (input, ctx) => {
  const token = readString(input, 'Token', { maxLength: 8192 });
  const clientId = readString(input, 'ClientId', { maxLength: 128 });
  const clientSecret = readOptionalString(input, 'ClientSecret', { maxLength: 256 });
  const { pool, client } = ctx.store.findClient(clientId);
  checkClientSecret(client, clientSecret);
  if (!client.EnableTokenRevocation) {
    throw new CognitoError('UnsupportedOperationException', 'Token revocation is not enabled for this app client.');
  }
  if (token.split('.').length === 3) throw new CognitoError('UnsupportedTokenTypeException', 'Unsupported token type.');
  const record = Object.hasOwn(pool.refreshTokens, token) ? pool.refreshTokens[token] : undefined;
  if (!record) return {};
  if (record.clientId !== clientId) throw new CognitoError('NotAuthorizedException', 'Invalid token');
  const user = Object.hasOwn(pool.users, record.username) ? pool.users[record.username] : undefined;
  if (user && !user.revokedOriginJtis.includes(record.originJti)) user.revokedOriginJtis.push(record.originJti);
  for (const [key, other] of Object.entries(pool.refreshTokens)) {
    if (other.originJti === record.originJti) delete pool.refreshTokens[key];
  }
  ctx.store.changed();
  return {};
};
