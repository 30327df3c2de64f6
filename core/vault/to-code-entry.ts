import { hotpCodes } from '../otp/hotp-codes';
import { totpCodes } from '../otp/totp-codes';
import type { CachedEntry } from './vault-internals';
import type { CodeEntry } from './vault-messages';

/**
 * Builds what the popup shows for one cached entry at `at`: metadata and codes, never the secret. Codes are
 * memoised per TOTP time step / HOTP counter, so listing 1,000 entries twice in one period computes them once.
 */
export function toCodeEntry(cached: CachedEntry, options: { at: number; origin?: string }): CodeEntry {
  const { entry } = cached;
  const totp = entry.kind === 'totp';
  const step = totp ? Math.floor(options.at / (entry.period * 1000)) : entry.counter;
  if (cached.memo?.step !== step) {
    if (totp && cached.memo?.step === step - 1) {
      // The period rolled over: the old "next" code is now current, only the new next one needs an HMAC.
      const nextCode = totpCodes({ ...entry, secret: cached.secret, at: (step + 1) * entry.period * 1000 }).code;
      cached.memo = { step, code: cached.memo.nextCode, nextCode };
    } else {
      const codes = totp
        ? totpCodes({ ...entry, secret: cached.secret, at: options.at })
        : hotpCodes({ ...entry, secret: cached.secret });
      cached.memo = { step, code: codes.code, nextCode: codes.nextCode };
    }
  }
  return {
    id: entry.id,
    kind: entry.kind,
    issuer: entry.issuer,
    account: entry.account,
    algorithm: entry.algorithm,
    digits: entry.digits,
    period: totp ? entry.period : null,
    counter: totp ? null : entry.counter,
    code: cached.memo.code,
    nextCode: cached.memo.nextCode,
    periodEndsAt: totp ? (step + 1) * entry.period * 1000 : null,
    boundToOrigin: options.origin !== undefined && entry.origins.includes(options.origin),
    origins: [...entry.origins],
    cognito: entry.cognito ? { ...entry.cognito } : null,
    createdAt: entry.createdAt,
  };
}
