import type { SchemaAttribute } from './types';

function string(name: string, options: { mutable?: boolean; max?: string } = {}): SchemaAttribute {
  return {
    Name: name,
    AttributeDataType: 'String',
    Mutable: options.mutable ?? true,
    Required: false,
    DeveloperOnlyAttribute: false,
    StringAttributeConstraints: { MinLength: name === 'sub' ? '1' : '0', MaxLength: options.max ?? '2048' },
  };
}

function boolean(name: string): SchemaAttribute {
  return { Name: name, AttributeDataType: 'Boolean', Mutable: true, Required: false, DeveloperOnlyAttribute: false };
}

/**
 * Cognito's standard attributes (OpenID Connect standard claims), present in every pool
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#cognito-user-pools-standard-attributes).
 */
export function standardSchema(): SchemaAttribute[] {
  return [
    string('sub', { mutable: false }),
    string('name'),
    string('given_name'),
    string('family_name'),
    string('middle_name'),
    string('nickname'),
    string('preferred_username'),
    string('profile'),
    string('picture'),
    string('website'),
    string('email'),
    boolean('email_verified'),
    string('gender'),
    string('birthdate', { max: '10' }),
    string('zoneinfo'),
    string('locale'),
    string('phone_number'),
    boolean('phone_number_verified'),
    string('address'),
    {
      Name: 'updated_at',
      AttributeDataType: 'Number',
      Mutable: true,
      Required: false,
      DeveloperOnlyAttribute: false,
      NumberAttributeConstraints: { MinValue: '0' },
    },
    { ...string('identities'), DeveloperOnlyAttribute: false },
  ];
}
