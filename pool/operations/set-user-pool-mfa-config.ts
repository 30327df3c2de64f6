import { CognitoError } from '../errors/cognito-error';
import { mfaConfigOutput } from './get-user-pool-mfa-config';
import type { Operation } from './operation-context';
import {
  readOptionalBoolean,
  readOptionalEnum,
  readOptionalObject,
  readOptionalString,
  readString,
} from './read-input';

/**
 * SetUserPoolMfaConfig. A present SmsMfaConfiguration / EmailMfaConfiguration turns that method on (unless it
 * says `Enabled: false`, a local extension); SoftwareTokenMfaConfiguration.Enabled switches TOTP; sections left
 * out stay as they were (assumed). ON/OPTIONAL with no method enabled is refused.
 */
export const setUserPoolMfaConfig: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const next = { ...pool.config };
  const sms = readOptionalObject(input, 'SmsMfaConfiguration');
  if (sms) {
    next.SmsMfaEnabled = readOptionalBoolean(sms, 'Enabled') ?? true;
    const message = readOptionalString(sms, 'SmsAuthenticationMessage');
    if (message) next.SmsAuthenticationMessage = message;
  }
  const totp = readOptionalObject(input, 'SoftwareTokenMfaConfiguration');
  if (totp) next.SoftwareTokenMfaEnabled = readOptionalBoolean(totp, 'Enabled') ?? false;
  const email = readOptionalObject(input, 'EmailMfaConfiguration');
  if (email) {
    next.EmailMfaEnabled = readOptionalBoolean(email, 'Enabled') ?? true;
    const message = readOptionalString(email, 'Message');
    const subject = readOptionalString(email, 'Subject');
    if (message) next.EmailMfaMessage = message;
    if (subject) next.EmailMfaSubject = subject;
  }
  const webAuthn = readOptionalObject(input, 'WebAuthnConfiguration');
  if (webAuthn) {
    const rpId = readOptionalString(webAuthn, 'RelyingPartyId');
    if (rpId) next.WebAuthnRelyingPartyID = rpId;
    const verification = readOptionalEnum(webAuthn, 'UserVerification', ['required', 'preferred']);
    if (verification) next.WebAuthnUserVerification = verification;
  }
  next.MfaConfiguration =
    readOptionalEnum(input, 'MfaConfiguration', ['OFF', 'ON', 'OPTIONAL']) ?? next.MfaConfiguration;
  const anyMethod = next.SmsMfaEnabled || next.SoftwareTokenMfaEnabled || next.EmailMfaEnabled;
  if (next.MfaConfiguration !== 'OFF' && !anyMethod) {
    throw new CognitoError(
      'InvalidParameterException',
      "Invalid MFA configuration given, can't turn off all MFAs and set MFA to be 'ON' or 'OPTIONAL'",
    );
  }
  ctx.store.mutate(() => {
    pool.config = next;
    pool.LastModifiedDate = ctx.clock.now();
  });
  return mfaConfigOutput(pool);
};
