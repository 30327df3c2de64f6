import { describe, expect, it } from 'vitest';
import { validateOtpParams } from '../../../core/otp/validate-otp-params';

describe('validateOtpParams', () => {
  it('fills in the Key Uri Format defaults and canonicalises the secret', () => {
    expect(validateOtpParams({ kind: 'totp', secret: 'jbsw y3dp ehpk 3pxp', issuer: ' ACME ', account: 'jo' })).toEqual(
      {
        kind: 'totp',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
        issuer: 'ACME',
        account: 'jo',
      },
    );
  });

  it('accepts raw secret bytes and keeps the counter only for HOTP', () => {
    const bytes = new TextEncoder().encode('12345678901234567890');
    expect(validateOtpParams({ kind: 'hotp', secret: bytes, counter: 9 })).toMatchObject({ counter: 9 });
    expect(validateOtpParams({ kind: 'totp', secret: bytes, counter: 9 })).toMatchObject({ counter: 0 });
  });

  it('names the bad field in its error code', () => {
    const base = { kind: 'totp', secret: 'JBSWY3DPEHPK3PXP' };
    const cases: Array<[object, string]> = [
      [{ ...base, kind: 'steam' }, 'OtpUriBadType'],
      [{ ...base, secret: undefined }, 'OtpUriMissingSecret'],
      [{ ...base, secret: 42 }, 'OtpUriBadSecret'],
      [{ ...base, algorithm: 'MD5' }, 'OtpUriBadAlgorithm'],
      [{ ...base, digits: 11 }, 'OtpUriBadDigits'],
      [{ ...base, period: 0 }, 'OtpUriBadPeriod'],
      [{ ...base, kind: 'hotp', counter: -1 }, 'OtpUriBadCounter'],
      [{ ...base, issuer: 'a\u0007b' }, 'OtpUriBadLabel'],
      [{ ...base, account: 7 }, 'OtpUriBadLabel'],
    ];
    for (const [draft, code] of cases) {
      expect(() => validateOtpParams(draft as never), code).toThrow(expect.objectContaining({ code }));
    }
  });
});
