import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import { readOptionalEnum, readOptionalStringArray, readOptionalStringMap, readString } from '../operations/read-input';
import type { IdentityProviderKind, IdentityProviderRecord, UserPool } from '../state/types';

const kinds: readonly IdentityProviderKind[] = [
  'Google',
  'Facebook',
  'LoginWithAmazon',
  'SignInWithApple',
  'OIDC',
  'SAML',
];
const social: readonly IdentityProviderKind[] = ['Google', 'Facebook', 'LoginWithAmazon', 'SignInWithApple'];

/**
 * Adds an identity provider to `pool` from a CreateIdentityProvider input (ProviderName, ProviderType,
 * ProviderDetails, AttributeMapping, IdpIdentifiers), with Cognito's rules: a name of 1 to 32 characters other than
 * `COGNITO`, a social provider named after its type, one provider per name
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html).
 * The caller marks the store changed.
 */
export function createIdentityProvider(
  ctx: Pick<OperationContext, 'clock'>,
  pool: UserPool,
  input: Record<string, unknown>,
): IdentityProviderRecord {
  const name = readString(input, 'ProviderName', { maxLength: 32 });
  const type = readOptionalEnum(input, 'ProviderType', kinds);
  if (type === undefined) throw invalid(`ProviderType must be one of ${kinds.join(', ')}.`);
  if (name === 'COGNITO') throw invalid('ProviderName COGNITO is reserved for the user pool itself.');
  if (social.includes(type) && name !== type) throw invalid(`A ${type} provider must be named ${type}.`);
  const providers = pool.identityProviders ?? {};
  if (Object.hasOwn(providers, name)) {
    throw new CognitoError('DuplicateProviderException', `A provider with the name ${name} already exists.`);
  }
  const now = ctx.clock.now();
  const provider: IdentityProviderRecord = {
    ProviderName: name,
    ProviderType: type,
    ProviderDetails: readOptionalStringMap(input, 'ProviderDetails') ?? {},
    AttributeMapping: readOptionalStringMap(input, 'AttributeMapping') ?? {},
    IdpIdentifiers: readOptionalStringArray(input, 'IdpIdentifiers') ?? [],
    CreationDate: now,
    LastModifiedDate: now,
  };
  pool.identityProviders = { ...providers, [name]: provider };
  return provider;
}

function invalid(message: string): CognitoError {
  return new CognitoError('InvalidParameterException', message);
}
