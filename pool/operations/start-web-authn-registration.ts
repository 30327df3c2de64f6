import { CognitoError } from '../errors/cognito-error';
import { createRegistrationOptions } from '../webauthn/create-registration-options';
import { savePendingRegistration } from '../webauthn/pending-registration';
import { requireWebAuthnEnabled } from '../webauthn/require-webauthn-enabled';
import { webAuthnRelyingPartyId } from '../webauthn/webauthn-relying-party-id';
import type { Operation } from './operation-context';

/** Cognito's per-user passkey limit (docs/assumed-aws-behaviours.md, "WebAuthn"). */
export const maxPasskeysPerUser = 20;

/**
 * StartWebAuthnRegistration: AccessToken → `{CredentialCreationOptions}` (an object, not a string), and a pending
 * challenge bound to the user and the token's app client for CompleteWebAuthnRegistration.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StartWebAuthnRegistration.html
 */
export const startWebAuthnRegistration: Operation = (input, ctx) => {
  const { pool, user, claims } = ctx.tokens.verifyAccessToken(input.AccessToken);
  requireWebAuthnEnabled(pool);
  if (user.webAuthnCredentials.length >= maxPasskeysPerUser) {
    throw new CognitoError('LimitExceededException', 'The user has the maximum number of passkeys.');
  }
  const rpId = webAuthnRelyingPartyId(pool);
  const challenge = Buffer.from(ctx.random(32)).toString('base64url');
  const options = createRegistrationOptions({
    user,
    rpId,
    rpName: pool.Name,
    challenge,
    userVerification: pool.config.WebAuthnUserVerification ?? 'preferred',
  });
  ctx.store.mutate((state) =>
    savePendingRegistration(
      state,
      { pool, username: user.Username, now: ctx.clock.now() },
      { challenge, rpId, clientId: String(claims.client_id) },
    ),
  );
  return { CredentialCreationOptions: options };
};
