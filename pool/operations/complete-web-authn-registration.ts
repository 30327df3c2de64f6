import { CognitoError } from '../errors/cognito-error';
import { dropPendingRegistration, findPendingRegistration } from '../webauthn/pending-registration';
import { requireWebAuthnEnabled } from '../webauthn/require-webauthn-enabled';
import { verifyPasskeyRegistration } from '../webauthn/verify-passkey-registration';
import type { Operation } from './operation-context';
import { maxPasskeysPerUser } from './start-web-authn-registration';

/** The name a passkey gets in ListWebAuthnCredentials (Cognito names them itself; docs/assumed-aws-behaviours.md). */
const defaultFriendlyName = 'Passkey';

/**
 * CompleteWebAuthnRegistration: AccessToken + Credential (RegistrationResponseJSON) → `{}`; stores the passkey.
 * The pending challenge is used up by any attempt; a token from another app client than Start's →
 * WebAuthnClientMismatchException; a passkey the user already has → InvalidParameterException.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CompleteWebAuthnRegistration.html
 */
export const completeWebAuthnRegistration: Operation = async (input, ctx) => {
  const { pool, user, claims } = ctx.tokens.verifyAccessToken(input.AccessToken);
  requireWebAuthnEnabled(pool);
  if (input.Credential === undefined || input.Credential === null) {
    throw new CognitoError(
      'InvalidParameterException',
      "1 validation error detected: Value null at 'credential' failed to satisfy constraint: Member must not be null",
    );
  }
  const target = { pool, username: user.Username, now: ctx.clock.now() };
  const pending = findPendingRegistration(ctx.store.state, target);
  if (!pending)
    throw new CognitoError('WebAuthnChallengeNotFoundException', 'The registration challenge was not found.');
  if (pending.clientId !== claims.client_id) {
    throw new CognitoError('WebAuthnClientMismatchException', 'The access token is for another app client.');
  }
  ctx.store.mutate((state) => dropPendingRegistration(state, target));
  const record = await verifyPasskeyRegistration({
    credential: input.Credential,
    expectedChallenge: pending.challenge,
    rpId: pending.rpId,
    userVerification: pool.config.WebAuthnUserVerification ?? 'preferred',
    now: target.now,
  });
  if (user.webAuthnCredentials.some((item) => item.credentialId === record.credentialId)) {
    throw new CognitoError('InvalidParameterException', 'This passkey is already registered.');
  }
  if (user.webAuthnCredentials.length >= maxPasskeysPerUser) {
    throw new CognitoError('LimitExceededException', 'The user has the maximum number of passkeys.');
  }
  ctx.store.mutate(() => {
    user.webAuthnCredentials.push({ ...record, friendlyName: defaultFriendlyName });
    user.updatedAt = target.now;
  });
  return {};
};
