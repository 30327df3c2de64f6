import { HOTP, Secret } from 'otpauth';
import type { OtpParams } from './otp-params';

/**
 * The HOTP code for `counter` and the one after it (what the next advance will show).
 * @see https://www.rfc-editor.org/rfc/rfc4226#section-5.3
 */
export function hotpCodes(params: Pick<OtpParams, 'algorithm' | 'digits' | 'counter'> & { secret: string | Secret }): {
  code: string;
  nextCode: string;
} {
  const secret = typeof params.secret === 'string' ? Secret.fromBase32(params.secret) : params.secret;
  const { algorithm, digits, counter } = params;
  return {
    code: HOTP.generate({ secret, algorithm, digits, counter }),
    nextCode: HOTP.generate({ secret, algorithm, digits, counter: counter + 1 }),
  };
}
