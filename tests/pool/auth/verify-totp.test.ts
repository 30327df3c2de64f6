import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { verifyTotp } from '../../../pool/auth/verify-totp';

const secretText = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const secret = new Uint8Array(Secret.fromBase32(secretText).bytes);
const otp = new TOTP({ secret: secretText, algorithm: 'SHA1', digits: 6, period: 30 });
const now = 1_795_692_190_000;

describe('verifyTotp', () => {
  it('accepts the code an independent implementation (otpauth) computes for now', () => {
    const result = verifyTotp({ secret, code: otp.generate({ timestamp: now }), nowMs: now });
    expect(result).toEqual({ ok: true, step: Math.floor(now / 30_000) });
  });

  it('accepts the codes of one step before and after, and refuses two steps away', () => {
    for (const drift of [-30_000, 30_000]) {
      expect(verifyTotp({ secret, code: otp.generate({ timestamp: now + drift }), nowMs: now }).ok).toBe(true);
    }
    for (const drift of [-60_000, 60_000]) {
      expect(verifyTotp({ secret, code: otp.generate({ timestamp: now + drift }), nowMs: now })).toEqual({
        ok: false,
        reason: 'mismatch',
      });
    }
  });

  it('refuses a code used once already, and one from an earlier step than the last accepted', () => {
    const code = otp.generate({ timestamp: now });
    const first = verifyTotp({ secret, code, nowMs: now });
    if (!first.ok) throw new Error('expected the first use to pass');
    expect(verifyTotp({ secret, code, nowMs: now, lastStep: first.step })).toEqual({ ok: false, reason: 'reused' });
    const older = otp.generate({ timestamp: now - 30_000 });
    expect(verifyTotp({ secret, code: older, nowMs: now, lastStep: first.step }).ok).toBe(false);
    const next = otp.generate({ timestamp: now + 30_000 });
    expect(verifyTotp({ secret, code: next, nowMs: now + 30_000, lastStep: first.step }).ok).toBe(true);
  });

  it('refuses malformed codes without throwing', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', ' 123456']) {
      expect(verifyTotp({ secret, code, nowMs: now })).toEqual({ ok: false, reason: 'mismatch' });
    }
  });
});
