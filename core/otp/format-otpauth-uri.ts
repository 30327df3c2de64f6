import type { OtpParams } from './otp-params';

/**
 * Writes an `otpauth://` URI that {@link parseOtpauthUri} and common authenticator apps read back: the label is
 * `issuer:account` (percent-encoded; an empty issuer prefix `:` when the account itself holds a colon, so it is not
 * read as an issuer), and every parameter is spelled out, defaults included.
 * @see https://github.com/google/google-authenticator/wiki/Key-Uri-Format
 */
export function formatOtpauthUri(params: OtpParams): string {
  const label = params.issuer
    ? `${encodeURIComponent(params.issuer)}:${encodeURIComponent(params.account)}`
    : `${params.account.includes(':') ? ':' : ''}${encodeURIComponent(params.account)}`;
  const query = [`secret=${params.secret}`];
  if (params.issuer) query.push(`issuer=${encodeURIComponent(params.issuer)}`);
  query.push(`algorithm=${params.algorithm}`, `digits=${params.digits}`);
  query.push(params.kind === 'totp' ? `period=${params.period}` : `counter=${params.counter}`);
  return `otpauth://${params.kind}/${label}?${query.join('&')}`;
}
