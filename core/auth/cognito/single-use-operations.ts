import type { CognitoOperation } from './cognito-operations';

/**
 * Operations Cognito acts on at most once per request: each spends something — the challenge `Session` ("the
 * session key can be used only once", https://repost.aws/questions/QUXOn0iCq-TNavGxtuFc7DGA), a one-time or
 * confirmation code, a WebAuthn registration challenge, the old password — or makes a change a second call is
 * refused for (the user exists, is deleted, is signed out). A repeat after an answer that was lost on the way back
 * would fail, or burn the user's code, so the client re-sends these only when Cognito refused them unprocessed
 * (throttling), never after a network error, a time-out or a 5xx (docs/cognito-api.md §1.3).
 */
const SINGLE_USE: ReadonlySet<CognitoOperation> = new Set<CognitoOperation>([
  'RespondToAuthChallenge',
  'VerifySoftwareToken',
  'ConfirmSignUp',
  'ConfirmForgotPassword',
  'ChangePassword',
  'VerifyUserAttribute',
  'SignUp',
  'ConfirmDevice',
  'CompleteWebAuthnRegistration',
  'DeleteWebAuthnCredential',
  'DeleteUser',
  'GlobalSignOut',
]);

/** Whether a failed call of `operation` may have been acted on and must not be sent again (see {@link SINGLE_USE}). */
export function isSingleUseOperation(operation: CognitoOperation): boolean {
  return SINGLE_USE.has(operation);
}
