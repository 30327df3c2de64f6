import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSecretHash, computeSecretHash } from '../../../pool/auth-support/check-secret-hash';
import type { AppClient } from '../../../pool/state/types';

const client = { ClientId: 'client123', ClientSecret: 'shh' } as AppClient;

describe('checkSecretHash', () => {
  it('computes base64(HMAC-SHA256(secret, username + clientId))', () => {
    const expected = createHmac('sha256', 'shh').update('aliceclient123').digest('base64');
    expect(computeSecretHash({ clientSecret: 'shh', clientId: 'client123', username: 'alice' })).toBe(expected);
  });

  it('accepts the right hash and refuses a missing or wrong one with Cognito’s messages', () => {
    const right = computeSecretHash({ clientSecret: 'shh', clientId: 'client123', username: 'alice' });
    expect(() => checkSecretHash(client, { username: 'alice', secretHash: right })).not.toThrow();
    expect(() => checkSecretHash(client, { username: 'alice', secretHash: undefined })).toThrow(
      'Client client123 is configured with secret but SECRET_HASH was not received',
    );
    expect(() => checkSecretHash(client, { username: 'bob', secretHash: right })).toThrow(
      'Unable to verify secret hash for client client123',
    );
  });

  it('ignores the hash for a client without a secret', () => {
    expect(() =>
      checkSecretHash({ ClientId: 'public' } as AppClient, { username: 'a', secretHash: undefined }),
    ).not.toThrow();
  });
});
