import { describe, expect, it } from 'vitest';
import { encodeBase32 } from '../../../core/otp/encode-base32';
import { hotpCodes } from '../../../core/otp/hotp-codes';

// RFC 4226 Appendix D: secret "12345678901234567890", counts 0–9.
const secret = encodeBase32(new TextEncoder().encode('12345678901234567890'));
const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];

describe('hotpCodes', () => {
  expected.forEach((code, counter) => {
    it(`gives the RFC 4226 Appendix D code ${code} for count ${counter}`, () => {
      expect(hotpCodes({ secret, algorithm: 'SHA1', digits: 6, counter }).code).toBe(code);
    });
  });

  it('shows the code the next advance will produce', () => {
    expect(hotpCodes({ secret, algorithm: 'SHA1', digits: 6, counter: 3 }).nextCode).toBe('338314');
  });

  it('makes longer codes from the same truncation', () => {
    const code = hotpCodes({ secret, algorithm: 'SHA1', digits: 8, counter: 0 }).code;
    expect(code).toHaveLength(8);
    expect(code.endsWith('755224')).toBe(true);
  });
});
