import { standardSchema } from './standard-schema';
import type { UserPoolConfig } from './types';

/**
 * What CreateUserPool gives when a field is left out (CreateUserPool API reference: PasswordPolicy 8 characters
 * with all classes and 7-day temporary passwords, MFA OFF, SignInPolicy PASSWORD only, ESSENTIALS tier).
 */
export function defaultPoolConfig(): UserPoolConfig {
  return {
    Policies: {
      PasswordPolicy: {
        MinimumLength: 8,
        RequireUppercase: true,
        RequireLowercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
        TemporaryPasswordValidityDays: 7,
      },
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] },
    },
    MfaConfiguration: 'OFF',
    SmsMfaEnabled: false,
    SoftwareTokenMfaEnabled: false,
    EmailMfaEnabled: false,
    AutoVerifiedAttributes: [],
    UsernameConfiguration: { CaseSensitive: true },
    Schema: standardSchema(),
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    UserPoolTier: 'ESSENTIALS',
    DeletionProtection: 'INACTIVE',
    CustomAuth: { mode: 'none' },
  };
}
