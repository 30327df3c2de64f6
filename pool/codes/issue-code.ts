import type { OperationContext } from '../operations/operation-context';
import { randomString } from '../state/random-string';
import type { CodePurpose, PoolUser } from '../state/types';

/** Code lifetimes. Sign-up and forgot-password codes last 24 h; sign-in OTPs 3 minutes (docs/assumed-aws-behaviours.md). */
const CODE_TTL_MS: Record<CodePurpose, number> = {
  SIGN_UP: 24 * 3600_000,
  FORGOT_PASSWORD: 3600_000,
  VERIFY_ATTRIBUTE: 24 * 3600_000,
  ADMIN_CREATE_USER: 24 * 3600_000,
  EMAIL_OTP: 3 * 60_000,
  SMS_OTP: 3 * 60_000,
  SMS_MFA: 3 * 60_000,
  EMAIL_MFA: 3 * 60_000,
  CUSTOM_CHALLENGE: 3 * 60_000,
};

/**
 * Creates a fresh 6-digit (8 for EMAIL_OTP first factor, as Cognito sends) one-time code for `purpose`,
 * replacing any previous one. The caller marks the store changed.
 */
export function issueCode(
  ctx: Pick<OperationContext, 'clock' | 'random'>,
  options: { user: PoolUser; purpose: CodePurpose; attribute?: string; ttlMs?: number; digits?: number },
): string {
  const code = randomString(ctx.random, { length: options.digits ?? 6, alphabet: 'digits' });
  options.user.codes[options.purpose] = {
    purpose: options.purpose,
    code,
    expiresAt: ctx.clock.now() + (options.ttlMs ?? CODE_TTL_MS[options.purpose]),
    ...(options.attribute ? { attribute: options.attribute } : {}),
    failures: 0,
  };
  return code;
}
