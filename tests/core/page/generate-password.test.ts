import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENERATED_LENGTH, generatePassword } from '../../../core/page/generate-password';
import { COGNITO_DEFAULT_POLICY, type PasswordPolicy } from '../../../core/profiles/password-policy';
import type { Bytes } from '../../../core/vault/crypto/bytes';
import { checkPasswordPolicy } from '../../../pool/auth-support/check-password-policy';

const secureBytes = (length: number) => new Uint8Array(nodeRandomBytes(length)) as Bytes;

/** Replays `bytes` in a loop, so a test decides every draw. */
function scriptedBytes(bytes: number[]) {
  let at = 0;
  return (length: number) => Uint8Array.from({ length }, () => bytes[at++ % bytes.length]!) as Bytes;
}

describe('generatePassword', () => {
  it("meets Cognito's default policy: 20 characters with lower, upper, digit and symbol", () => {
    for (let run = 0; run < 200; run += 1) {
      const password = generatePassword(COGNITO_DEFAULT_POLICY, secureBytes);
      expect(password).toHaveLength(GENERATED_LENGTH);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[^a-zA-Z0-9]/);
    }
  });

  it('is as long as a policy that asks for more than 20 characters', () => {
    const policy: PasswordPolicy = { ...COGNITO_DEFAULT_POLICY, minimumLength: 32 };
    expect(generatePassword(policy, secureBytes)).toHaveLength(32);
  });

  it("passes the local pool's own check of every policy shape, from 6 to 99 characters", () => {
    for (const minimumLength of [6, 8, 20, 21, 64, 99]) {
      for (let classes = 0; classes < 16; classes += 1) {
        const policy: PasswordPolicy = {
          minimumLength,
          requireLowercase: (classes & 1) !== 0,
          requireUppercase: (classes & 2) !== 0,
          requireNumbers: (classes & 4) !== 0,
          requireSymbols: (classes & 8) !== 0,
        };
        const password = generatePassword(policy, secureBytes);
        expect(password.length).toBe(Math.max(GENERATED_LENGTH, minimumLength));
        expect(() =>
          checkPasswordPolicy(
            {
              MinimumLength: policy.minimumLength,
              RequireLowercase: policy.requireLowercase,
              RequireUppercase: policy.requireUppercase,
              RequireNumbers: policy.requireNumbers,
              RequireSymbols: policy.requireSymbols,
              TemporaryPasswordValidityDays: 7,
            },
            password,
          ),
        ).not.toThrow();
      }
    }
  });

  it('never repeats across draws from real randomness', () => {
    const seen = new Set(Array.from({ length: 500 }, () => generatePassword(COGNITO_DEFAULT_POLICY, secureBytes)));
    expect(seen.size).toBe(500);
  });

  it('throws away bytes that would bias a draw instead of wrapping them', () => {
    // 255 is above the largest multiple of 25 (lower-case letters) below 256, so it must be skipped, not used.
    const policy: PasswordPolicy = {
      minimumLength: 8,
      requireLowercase: true,
      requireUppercase: false,
      requireNumbers: false,
      requireSymbols: false,
    };
    // Every 255 is dropped and every 0 picks the first character, so only 'a' can come out; a wrapped 255 would
    // have given 'f' (255 % 25) or another letter.
    expect(generatePassword(policy, scriptedBytes([255, 0]))).toBe('a'.repeat(GENERATED_LENGTH));
  });

  it('is a pure function of its random bytes', () => {
    const bytes = Array.from({ length: 97 }, (_, index) => (index * 37) % 256);
    expect(generatePassword(COGNITO_DEFAULT_POLICY, scriptedBytes(bytes))).toBe(
      generatePassword(COGNITO_DEFAULT_POLICY, scriptedBytes(bytes)),
    );
  });
});
