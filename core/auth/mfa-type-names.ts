import type { AuthMFAType } from './sign-in-types';

/** Cognito's MFA challenge names and the short names Amplify shows for them (docs/cognito-api.md §2.8). */
export const MFA_CHALLENGE_BY_TYPE: Record<AuthMFAType, string> = {
  SMS: 'SMS_MFA',
  TOTP: 'SOFTWARE_TOKEN_MFA',
  EMAIL: 'EMAIL_OTP',
};

const TYPE_BY_CHALLENGE: Record<string, AuthMFAType> = {
  SMS_MFA: 'SMS',
  SOFTWARE_TOKEN_MFA: 'TOTP',
  EMAIL_OTP: 'EMAIL',
};

/** Maps Cognito MFA names to Amplify's (`SMS_MFA` → `SMS`, …), dropping unknown ones. */
export function toAuthMfaTypes(names: readonly string[]): AuthMFAType[] {
  return names.flatMap((name) => {
    const type = TYPE_BY_CHALLENGE[name];
    return type ? [type] : [];
  });
}

/** Parses a JSON list parameter such as `MFAS_CAN_CHOOSE` (`'["SMS_MFA","SOFTWARE_TOKEN_MFA"]'`); bad JSON → []. */
export function parseNameList(json: string | undefined): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
