import { SidekeyError } from '../errors/sidekey-error';

/** Input parser for requests that take no input. */
export function parseNoInput(input: unknown): undefined {
  if (input !== undefined && input !== null) {
    throw new SidekeyError({ code: 'BadMessage', message: 'This request takes no input.' });
  }
  return undefined;
}

/** Reads a plain object, or throws `BadMessage`. */
export function parseObject(input: unknown, what = 'input'): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SidekeyError({ code: 'BadMessage', message: `The ${what} must be an object.` });
  }
  return input as Record<string, unknown>;
}

/** Reads a non-empty string field, or throws `BadMessage`. */
export function parseString(
  record: Record<string, unknown>,
  key: string,
  options: { maxLength?: number } = {},
): string {
  const value = record[key];
  const maxLength = options.maxLength ?? 4096;
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    throw new SidekeyError({
      code: 'BadMessage',
      message: `"${key}" must be a string of 1 to ${maxLength} characters.`,
    });
  }
  return value;
}
