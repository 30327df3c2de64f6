import { CognitoError } from '../errors/cognito-error';
import type { SchemaAttribute } from './types';

const TYPES = ['String', 'Number', 'DateTime', 'Boolean'] as const;

/**
 * Applies CreateUserPool's `Schema` to the standard attributes: a standard name changes that attribute
 * (Required, Mutable), any other name becomes a custom attribute `custom:<name>` (Cognito adds the prefix).
 */
export function readSchemaInput(input: Record<string, unknown>, base: SchemaAttribute[]): SchemaAttribute[] {
  const schema = base.map((attribute) => ({ ...attribute }));
  const given = input.Schema;
  if (given === undefined || given === null) return schema;
  if (!Array.isArray(given)) throw new CognitoError('InvalidParameterException', 'Schema must be a list.');
  for (const item of given) {
    if (typeof item !== 'object' || item === null || typeof item.Name !== 'string' || item.Name === '') {
      throw new CognitoError('InvalidParameterException', 'Every Schema entry needs a Name.');
    }
    const standard = schema.find((attribute) => attribute.Name === item.Name);
    if (standard) {
      if (typeof item.Required === 'boolean') standard.Required = item.Required;
      if (typeof item.Mutable === 'boolean') standard.Mutable = item.Mutable;
      continue;
    }
    const type = item.AttributeDataType ?? 'String';
    if (!TYPES.includes(type)) {
      throw new CognitoError('InvalidParameterException', `Invalid AttributeDataType for ${item.Name}.`);
    }
    if (item.Required === true) {
      throw new CognitoError('InvalidParameterException', 'Required custom attributes are not supported currently.');
    }
    const name = item.Name.startsWith('custom:') ? item.Name : `custom:${item.Name}`;
    schema.push({
      Name: name,
      AttributeDataType: type,
      Mutable: item.Mutable ?? true,
      Required: false,
      DeveloperOnlyAttribute: item.DeveloperOnlyAttribute ?? false,
      ...(item.StringAttributeConstraints ? { StringAttributeConstraints: item.StringAttributeConstraints } : {}),
      ...(item.NumberAttributeConstraints ? { NumberAttributeConstraints: item.NumberAttributeConstraints } : {}),
    });
  }
  return schema;
}
