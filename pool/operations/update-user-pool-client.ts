import { readClientSettings } from '../state/read-client-settings';
import { describeClientOutput } from './describe-client-output';
import type { Operation } from './operation-context';
import { readOptionalString, readString } from './read-input';

/**
 * UpdateUserPoolClient. Settings left out go back to their defaults, as the API reference warns; the name,
 * id and secret stay.
 */
export const updateUserPoolClient: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const client = ctx.store.getClient(pool, readString(input, 'ClientId'));
  const settings = readClientSettings(input);
  const name = readOptionalString(input, 'ClientName', { maxLength: 128 });
  ctx.store.mutate(() => {
    Object.assign(client, settings, { ClientName: name ?? client.ClientName, LastModifiedDate: ctx.clock.now() });
    for (const key of ['ReadAttributes', 'WriteAttributes', 'DefaultRedirectURI'] as const) {
      if (!(key in settings)) delete client[key];
    }
  });
  return { UserPoolClient: describeClientOutput(client) };
};
