import { Secret, TOTP } from 'otpauth';
import type { OtpParams } from './otp-params';

export interface TotpCodes {
  code: string;
  nextCode: string;
  /** Epoch milliseconds when `code` stops being current. */
  periodEndsAt: number;
  /** Whole seconds left of the current period (1…period). */
  secondsRemaining: number;
}

/**
 * The TOTP code at `at` (epoch ms), the next period's code and when the current one ends. Pure: time comes in.
 * `secret` may be a prepared otpauth `Secret` so that callers with many entries decode base32 once.
 * @see https://www.rfc-editor.org/rfc/rfc6238#section-4
 */
export function totpCodes(
  params: Pick<OtpParams, 'algorithm' | 'digits' | 'period'> & { secret: string | Secret; at: number },
): TotpCodes {
  const secret = typeof params.secret === 'string' ? Secret.fromBase32(params.secret) : params.secret;
  const { algorithm, digits, period, at } = params;
  const step = period * 1000;
  const periodEndsAt = (Math.floor(at / step) + 1) * step;
  return {
    code: TOTP.generate({ secret, algorithm, digits, period, timestamp: at }),
    nextCode: TOTP.generate({ secret, algorithm, digits, period, timestamp: periodEndsAt }),
    periodEndsAt,
    secondsRemaining: Math.ceil((periodEndsAt - at) / 1000),
  };
}
