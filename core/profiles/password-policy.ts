import { boolean, number, object } from '../messages/shape';

/**
 * A user pool's password policy: the fields of DescribeUserPool's `Policies.PasswordPolicy` (and of an Amplify
 * app's `amplify_outputs.json` `auth.password_policy`) that decide which passwords the pool accepts.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html
 */
export interface PasswordPolicy {
  minimumLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/** Cognito's default policy (a pool created without one): 8 characters with lower, upper, a number and a symbol. */
export const COGNITO_DEFAULT_POLICY: PasswordPolicy = {
  minimumLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/** How `profiles.add` reads a policy: every field, `minimumLength` in Cognito's range of 6 to 99. */
export const passwordPolicyShape = object({
  minimumLength: number({ integer: true, min: 6, max: 99 }),
  requireLowercase: boolean(),
  requireUppercase: boolean(),
  requireNumbers: boolean(),
  requireSymbols: boolean(),
});

/**
 * One policy that every one of `policies` accepts the passwords of: the longest minimum and every required class.
 * A pool whose policy Sidekey was not told counts as Cognito's default; no pool at all gives the default too.
 */
export function strictestPolicy(policies: ReadonlyArray<PasswordPolicy | undefined>): PasswordPolicy {
  const known = policies.length === 0 ? [COGNITO_DEFAULT_POLICY] : policies.map((p) => p ?? COGNITO_DEFAULT_POLICY);
  return {
    minimumLength: Math.max(...known.map((policy) => policy.minimumLength)),
    requireLowercase: known.some((policy) => policy.requireLowercase),
    requireUppercase: known.some((policy) => policy.requireUppercase),
    requireNumbers: known.some((policy) => policy.requireNumbers),
    requireSymbols: known.some((policy) => policy.requireSymbols),
  };
}

/** One requirement of a policy: its length, or a class of character it requires. */
export type PasswordRule = keyof PasswordPolicy;

/** Every rule `policy` sets, in the order Cognito's console lists them (length first). */
export function policyRules(policy: PasswordPolicy): PasswordRule[] {
  const classes = ['requireLowercase', 'requireUppercase', 'requireNumbers', 'requireSymbols'] as const;
  return ['minimumLength', ...classes.filter((rule) => policy[rule])];
}

/**
 * Cognito's special characters (a space counts too, inside a password).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html
 */
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

const MEETS: Record<PasswordRule, (password: string, policy: PasswordPolicy) => boolean> = {
  minimumLength: (password, policy) => [...password].length >= policy.minimumLength,
  requireLowercase: (password) => /[a-z]/.test(password),
  requireUppercase: (password) => /[A-Z]/.test(password),
  requireNumbers: (password) => /[0-9]/.test(password),
  requireSymbols: (password) => SYMBOL.test(password),
};

/** The rules of `policy` that `password` does not meet yet (none: the pool should accept it). */
export function unmetPasswordRules(policy: PasswordPolicy, password: string): PasswordRule[] {
  return policyRules(policy).filter((rule) => !MEETS[rule](password, policy));
}
