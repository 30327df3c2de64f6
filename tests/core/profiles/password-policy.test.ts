import { describe, expect, it } from 'vitest';
import {
  COGNITO_DEFAULT_POLICY,
  policyRules,
  strictestPolicy,
  unmetPasswordRules,
} from '../../../core/profiles/password-policy';

const relaxed = {
  minimumLength: 12,
  requireLowercase: true,
  requireUppercase: false,
  requireNumbers: false,
  requireSymbols: false,
};

describe('strictestPolicy', () => {
  it("is Cognito's default when no pool serves the page", () => {
    expect(strictestPolicy([])).toEqual(COGNITO_DEFAULT_POLICY);
  });

  it("is the one pool's own policy when Sidekey was told it", () => {
    expect(strictestPolicy([relaxed])).toEqual(relaxed);
  });

  it("counts a pool whose policy Sidekey was not told as Cognito's default", () => {
    expect(strictestPolicy([undefined])).toEqual(COGNITO_DEFAULT_POLICY);
  });

  it('takes the longest minimum and every class any of the pools requires', () => {
    const other = { ...relaxed, minimumLength: 9, requireLowercase: false, requireSymbols: true };
    expect(strictestPolicy([relaxed, other])).toEqual({
      minimumLength: 12,
      requireLowercase: true,
      requireUppercase: false,
      requireNumbers: false,
      requireSymbols: true,
    });
  });
});

describe('unmetPasswordRules', () => {
  const demo = { ...COGNITO_DEFAULT_POLICY, requireSymbols: false };

  it('lists the policy’s rules, length first, only the classes it requires', () => {
    expect(policyRules(demo)).toEqual(['minimumLength', 'requireLowercase', 'requireUppercase', 'requireNumbers']);
    expect(policyRules(COGNITO_DEFAULT_POLICY)).toContain('requireSymbols');
  });

  it('answers every rule a password misses and none once it meets them all', () => {
    expect(unmetPasswordRules(COGNITO_DEFAULT_POLICY, '')).toEqual(policyRules(COGNITO_DEFAULT_POLICY));
    expect(unmetPasswordRules(COGNITO_DEFAULT_POLICY, 'abcdefgh')).toEqual([
      'requireUppercase',
      'requireNumbers',
      'requireSymbols',
    ]);
    expect(unmetPasswordRules(COGNITO_DEFAULT_POLICY, 'Rick-pass-2')).toEqual([]);
    expect(unmetPasswordRules(demo, 'Rickpass2')).toEqual([]);
  });

  it('counts Cognito’s special characters and a space as symbols, and letters beyond ASCII as neither case', () => {
    for (const symbol of ['^', '\\', '`', ' ', '"', "'", '[', ']']) {
      expect(unmetPasswordRules(COGNITO_DEFAULT_POLICY, `Abcdefg1${symbol}`)).toEqual([]);
    }
    expect(unmetPasswordRules(COGNITO_DEFAULT_POLICY, 'ÄBCDEFG1!')).toEqual(['requireLowercase']);
  });

  it('counts length in characters, not UTF-16 units', () => {
    expect(unmetPasswordRules({ ...demo, minimumLength: 8 }, 'Aa1😀😀😀😀')).toEqual(['minimumLength']);
  });
});
