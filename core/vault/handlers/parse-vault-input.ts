import { SidekeyError } from '../../errors/sidekey-error';
import { parseObject } from '../../messages/parse-input';
import type { CognitoBinding } from '../vault-messages';

/** Shape checks shared by the vault handlers; each throws `BadMessage` naming the field. */
const badMessage = (message: string) => new SidekeyError({ code: 'BadMessage', message });

/** An optional input object: `undefined`/`null` become `{}`. */
export function parseOptionalObject(input: unknown): Record<string, unknown> {
  return input === undefined || input === null ? {} : parseObject(input);
}

/** A string field (may be empty when `allowEmpty`), at most `maxLength` characters. */
export function readString(
  record: Record<string, unknown>,
  key: string,
  options: { maxLength?: number; optional?: boolean; allowEmpty?: boolean } = {},
): string | undefined {
  const value = record[key];
  if (value === undefined && options.optional) return undefined;
  const maxLength = options.maxLength ?? 4096;
  if (typeof value !== 'string' || value.length > maxLength || (!options.allowEmpty && value.length === 0)) {
    throw badMessage(`"${key}" must be a string of at most ${maxLength} characters.`);
  }
  return value;
}

/** A required non-empty string. */
export function requireString(record: Record<string, unknown>, key: string, maxLength = 4096): string {
  return readString(record, key, { maxLength }) as string;
}

/** A passphrase field (length policy is the vault's; this only bounds the size). */
export function readPassphrase(record: Record<string, unknown>, key: string): string {
  return readString(record, key, { maxLength: 1024, allowEmpty: true }) as string;
}

/** An entry or sign-in id. */
export function readId(record: Record<string, unknown>, key = 'id'): string {
  return readString(record, key, { maxLength: 64 }) as string;
}

/** An optional list of strings (origins, ids), at most `maxItems` long. */
export function readStringList(record: Record<string, unknown>, key: string, maxItems = 32): string[] | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length > maxItems ||
    !value.every((item) => typeof item === 'string' && item.length <= 2048)
  ) {
    throw badMessage(`"${key}" must be a list of at most ${maxItems} strings.`);
  }
  return value as string[];
}

/** An optional Cognito binding; `null` clears it when `nullable`. */
export function readCognito(
  record: Record<string, unknown>,
  options: { nullable: boolean },
): CognitoBinding | null | undefined {
  const value = record.cognito;
  if (value === undefined) return undefined;
  if (value === null && options.nullable) return null;
  const cognito = parseObject(value, 'cognito binding');
  return {
    userPoolId: requireString(cognito, 'userPoolId', 128),
    clientId: requireString(cognito, 'clientId', 128),
    username: requireString(cognito, 'username', 256),
  };
}

/** An optional number field. */
export function readNumber(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badMessage(`"${key}" must be a number.`);
  return value;
}
