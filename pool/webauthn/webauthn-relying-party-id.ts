import type { UserPool } from '../state/types';

/**
 * The relying party id passkeys of `pool` are bound to: `WebAuthnConfiguration.RelyingPartyId`
 * (`config.WebAuthnRelyingPartyID`) when set, otherwise the pool's hosted domain. The local pool's hosted UI
 * is served from `localhost`, so that is the default here.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnConfigurationType.html
 */
export function webAuthnRelyingPartyId(pool: UserPool): string {
  return pool.config.WebAuthnRelyingPartyID ?? 'localhost';
}
