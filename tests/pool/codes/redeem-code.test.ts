import { describe, expect, it } from 'vitest';
import { createClock } from '../../../pool/clock/create-clock';
import { issueCode } from '../../../pool/codes/issue-code';
import { MAX_CODE_FAILURES, redeemCode } from '../../../pool/codes/redeem-code';
import type { PoolUser } from '../../../pool/state/types';

const user = () => ({ codes: {} }) as PoolUser;
let counter = 0;
const random = (bytes: number) => Uint8Array.from({ length: bytes }, () => counter++ % 10);

describe('issueCode and redeemCode', () => {
  it('issues six digits, accepts them once and refuses them the second time', () => {
    const clock = createClock();
    const u = user();
    const code = issueCode({ clock, random }, { user: u, purpose: 'SIGN_UP' });
    expect(code).toMatch(/^\d{6}$/);
    redeemCode({ clock }, { user: u, purpose: 'SIGN_UP', code });
    expect(() => redeemCode({ clock }, { user: u, purpose: 'SIGN_UP', code })).toThrow(
      expect.objectContaining({ type: 'ExpiredCodeException' }),
    );
  });

  it('refuses a wrong code and drops the code after too many wrong tries', () => {
    const clock = createClock();
    const u = user();
    const code = issueCode({ clock, random }, { user: u, purpose: 'FORGOT_PASSWORD' });
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < MAX_CODE_FAILURES; i++) {
      expect(() => redeemCode({ clock }, { user: u, purpose: 'FORGOT_PASSWORD', code: wrong })).toThrow(
        expect.objectContaining({ type: 'CodeMismatchException' }),
      );
    }
    expect(() => redeemCode({ clock }, { user: u, purpose: 'FORGOT_PASSWORD', code })).toThrow(
      expect.objectContaining({ type: 'ExpiredCodeException' }),
    );
  });

  it('expires sign-in codes after three minutes and keeps purposes apart', () => {
    const clock = createClock();
    const u = user();
    const otp = issueCode({ clock, random }, { user: u, purpose: 'EMAIL_OTP' });
    expect(() => redeemCode({ clock }, { user: u, purpose: 'SMS_OTP', code: otp })).toThrow(
      expect.objectContaining({ type: 'ExpiredCodeException' }),
    );
    clock.advance(3 * 60_000 + 1);
    expect(() => redeemCode({ clock }, { user: u, purpose: 'EMAIL_OTP', code: otp })).toThrow(
      expect.objectContaining({ type: 'ExpiredCodeException' }),
    );
  });
});
