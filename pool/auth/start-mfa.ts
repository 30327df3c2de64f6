import { CognitoError } from '../errors/cognito-error';
import type { MfaKind } from '../state/types';
import { issueChallenge } from './issue-challenge';
import { poolMfaKinds, userMfaKinds } from './mfa-kinds';
import { sendSignInCode } from './send-sign-in-code';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';

/**
 * The MFA step after a password, per the pool's MfaConfiguration and the user's settings
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html): none when OFF, or when
 * OPTIONAL and the user has none; MFA_SETUP (`MFAS_CAN_SETUP`) when ON and the user has none; the preferred or only
 * kind; otherwise SELECT_MFA_TYPE (`MFAS_CAN_CHOOSE`). Returns undefined when no MFA is due.
 */
export function startMfa(ctx: Ctx, target: SignInTarget, flow: FlowState): AuthResponse | undefined {
  const { pool, user } = target;
  if (pool.config.MfaConfiguration === 'OFF') return undefined;
  const kinds = userMfaKinds(pool, user);
  const base = { ...target, username: user.Username };
  if (kinds.length === 0) {
    if (pool.config.MfaConfiguration !== 'ON') return undefined;
    const canSetUp = poolMfaKinds(pool).filter((kind) => kind !== 'SMS_MFA');
    if (canSetUp.length === 0) {
      throw new CognitoError('InvalidUserPoolConfigurationException', 'No MFA type can be set up for this user.');
    }
    return issueChallenge(ctx, base, {
      challengeName: 'MFA_SETUP',
      flow,
      parameters: { MFAS_CAN_SETUP: JSON.stringify(canSetUp), USER_ID_FOR_SRP: user.Username },
    });
  }
  const preferred = user.mfa.preferred && kinds.includes(user.mfa.preferred) ? user.mfa.preferred : undefined;
  const chosen = preferred ?? (kinds.length === 1 ? kinds[0] : undefined);
  if (chosen) return issueMfaChallenge(ctx, target, { flow, kind: chosen });
  return issueChallenge(ctx, base, {
    challengeName: 'SELECT_MFA_TYPE',
    flow,
    parameters: { MFAS_CAN_CHOOSE: JSON.stringify(kinds), USER_ID_FOR_SRP: user.Username },
  });
}

/** Issues the challenge for one MFA kind, sending the code first for SMS and email. */
export function issueMfaChallenge(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; kind: MfaKind; emailTo?: string },
): AuthResponse {
  const { user } = target;
  const base = { ...target, username: user.Username };
  const idParameters = { USER_ID_FOR_SRP: user.Username };
  if (options.kind === 'SOFTWARE_TOKEN_MFA') {
    return issueChallenge(ctx, base, {
      challengeName: 'SOFTWARE_TOKEN_MFA',
      flow: { ...options.flow, mfaKind: 'SOFTWARE_TOKEN_MFA' },
      parameters: idParameters,
    });
  }
  const sms = options.kind === 'SMS_MFA';
  const delivery = sendSignInCode(ctx, target, {
    purpose: sms ? 'SMS_MFA' : 'EMAIL_MFA',
    channel: sms ? 'SMS' : 'EMAIL',
    destination: (sms ? user.attributes.phone_number : (options.emailTo ?? user.attributes.email)) ?? '',
  });
  return issueChallenge(ctx, base, {
    challengeName: sms ? 'SMS_MFA' : 'EMAIL_OTP',
    flow: { ...options.flow, mfaKind: options.kind, codePurpose: sms ? 'SMS_MFA' : 'EMAIL_MFA' },
    parameters: { ...delivery, ...idParameters },
  });
}
