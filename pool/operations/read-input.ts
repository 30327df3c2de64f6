import { CognitoError } from '../errors/cognito-error';

/**
 * Input readers for operations. Missing or wrongly typed members throw `InvalidParameterException` with
 * messages shaped like Cognito's ("1 validation error detected: Value null at 'userPoolId' failed to satisfy
 * constraint: Member must not be null"; member names in lowerCamelCase as AWS prints them).
 */
type Input = Record<string, unknown>;

function member(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1);
}

function invalid(key: string, constraint: string, value = 'null'): CognitoError {
  return new CognitoError(
    'InvalidParameterException',
    `1 validation error detected: Value ${value === 'null' ? 'null' : `'${value}'`} at '${member(key)}' failed to satisfy constraint: ${constraint}`,
  );
}

/**
 * A wrongly typed value as the error message shows it, at most 64 characters. JSON text for objects: `String()` of
 * a parsed object whose `toString` key is not a function throws.
 */
function shown(value: unknown): string {
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  return text.slice(0, 64);
}

/** A required string (1 to `maxLength` characters). */
export function readString(input: Input, key: string, options: { maxLength?: number } = {}): string {
  const value = readOptionalString(input, key, options);
  if (value === undefined) throw invalid(key, 'Member must not be null');
  return value;
}

/** An optional string; present ones must be 1 to `maxLength` (default 2048) characters. */
export function readOptionalString(
  input: Input,
  key: string,
  options: { maxLength?: number } = {},
): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(key, 'Member must be a string', shown(value));
  if (value.length === 0) throw invalid(key, 'Member must have length greater than or equal to 1', value);
  const maxLength = options.maxLength ?? 2048;
  if (value.length > maxLength) {
    throw invalid(key, `Member must have length less than or equal to ${maxLength}`, '***');
  }
  return value;
}

export function readOptionalBoolean(input: Input, key: string): boolean | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalid(key, 'Member must be a boolean', shown(value));
  return value;
}

/** An optional integer within [min, max]. */
export function readOptionalInteger(
  input: Input,
  key: string,
  options: { min?: number; max?: number } = {},
): number | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw invalid(key, 'Member must be an integer', shown(value));
  }
  if (options.min !== undefined && value < options.min) {
    throw invalid(key, `Member must have value greater than or equal to ${options.min}`, String(value));
  }
  if (options.max !== undefined && value > options.max) {
    throw invalid(key, `Member must have value less than or equal to ${options.max}`, String(value));
  }
  return value;
}

/** An optional value that must be one of `allowed`. */
export function readOptionalEnum<T extends string>(input: Input, key: string, allowed: readonly T[]): T | undefined {
  const value = readOptionalString(input, key);
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) {
    throw invalid(key, `Member must satisfy enum value set: [${allowed.join(', ')}]`, value.slice(0, 64));
  }
  return value as T;
}

export function readOptionalStringArray(input: Input, key: string): string[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw invalid(key, 'Member must be a list of strings', '[...]');
  }
  return value as string[];
}

export function readOptionalObject(input: Input, key: string): Input | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(key, 'Member must be a structure', '...');
  return value as Input;
}

/** An optional string → string map (AuthParameters, ChallengeResponses, ClientMetadata). */
export function readOptionalStringMap(input: Input, key: string): Record<string, string> | undefined {
  const value = readOptionalObject(input, key);
  if (value === undefined) return undefined;
  for (const item of Object.values(value)) {
    if (typeof item !== 'string') throw invalid(key, 'Map values must be strings', '...');
  }
  return value as Record<string, string>;
}

/** An optional `[{Name, Value}]` list (UserAttributes, ValidationData) as pairs. */
export function readOptionalAttributeList(input: Input, key: string): { Name: string; Value: string }[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalid(key, 'Member must be a list of attribute types', '...');
  return value.map((item) => {
    if (typeof item !== 'object' || item === null || typeof item.Name !== 'string' || item.Name === '') {
      throw invalid(key, 'Member must be a list of {Name, Value} with a non-empty Name', '...');
    }
    if (item.Value !== undefined && item.Value !== null && typeof item.Value !== 'string') {
      throw invalid(key, 'Attribute values must be strings', '...');
    }
    return { Name: item.Name as string, Value: (item.Value ?? '') as string };
  });
}
