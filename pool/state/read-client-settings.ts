import { CognitoError } from '../errors/cognito-error';
import {
  readOptionalBoolean,
  readOptionalEnum,
  readOptionalInteger,
  readOptionalObject,
  readOptionalString,
  readOptionalStringArray,
} from '../operations/read-input';
import type { AppClient, TokenValidityUnit } from './types';

export type ClientSettings = Omit<
  AppClient,
  'ClientId' | 'ClientName' | 'ClientSecret' | 'UserPoolId' | 'CreationDate' | 'LastModifiedDate'
>;

const AUTH_FLOWS = [
  'ADMIN_NO_SRP_AUTH',
  'CUSTOM_AUTH_FLOW_ONLY',
  'USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_AUTH',
];
const UNITS: readonly TokenValidityUnit[] = ['seconds', 'minutes', 'hours', 'days'];
const UNIT_SECONDS: Record<TokenValidityUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/**
 * Client settings from a CreateUserPoolClient/UpdateUserPoolClient input; left-out fields take Cognito's
 * defaults (UpdateUserPoolClient resets them too, as its API reference warns). Defaults: ExplicitAuthFlows
 * ALLOW_USER_SRP_AUTH + ALLOW_CUSTOM_AUTH + ALLOW_REFRESH_TOKEN_AUTH; access/ID tokens 60 minutes; refresh
 * 30 days; token revocation on; PreventUserExistenceErrors LEGACY; auth sessions 3 minutes.
 */
export function readClientSettings(input: Record<string, unknown>): ClientSettings {
  const flows = readOptionalStringArray(input, 'ExplicitAuthFlows') ?? [
    'ALLOW_USER_SRP_AUTH',
    'ALLOW_CUSTOM_AUTH',
    'ALLOW_REFRESH_TOKEN_AUTH',
  ];
  const unknown = flows.find((flow) => !AUTH_FLOWS.includes(flow));
  if (unknown) {
    throw new CognitoError(
      'InvalidParameterException',
      `1 validation error detected: Value '[${flows.join(', ')}]' at 'explicitAuthFlows' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${AUTH_FLOWS.join(', ')}]]`,
    );
  }
  const units = readOptionalObject(input, 'TokenValidityUnits') ?? {};
  const tokenUnits = {
    AccessToken: readOptionalEnum(units, 'AccessToken', UNITS) ?? 'hours',
    IdToken: readOptionalEnum(units, 'IdToken', UNITS) ?? 'hours',
    RefreshToken: readOptionalEnum(units, 'RefreshToken', UNITS) ?? 'days',
  };
  const access =
    readOptionalInteger(input, 'AccessTokenValidity', { min: 1 }) ?? defaultIn(3600, tokenUnits.AccessToken);
  const id = readOptionalInteger(input, 'IdTokenValidity', { min: 1 }) ?? defaultIn(3600, tokenUnits.IdToken);
  const refresh =
    readOptionalInteger(input, 'RefreshTokenValidity', { min: 1 }) ?? defaultIn(30 * 86_400, tokenUnits.RefreshToken);
  // Ranges from the CreateUserPoolClient API reference: access/ID 5 minutes–1 day, refresh 60 minutes–10 years.
  checkRange('AccessTokenValidity', access * UNIT_SECONDS[tokenUnits.AccessToken], 300, 86_400);
  checkRange('IdTokenValidity', id * UNIT_SECONDS[tokenUnits.IdToken], 300, 86_400);
  checkRange('RefreshTokenValidity', refresh * UNIT_SECONDS[tokenUnits.RefreshToken], 3600, 3650 * 86_400);
  const rotation = readOptionalObject(input, 'RefreshTokenRotation') ?? {};
  const defaultRedirect = readOptionalString(input, 'DefaultRedirectURI');
  return {
    ExplicitAuthFlows: flows,
    AccessTokenValidity: access,
    IdTokenValidity: id,
    RefreshTokenValidity: refresh,
    TokenValidityUnits: tokenUnits,
    AuthSessionValidity: readOptionalInteger(input, 'AuthSessionValidity', { min: 3, max: 15 }) ?? 3,
    EnableTokenRevocation: readOptionalBoolean(input, 'EnableTokenRevocation') ?? true,
    RefreshTokenRotation: {
      Feature: readOptionalEnum(rotation, 'Feature', ['ENABLED', 'DISABLED']) ?? 'DISABLED',
      RetryGracePeriodSeconds: readOptionalInteger(rotation, 'RetryGracePeriodSeconds', { min: 0, max: 60 }) ?? 0,
    },
    PreventUserExistenceErrors:
      readOptionalEnum(input, 'PreventUserExistenceErrors', ['ENABLED', 'LEGACY']) ?? 'LEGACY',
    ...optionalList(input, 'ReadAttributes'),
    ...optionalList(input, 'WriteAttributes'),
    CallbackURLs: readOptionalStringArray(input, 'CallbackURLs') ?? [],
    LogoutURLs: readOptionalStringArray(input, 'LogoutURLs') ?? [],
    ...(defaultRedirect ? { DefaultRedirectURI: defaultRedirect } : {}),
    SupportedIdentityProviders: readOptionalStringArray(input, 'SupportedIdentityProviders') ?? [],
    AllowedOAuthFlows: readOptionalStringArray(input, 'AllowedOAuthFlows') ?? [],
    AllowedOAuthScopes: readOptionalStringArray(input, 'AllowedOAuthScopes') ?? [],
    AllowedOAuthFlowsUserPoolClient: readOptionalBoolean(input, 'AllowedOAuthFlowsUserPoolClient') ?? false,
  };
}

function defaultIn(seconds: number, unit: TokenValidityUnit): number {
  return Math.max(1, Math.floor(seconds / UNIT_SECONDS[unit]));
}

function checkRange(name: string, seconds: number, min: number, max: number): void {
  if (seconds < min || seconds > max) {
    throw new CognitoError('InvalidParameterException', `${name} is out of range (${min}s to ${max}s).`);
  }
}

function optionalList(input: Record<string, unknown>, key: 'ReadAttributes' | 'WriteAttributes') {
  const list = readOptionalStringArray(input, key);
  return list ? { [key]: list } : {};
}
