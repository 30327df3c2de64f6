import { CognitoError } from '../errors/cognito-error';
import type { UserPool } from '../state/types';

/** Whether passkeys are switched on for `pool`: WEB_AUTHN is an allowed first factor and the tier is not Lite. */
export function isWebAuthnEnabled(pool: UserPool): boolean {
  const factors = pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors;
  return factors.includes('WEB_AUTHN') && pool.config.UserPoolTier !== 'LITE';
}

/**
 * Throws `WebAuthnNotEnabledException` ("the passkey feature isn't enabled for the user pool") unless
 * {@link isWebAuthnEnabled}. Passkey sign-in needs the Essentials tier and WEB_AUTHN among the pool's
 * `AllowedFirstAuthFactors` (see docs/assumed-aws-behaviours.md, "WebAuthn").
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html#amazon-cognito-user-pools-authentication-flow-methods-passkey
 */
export function requireWebAuthnEnabled(pool: UserPool): void {
  if (!isWebAuthnEnabled(pool)) {
    throw new CognitoError('WebAuthnNotEnabledException', 'Passkeys are not enabled for this user pool.');
  }
}
