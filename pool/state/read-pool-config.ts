import { CognitoError } from '../errors/cognito-error';
import {
  readOptionalBoolean,
  readOptionalEnum,
  readOptionalInteger,
  readOptionalObject,
  readOptionalString,
  readOptionalStringArray,
} from '../operations/read-input';
import { defaultPoolConfig } from './default-pool-config';
import { readAccountRecovery } from './read-account-recovery';
import { readSchemaInput } from './read-schema-input';
import type { FirstAuthFactor, UserPoolConfig } from './types';

type Input = Record<string, unknown>;

const FIRST_FACTORS: readonly FirstAuthFactor[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];
const VERIFIABLE = ['email', 'phone_number'] as const;
const ALIASES = ['email', 'phone_number', 'preferred_username'] as const;

/**
 * Pool settings from a CreateUserPool/UpdateUserPool input. Like UpdateUserPool, fields left out take their
 * default values ("If you don't provide a value for an attribute, Amazon Cognito sets it to its default value",
 * UpdateUserPool API reference), except the ones fixed at creation, which `existing` supplies on update.
 * MFA method flags, WebAuthn settings and the local-only `SidekeyCustomAuth` are read here too so that seeds
 * can set everything in one object; SetUserPoolMfaConfig keeps its own reader.
 */
export function readPoolConfig(input: Input, existing?: UserPoolConfig): UserPoolConfig {
  const config = defaultPoolConfig();
  if (existing) {
    config.UsernameAttributes = existing.UsernameAttributes;
    config.AliasAttributes = existing.AliasAttributes;
    config.UsernameConfiguration = existing.UsernameConfiguration;
    config.Schema = existing.Schema;
    config.SmsMfaEnabled = existing.SmsMfaEnabled;
    config.SoftwareTokenMfaEnabled = existing.SoftwareTokenMfaEnabled;
    config.EmailMfaEnabled = existing.EmailMfaEnabled;
    config.WebAuthnRelyingPartyID = existing.WebAuthnRelyingPartyID;
    config.WebAuthnUserVerification = existing.WebAuthnUserVerification;
    config.CustomAuth = existing.CustomAuth;
  }
  const policies = readOptionalObject(input, 'Policies');
  const passwordPolicy = policies && readOptionalObject(policies, 'PasswordPolicy');
  if (passwordPolicy) {
    const current = config.Policies.PasswordPolicy;
    current.MinimumLength = readOptionalInteger(passwordPolicy, 'MinimumLength', { min: 6, max: 99 }) ?? 8;
    for (const key of ['RequireUppercase', 'RequireLowercase', 'RequireNumbers', 'RequireSymbols'] as const) {
      current[key] = readOptionalBoolean(passwordPolicy, key) ?? false;
    }
    current.TemporaryPasswordValidityDays =
      readOptionalInteger(passwordPolicy, 'TemporaryPasswordValidityDays', { min: 0, max: 365 }) ?? 7;
  }
  const signInPolicy = policies && readOptionalObject(policies, 'SignInPolicy');
  const factors = signInPolicy && readOptionalStringArray(signInPolicy, 'AllowedFirstAuthFactors');
  if (factors) {
    if (
      !factors.every((factor) => FIRST_FACTORS.includes(factor as FirstAuthFactor)) ||
      !factors.includes('PASSWORD')
    ) {
      throw new CognitoError(
        'InvalidParameterException',
        'AllowedFirstAuthFactors must contain PASSWORD and only PASSWORD, EMAIL_OTP, SMS_OTP or WEB_AUTHN.',
      );
    }
    config.Policies.SignInPolicy.AllowedFirstAuthFactors = factors as FirstAuthFactor[];
  }
  config.MfaConfiguration = readOptionalEnum(input, 'MfaConfiguration', ['OFF', 'ON', 'OPTIONAL']) ?? 'OFF';
  config.AutoVerifiedAttributes = readSubset(input, 'AutoVerifiedAttributes', VERIFIABLE) ?? [];
  if (!existing) readCreateOnly(input, config);
  const device = readOptionalObject(input, 'DeviceConfiguration');
  if (device) {
    config.DeviceConfiguration = {
      ChallengeRequiredOnNewDevice: readOptionalBoolean(device, 'ChallengeRequiredOnNewDevice') ?? false,
      DeviceOnlyRememberedOnUserPrompt: readOptionalBoolean(device, 'DeviceOnlyRememberedOnUserPrompt') ?? false,
    };
  }
  const adminCreate = readOptionalObject(input, 'AdminCreateUserConfig');
  if (adminCreate) {
    config.AdminCreateUserConfig = {
      AllowAdminCreateUserOnly: readOptionalBoolean(adminCreate, 'AllowAdminCreateUserOnly') ?? false,
    };
  }
  const recovery = readOptionalObject(input, 'AccountRecoverySetting');
  if (recovery) config.AccountRecoverySetting = readAccountRecovery(recovery);
  config.UserPoolTier = readOptionalEnum(input, 'UserPoolTier', ['LITE', 'ESSENTIALS', 'PLUS']) ?? 'ESSENTIALS';
  config.DeletionProtection = readOptionalEnum(input, 'DeletionProtection', ['ACTIVE', 'INACTIVE']) ?? 'INACTIVE';
  readMfaExtras(input, config);
  return config;
}

function readCreateOnly(input: Input, config: UserPoolConfig): void {
  const usernameAttributes = readSubset(input, 'UsernameAttributes', VERIFIABLE);
  const aliasAttributes = readSubset(input, 'AliasAttributes', ALIASES);
  if (usernameAttributes?.length && aliasAttributes?.length) {
    throw new CognitoError(
      'InvalidParameterException',
      'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.',
    );
  }
  if (usernameAttributes?.length) config.UsernameAttributes = usernameAttributes;
  if (aliasAttributes?.length) config.AliasAttributes = aliasAttributes;
  const usernameConfiguration = readOptionalObject(input, 'UsernameConfiguration');
  if (usernameConfiguration) {
    config.UsernameConfiguration = {
      CaseSensitive: readOptionalBoolean(usernameConfiguration, 'CaseSensitive') ?? true,
    };
  }
  config.Schema = readSchemaInput(input, config.Schema);
}

function readMfaExtras(input: Input, config: UserPoolConfig): void {
  const flag = (key: string) => {
    const block = readOptionalObject(input, key);
    return block ? readOptionalBoolean(block, 'Enabled') : undefined;
  };
  config.SmsMfaEnabled = flag('SmsMfaConfiguration') ?? config.SmsMfaEnabled;
  config.SoftwareTokenMfaEnabled = flag('SoftwareTokenMfaConfiguration') ?? config.SoftwareTokenMfaEnabled;
  config.EmailMfaEnabled = flag('EmailMfaConfiguration') ?? config.EmailMfaEnabled;
  const webAuthn = readOptionalObject(input, 'WebAuthnConfiguration');
  if (webAuthn) {
    const rpId = readOptionalString(webAuthn, 'RelyingPartyId');
    if (rpId) config.WebAuthnRelyingPartyID = rpId;
    config.WebAuthnUserVerification = readOptionalEnum(webAuthn, 'UserVerification', ['required', 'preferred']);
  }
  const custom = readOptionalObject(input, 'SidekeyCustomAuth');
  if (custom) {
    const answer = readOptionalString(custom, 'answer');
    const srpFirst = readOptionalBoolean(custom, 'srpFirst');
    const rounds = readOptionalInteger(custom, 'rounds', { min: 1, max: 10 });
    config.CustomAuth = {
      mode: readOptionalEnum(custom, 'mode', ['none', 'code-challenge', 'secret-answer']) ?? 'none',
      ...(answer !== undefined ? { answer } : {}),
      ...(srpFirst !== undefined ? { srpFirst } : {}),
      ...(rounds !== undefined ? { rounds } : {}),
    };
  }
}

function readSubset<T extends string>(input: Input, key: string, allowed: readonly T[]): T[] | undefined {
  const values = readOptionalStringArray(input, key);
  if (values === undefined) return undefined;
  for (const value of values) {
    if (!allowed.includes(value as T)) {
      throw new CognitoError('InvalidParameterException', `${key} may only contain ${allowed.join(', ')}.`);
    }
  }
  return [...new Set(values)] as T[];
}
