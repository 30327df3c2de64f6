import { CognitoError } from '../errors/cognito-error';
import { type CredentialRequestOptionsJson, createRequestOptions } from '../webauthn/create-request-options';
import { verifyPasskeyAssertion } from '../webauthn/verify-passkey-assertion';
import { webAuthnRelyingPartyId } from '../webauthn/webauthn-relying-party-id';
import type { Ctx, FlowState, SignInTarget } from './sign-in-types';

/*
 * The seam between the sign-in flows and passkeys (owner of the WebAuthn side: pool-webauthn, pool/webauthn/).
 * The flows issue the WEB_AUTHN challenge with `CREDENTIAL_REQUEST_OPTIONS` — a JSON *string* of
 * PublicKeyCredentialRequestOptionsJSON (docs/cognito-api.md §7.1) — and keep its `challenge` in the Session
 * (`FlowState.webAuthnChallenge`). The answer's `CREDENTIAL` (a JSON string, in RespondToAuthChallenge WEB_AUTHN or
 * directly in SELECT_CHALLENGE) comes back here with that challenge.
 */

/** Options for a WEB_AUTHN challenge: a fresh 32-byte base64url challenge and the user's passkeys on the RP id. */
export function startWebAuthnChallenge(ctx: Ctx, target: SignInTarget): CredentialRequestOptionsJson {
  return createRequestOptions({
    user: target.user,
    rpId: webAuthnRelyingPartyId(target.pool),
    challenge: Buffer.from(ctx.random(32)).toString('base64url'),
    userVerification: target.pool.config.WebAuthnUserVerification ?? 'preferred',
  });
}

/** Verifies a passkey assertion (`CREDENTIAL`) against the challenge kept in `flow`; throws on refusal. */
export async function verifyWebAuthnAnswer(
  ctx: Ctx,
  target: SignInTarget,
  options: { credential: string; flow: FlowState },
): Promise<void> {
  const expectedChallenge = options.flow.webAuthnChallenge;
  if (!expectedChallenge) {
    throw new CognitoError('NotAuthorizedException', 'No passkey challenge was issued for this session.');
  }
  let credential: unknown;
  try {
    credential = JSON.parse(options.credential);
  } catch {
    throw new CognitoError('InvalidParameterException', 'CREDENTIAL must be a JSON string.');
  }
  await verifyPasskeyAssertion({
    credential,
    user: target.user,
    expectedChallenge,
    rpId: webAuthnRelyingPartyId(target.pool),
    userVerification: target.pool.config.WebAuthnUserVerification ?? 'preferred',
    now: ctx.clock.now(),
  });
  ctx.store.changed();
}
