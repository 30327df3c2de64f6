import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../../../pool/auth-support/check-password-policy';
import { defaultPoolConfig } from '../../../pool/state/default-pool-config';

const strict = defaultPoolConfig().Policies.PasswordPolicy;
const refusal = (password: string, policy = strict) => {
  try {
    checkPasswordPolicy(policy, password);
    return undefined;
  } catch (error) {
    return (error as Error).message.replace('Password did not conform with policy: ', '');
  }
};

describe('checkPasswordPolicy', () => {
  it('accepts a password with every class and enough length', () => {
    expect(refusal('Abcdef1!')).toBeUndefined();
  });

  it('names the first rule broken, in Cognito’s words', () => {
    expect(refusal('Ab1!')).toBe('Password not long enough');
    expect(refusal('ABCDEFG1!')).toBe('Password must have lowercase characters');
    expect(refusal('abcdefg1!')).toBe('Password must have uppercase characters');
    expect(refusal('Abcdefgh!')).toBe('Password must have numeric characters');
    expect(refusal('Abcdefgh1')).toBe('Password must have symbol characters');
    expect(refusal(' Abcdef1!')).toBe('Password must not contain leading or trailing space');
  });

  it('applies only the rules the pool sets', () => {
    const lax = { ...strict, MinimumLength: 6, RequireSymbols: false, RequireUppercase: false, RequireNumbers: false };
    expect(refusal('abcdef', lax)).toBeUndefined();
  });

  it('throws InvalidPasswordException', () => {
    expect(() => checkPasswordPolicy(strict, 'x')).toThrow(
      expect.objectContaining({ type: 'InvalidPasswordException' }),
    );
  });
});
