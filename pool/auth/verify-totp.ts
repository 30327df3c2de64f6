import { constantTimeEqual } from './constant-time-equal';
import { hotpCode } from './hotp-code';

/** What checking a TOTP code found: the accepted time step, or why it was refused. */
export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'mismatch' | 'reused' };

/** RFC 6238 §4 defaults Cognito uses: 30-second steps, SHA-1, 6 digits. */
const stepMs = 30_000;

/**
 * Checks a 6-digit TOTP code (RFC 6238, SHA-1, 30 s) at `nowMs`, accepting one step either side for clock drift
 * (RFC 6238 §5.2 recommends at most one step back). A code whose step is not after `lastStep` — the last step this
 * user had accepted — is refused as reused (RFC 6238 §5.2: "the verifier MUST NOT accept the second attempt of the
 * same OTP"), which is how Cognito answers "Your software token has already been used once."
 */
export function verifyTotp(options: { secret: Uint8Array; code: string; nowMs: number; lastStep?: number }): TotpCheck {
  if (!/^\d{6}$/.test(options.code)) return { ok: false, reason: 'mismatch' };
  const current = Math.floor(options.nowMs / stepMs);
  for (const step of [current - 1, current, current + 1]) {
    if (!constantTimeEqual(hotpCode({ secret: options.secret, counter: step }), options.code)) continue;
    if (options.lastStep !== undefined && step <= options.lastStep) return { ok: false, reason: 'reused' };
    return { ok: true, step };
  }
  return { ok: false, reason: 'mismatch' };
}
