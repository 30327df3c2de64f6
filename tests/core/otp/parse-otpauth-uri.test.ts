import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '../../../core/otp/parse-otpauth-uri';

const SECRET = 'JBSWY3DPEHPK3PXP';

describe('parseOtpauthUri', () => {
  it('reads the Key Uri Format example with its defaults', () => {
    expect(parseOtpauthUri(`otpauth://totp/Example:alice@google.com?secret=${SECRET}&issuer=Example`)).toEqual({
      kind: 'totp',
      secret: SECRET,
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
      issuer: 'Example',
      account: 'alice@google.com',
    });
  });

  it('reads every parameter of a TOTP and an HOTP URI', () => {
    const totp = parseOtpauthUri(
      `otpauth://totp/ACME%20Co:john.doe%40email.com?secret=${SECRET}&issuer=ACME%20Co&algorithm=SHA512&digits=8&period=60`,
    );
    expect(totp).toMatchObject({ issuer: 'ACME Co', account: 'john.doe@email.com', algorithm: 'SHA512', digits: 8 });
    expect(totp.period).toBe(60);
    const hotp = parseOtpauthUri(`otpauth://hotp/bob?secret=${SECRET}&counter=42&digits=10&algorithm=sha256`);
    expect(hotp).toMatchObject({
      kind: 'hotp',
      counter: 42,
      digits: 10,
      algorithm: 'SHA256',
      issuer: '',
      account: 'bob',
    });
  });

  it('refuses a label or issuer with a lone surrogate, which no URI can encode, so the entry can always be exported', () => {
    // Found by tests/core/otp/otp-parsers.fuzz.test.ts: accepted before, then formatOtpauthUri threw a URIError.
    for (const uri of [`otpauth://totp/\ud800?secret=${SECRET}`, `otpauth://totp/a?secret=${SECRET}&issuer=x\udc00`]) {
      expect(() => parseOtpauthUri(uri)).toThrow(expect.objectContaining({ code: 'OtpUriBadLabel' }));
    }
  });

  it('takes the issuer from the label when the parameter is missing, and prefers the parameter', () => {
    expect(parseOtpauthUri(`otpauth://totp/Big%20Bank:%20ann?secret=${SECRET}`)).toMatchObject({
      issuer: 'Big Bank',
      account: 'ann',
    });
    expect(parseOtpauthUri(`otpauth://totp/Old:ann?secret=${SECRET}&issuer=New`).issuer).toBe('New');
  });

  it('accepts an upper-case scheme and type, lower-case secrets and unknown parameters', () => {
    const params = parseOtpauthUri(`OTPAUTH://TOTP/x?secret=${SECRET.toLowerCase()}&image=https%3A%2F%2Fa.b%2Fi.png`);
    expect(params.secret).toBe(SECRET);
  });

  const refusals: Array<[string, string]> = [
    ['https://example.com/?secret=JBSWY3DPEHPK3PXP', 'OtpUriBadScheme'],
    ['otpauth-migration://offline?data=AA', 'OtpUriBadScheme'],
    ['otpauth://totp?secret=JBSWY3DPEHPK3PXP', 'OtpUriBadFormat'],
    ['otpauth://steam/x?secret=JBSWY3DPEHPK3PXP', 'OtpUriBadType'],
    ['otpauth://totp/x?issuer=A', 'OtpUriMissingSecret'],
    ['otpauth://totp/x?secret=', 'OtpUriMissingSecret'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PX1', 'OtpUriBadSecret'],
    ['otpauth://totp/x?secret=JBSWY3DP', 'OtpUriBadSecret'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&secret=JBSWY3DPEHPK3PXP', 'OtpUriBadSecret'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=5', 'OtpUriBadDigits'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=11', 'OtpUriBadDigits'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=6.5', 'OtpUriBadDigits'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0', 'OtpUriBadPeriod'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=-30', 'OtpUriBadPeriod'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=3601', 'OtpUriBadPeriod'],
    ['otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP', 'OtpUriBadCounter'],
    ['otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=1e3', 'OtpUriBadCounter'],
    ['otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=99999999999999999', 'OtpUriBadCounter'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5', 'OtpUriBadAlgorithm'],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=', 'OtpUriBadAlgorithm'],
    ['otpauth://totp/?secret=JBSWY3DPEHPK3PXP', 'OtpUriBadLabel'],
    ['otpauth://totp/%E0%A4%A?secret=JBSWY3DPEHPK3PXP', 'OtpUriBadLabel'],
    ['otpauth://totp/a%0Ab?secret=JBSWY3DPEHPK3PXP', 'OtpUriBadLabel'],
    [`otpauth://totp/${'a'.repeat(5000)}?secret=JBSWY3DPEHPK3PXP`, 'OtpUriBadFormat'],
  ];
  for (const [uri, code] of refusals) {
    it(`refuses ${uri.slice(0, 70)} with ${code}`, () => {
      expect(() => parseOtpauthUri(uri)).toThrow(expect.objectContaining({ name: 'SidekeyError', code }));
    });
  }
});
