import type { PoolUser } from '../../../pool/state/types';

/** A confirmed user record with no passkeys, for the pure WebAuthn tests. */
export function makeUser(username = 'alice'): PoolUser {
  return {
    Username: username,
    sub: '2f9c0d7e-1111-4222-8333-944455556666',
    status: 'CONFIRMED',
    enabled: true,
    attributes: { sub: '2f9c0d7e-1111-4222-8333-944455556666', email: `${username}@example.com` },
    mfa: { smsEnabled: false, totpEnabled: false, emailEnabled: false },
    devices: {},
    webAuthnCredentials: [],
    codes: {},
    revokedOriginJtis: [],
    failedSignIns: { count: 0 },
    createdAt: 0,
    updatedAt: 0,
  };
}
