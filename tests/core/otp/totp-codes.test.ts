import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../../core/otp/encode-base32';
import { totpCodes } from '../../../core/otp/totp-codes';

// RFC 6238 Appendix B: the seed is the ASCII string repeated to the hash's output length.
const seeds = {
  SHA1: '12345678901234567890',
  SHA256: '12345678901234567890123456789012',
  SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
} as const;
const vectors: Array<[number, string, string, string]> = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];
const secretOf = (algorithm: keyof typeof seeds) => encodeBase32(new TextEncoder().encode(seeds[algorithm]));

describe('totpCodes', () => {
  for (const [seconds, sha1, sha256, sha512] of vectors) {
    for (const [algorithm, expected] of [
      ['SHA1', sha1],
      ['SHA256', sha256],
      ['SHA512', sha512],
    ] as const) {
      it(`gives the RFC 6238 Appendix B code ${expected} for ${algorithm} at T=${seconds}`, () => {
        const codes = totpCodes({ secret: secretOf(algorithm), algorithm, digits: 8, period: 30, at: seconds * 1000 });
        expect(codes.code).toBe(expected);
      });
    }
  }

  it('gives the next period’s code and when the current one ends', () => {
    const at = 1111111109 * 1000;
    const codes = totpCodes({ secret: secretOf('SHA1'), algorithm: 'SHA1', digits: 8, period: 30, at });
    expect(codes.periodEndsAt).toBe(1111111110 * 1000);
    expect(codes.secondsRemaining).toBe(1);
    // T=1111111111 lies in the period right after 1111111109's.
    expect(codes.nextCode).toBe('14050471');
  });

  it('counts a period boundary as the start of the new period', () => {
    const codes = totpCodes({ secret: secretOf('SHA1'), algorithm: 'SHA1', digits: 6, period: 30, at: 60_000 });
    expect(codes.periodEndsAt).toBe(90_000);
    expect(codes.secondsRemaining).toBe(30);
  });

  it('honours a longer period and fewer digits', () => {
    const at = 59_000;
    const short = totpCodes({ secret: secretOf('SHA1'), algorithm: 'SHA1', digits: 6, period: 30, at });
    const long = totpCodes({ secret: secretOf('SHA1'), algorithm: 'SHA1', digits: 6, period: 60, at });
    expect(short.code).toBe('287082'); // counter 1 → RFC 4226 count 1 truncated to 6 digits
    expect(long.code).toBe('755224'); // counter 0
    expect(long.periodEndsAt).toBe(60_000);
  });
});
