import type { OtpParams } from '../otp/otp-params';

/** Two entries are the same credential when secret, issuer and account match (names compared case-blind). */
export function duplicateKey(params: Pick<OtpParams, 'secret' | 'issuer' | 'account'>): string {
  return JSON.stringify([params.secret, params.issuer.toLowerCase(), params.account.toLowerCase()]);
}
