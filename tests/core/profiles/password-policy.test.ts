import { describe, expect, it } from 'vitest';
import { COGNITO_DEFAULT_POLICY, strictestPolicy } from '../../../core/profiles/password-policy';

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
