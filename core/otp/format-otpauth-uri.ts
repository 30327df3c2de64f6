import type { OtpParams } from './otp-params';

/**
 * Writes an `otpauth://` URI that {@link parseOtpauthUri} and common authenticator apps read back: the label is
 * `issuer:account` (percent-encoded), and every parameter is spelled out, defaults included.
 * @see https://github.com/google/google-authenticator/wiki/Key-Uri-Format
 */
export function formatOtpauthUri(params: OtpParams): string {
  const label = params.issuer
    ? `${encodeURIComponent(params.issuer)}:${encodeURIComponent(params.account)}`
    : encodeURIComponent(params.account);
  const query = [`secret=${params.secret}`];
  if (params.issuer) query.push(`issuer=${encodeURIComponent(params.issuer)}`);
  query.push(`algorithm=${params.algorithm}`, `digits=${params.digits}`);
  query.push(params.kind === 'totp' ? `period=${params.period}` : `counter=${params.counter}`);
  return `otpauth://${params.kind}/${label}?${query.join('&')}`;
}
