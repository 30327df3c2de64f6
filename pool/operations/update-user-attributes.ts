import { applyAttributeUpdate } from '../state/apply-attribute-update';
import { readUserAttributes } from '../state/read-user-attributes';
import type { Operation } from './operation-context';
import { readOptionalAttributeList, readString } from './read-input';

/**
 * UpdateUserAttributes with an access token. Users cannot set `*_verified`; a changed email/phone becomes
 * unverified and, if auto-verified, gets a code (CodeDeliveryDetailsList).
 */
export const updateUserAttributes: Operation = (input, ctx) => {
  const { pool, user, claims } = ctx.tokens.verifyAccessToken(input.AccessToken);
  const clientId = typeof claims.client_id === 'string' ? claims.client_id : '';
  const client = Object.hasOwn(pool.clients, clientId) ? pool.clients[clientId] : undefined;
  const pairs = readOptionalAttributeList(input, 'UserAttributes');
  if (!pairs) readString(input, 'UserAttributes');
  const attributes = readUserAttributes(pool, pairs ?? [], {
    writer: 'user',
    creating: false,
    ...(client?.WriteAttributes ? { writableByClient: client.WriteAttributes } : {}),
  });
  const deliveries = ctx.store.mutate(() => applyAttributeUpdate(ctx, { pool, user, attributes, writer: 'user' }));
  return { CodeDeliveryDetailsList: deliveries };
};
