import type { AuthFactorType, AuthFlowType } from '../../auth/sign-in-types';
import { SidekeyError } from '../../errors/sidekey-error';
import { parseObject, parseString } from '../../messages/parse-input';

const FLOWS: readonly AuthFlowType[] = [
  'USER_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'CUSTOM_WITH_SRP',
  'CUSTOM_WITHOUT_SRP',
  'USER_AUTH',
];
const FACTORS: readonly AuthFactorType[] = ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

function bad(message: string): SidekeyError {
  return new SidekeyError({ code: 'BadMessage', message });
}

function optionalString(record: Record<string, unknown>, key: string): string | undefined {
  return record[key] === undefined ? undefined : parseString(record, key);
}

function optionalEnum<T extends string>(
  record: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw bad(`"${key}" must be one of ${allowed.join(', ')}.`);
  return value as T;
}

function parseStringMap(value: unknown, key: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const record = parseObject(value, key);
  for (const entry of Object.values(record))
    if (typeof entry !== 'string') throw bad(`"${key}" values must be strings.`);
  return record as Record<string, string>;
}

export function parseProfileMessage(input: unknown) {
  return { profileId: parseString(parseObject(input), 'profileId', { maxLength: 64 }) };
}

export function parseSignInMessage(input: unknown) {
  const record = parseObject(input);
  const options = record.options === undefined ? {} : parseObject(record.options, 'options');
  return {
    profileId: parseString(record, 'profileId', { maxLength: 64 }),
    username: parseString(record, 'username', { maxLength: 256 }),
    password: optionalString(record, 'password'),
    options: {
      authFlowType: optionalEnum(options, 'authFlowType', FLOWS),
      preferredChallenge: optionalEnum(options, 'preferredChallenge', FACTORS),
    },
  };
}

export function parseConfirmSignInMessage(input: unknown) {
  const record = parseObject(input);
  const options = record.options === undefined ? {} : parseObject(record.options, 'options');
  return {
    profileId: parseString(record, 'profileId', { maxLength: 64 }),
    challengeResponse: parseString(record, 'challengeResponse'),
    options: {
      userAttributes: parseStringMap(options.userAttributes, 'userAttributes'),
      friendlyDeviceName: optionalString(options, 'friendlyDeviceName'),
    },
  };
}

export function parseSignOutMessage(input: unknown) {
  const record = parseObject(input);
  if (record.global !== undefined && typeof record.global !== 'boolean') throw bad('"global" must be true or false.');
  return { profileId: parseString(record, 'profileId', { maxLength: 64 }), global: record.global === true };
}

export function parseSessionMessage(input: unknown) {
  const record = parseObject(input);
  if (record.forceRefresh !== undefined && typeof record.forceRefresh !== 'boolean') {
    throw bad('"forceRefresh" must be true or false.');
  }
  return { profileId: parseString(record, 'profileId', { maxLength: 64 }), forceRefresh: record.forceRefresh === true };
}
