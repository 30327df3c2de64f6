import { SidekeyError } from '../errors/sidekey-error';
import { parseOrigin } from '../origins/parse-origin';

/** A Cognito user pool + app client that Sidekey signs in to, and the sites it may sign in on. */
export interface PoolProfile {
  id: string;
  label: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Full POST URL of a Cognito-compatible endpoint (the local pool, a proxy); AWS's regional endpoint when absent. */
  userPoolEndpoint?: string;
  /** Region, from the pool id unless given. */
  region: string;
  /** Origins where this pool's accounts may be filled and signed in. */
  origins: string[];
  /** The pool's hosted UI (managed login), for signInWithRedirect: its origin and the scopes to ask for. */
  hostedUi?: { domain: string; scopes: string[] };
  createdAt: number;
}

/** Scopes asked for when a profile names none: Amplify's defaults for a user-pool app. */
const DEFAULT_SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

export type NewPoolProfile = Omit<PoolProfile, 'id' | 'createdAt'>;

// Pool and client id formats from the Cognito API reference (UserPoolId, ClientId).
// @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]{1,128}$/;

function invalid(message: string): SidekeyError {
  return new SidekeyError({ code: 'InvalidProfile', message });
}

function readString(record: Record<string, unknown>, key: string, options: { optional?: boolean } = {}) {
  const value = record[key];
  if (value === undefined && options.optional) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 2048) {
    throw invalid(`"${key}" must be a non-empty string.`);
  }
  return value.trim();
}

function parseEndpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new SidekeyError({ code: 'InvalidProfile', message: `"${value}" is not a valid endpoint URL.`, cause });
  }
  parseOrigin(url.origin); // https, or http on loopback only
  return url.href;
}

/** Validates what a user typed (or a message carried) into a profile to store; throws `InvalidProfile`. */
export function parsePoolProfileInput(input: unknown): NewPoolProfile {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw invalid('A profile must be an object.');
  const record = input as Record<string, unknown>;
  const userPoolId = readString(record, 'userPoolId')!;
  if (!USER_POOL_ID.test(userPoolId)) throw invalid(`"${userPoolId}" is not a user pool id (like us-east-1_AbC123).`);
  const userPoolClientId = readString(record, 'userPoolClientId')!;
  if (!CLIENT_ID.test(userPoolClientId)) throw invalid(`"${userPoolClientId}" is not an app client id.`);
  const endpoint = readString(record, 'userPoolEndpoint', { optional: true });
  const origins = record.origins ?? [];
  if (!Array.isArray(origins) || origins.some((origin) => typeof origin !== 'string') || origins.length > 50) {
    throw invalid('"origins" must be a list of web addresses.');
  }
  const hostedUiDomain = readString(record, 'hostedUiDomain', { optional: true });
  const scopes = record.scopes ?? DEFAULT_SCOPES;
  if (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== 'string' || !/^[\x21-\x7e]+$/.test(scope))) {
    throw invalid('"scopes" must be a list of OAuth scope names.');
  }
  return {
    label: readString(record, 'label', { optional: true }) ?? userPoolId,
    userPoolId,
    userPoolClientId,
    ...(endpoint ? { userPoolEndpoint: parseEndpoint(endpoint) } : {}),
    region: readString(record, 'region', { optional: true }) ?? userPoolId.split('_')[0]!,
    origins: [...new Set((origins as string[]).map((origin) => parseOrigin(origin)))],
    // A bare host is https (as Amplify's oauth.domain); a URL may name http only on loopback (the local pool).
    ...(hostedUiDomain
      ? {
          hostedUi: {
            domain: parseOrigin(hostedUiDomain.includes('://') ? hostedUiDomain : `https://${hostedUiDomain}`),
            scopes,
          },
        }
      : {}),
  };
}
