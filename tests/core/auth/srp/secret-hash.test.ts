import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretHash } from '../../../../core/auth/srp/secret-hash';

describe('secretHash', () => {
  it('is base64 HMAC-SHA256 keyed by the client secret over username then client id', async () => {
    const input = { username: 'alice@example.com', clientId: '1example23456789', clientSecret: 's3cr3t-ÿ' };
    const expected = createHmac('sha256', input.clientSecret)
      .update(input.username + input.clientId)
      .digest('base64');
    expect(await secretHash(input)).toBe(expected);
  });

  it('changes when the username changes', async () => {
    const base = { clientId: 'client', clientSecret: 'secret' };
    expect(await secretHash({ ...base, username: 'a' })).not.toBe(await secretHash({ ...base, username: 'b' }));
  });
});
