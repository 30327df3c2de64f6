import type { UserPool } from '../state/types';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** The pool's MFA settings as GetUserPoolMfaConfig/SetUserPoolMfaConfig answer them. */
export function mfaConfigOutput(pool: UserPool): Record<string, unknown> {
  const { config } = pool;
  return {
    ...(config.SmsMfaEnabled
      ? {
          SmsMfaConfiguration: {
            ...(config.SmsAuthenticationMessage ? { SmsAuthenticationMessage: config.SmsAuthenticationMessage } : {}),
            SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::000000000000:role/sidekey-local-sms' },
          },
        }
      : {}),
    SoftwareTokenMfaConfiguration: { Enabled: config.SoftwareTokenMfaEnabled },
    ...(config.EmailMfaEnabled
      ? {
          EmailMfaConfiguration: {
            ...(config.EmailMfaMessage ? { Message: config.EmailMfaMessage } : {}),
            ...(config.EmailMfaSubject ? { Subject: config.EmailMfaSubject } : {}),
          },
        }
      : {}),
    MfaConfiguration: config.MfaConfiguration,
    WebAuthnConfiguration: {
      ...(config.WebAuthnRelyingPartyID ? { RelyingPartyId: config.WebAuthnRelyingPartyID } : {}),
      UserVerification: config.WebAuthnUserVerification ?? 'preferred',
    },
  };
}

/** GetUserPoolMfaConfig. */
export const getUserPoolMfaConfig: Operation = (input, ctx) => {
  return mfaConfigOutput(ctx.store.getPool(readString(input, 'UserPoolId')));
};
