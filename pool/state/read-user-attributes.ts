import { CognitoError } from '../errors/cognito-error';
import type { UserPool } from './types';

/** Who writes: end users (SignUp, UpdateUserAttributes) may not set `*_verified`; administrators may. */
export type AttributeWriter = 'user' | 'admin';

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE = /^\+[1-9]\d{4,14}$/;

function schemaError(detail: string): CognitoError {
  return new CognitoError('InvalidParameterException', `Attributes did not conform to the schema: ${detail}`);
}

/**
 * Checks `[{Name, Value}]` against the pool's schema and returns them as a map: known attribute names only
 * (standard or `custom:*`), `sub` never, immutable ones only when `creating`, `*_verified` only by admins,
 * only those in the app client's WriteAttributes when it has that list, email and E.164 phone formats, the
 * schema's maximum lengths.
 */
export function readUserAttributes(
  pool: UserPool,
  pairs: { Name: string; Value: string }[],
  options: { writer: AttributeWriter; creating: boolean; writableByClient?: string[] },
): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const { Name, Value } of pairs) {
    const schema = pool.config.Schema.find((attribute) => attribute.Name === Name);
    if (!schema) throw schemaError(`Type for attribute {${Name}} could not be determined`);
    if (Name === 'sub') throw schemaError('sub: Attribute cannot be updated. (changing an immutable attribute)');
    if (!options.creating && !schema.Mutable) {
      throw schemaError(`${Name}: Attribute cannot be updated. (changing an immutable attribute)`);
    }
    const clientMayWrite = options.writableByClient?.includes(Name) ?? true;
    if ((Name.endsWith('_verified') && options.writer === 'user') || !clientMayWrite) {
      throw new CognitoError('NotAuthorizedException', 'A client attempted to write unauthorized attribute');
    }
    if (Name === 'email' && Value !== '' && !EMAIL.test(Value)) {
      throw new CognitoError('InvalidParameterException', 'Invalid email address format.');
    }
    if (Name === 'phone_number' && Value !== '' && !PHONE.test(Value)) {
      throw new CognitoError('InvalidParameterException', 'Invalid phone number format.');
    }
    if (schema.AttributeDataType === 'Boolean' && Value !== 'true' && Value !== 'false') {
      throw schemaError(`${Name}: Attribute value must be true or false`);
    }
    const max = Number(schema.StringAttributeConstraints?.MaxLength ?? 2048);
    if (Value.length > max) throw schemaError(`${Name}: String must be no longer than ${max} characters`);
    attributes[Name] = Value;
  }
  return attributes;
}

/** Throws when an attribute the schema marks Required is missing (user creation). */
export function checkRequiredAttributes(pool: UserPool, attributes: Record<string, string>): void {
  for (const attribute of pool.config.Schema) {
    if (attribute.Required && !attributes[attribute.Name]) {
      throw schemaError(`${attribute.Name}: The attribute ${attribute.Name} is required`);
    }
  }
}

/** Whether `value` is shaped like an email / an E.164 phone number. */
export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function looksLikePhone(value: string): boolean {
  return PHONE.test(value);
}
