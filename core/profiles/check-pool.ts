import { createCognitoClient, resolveEndpoint } from '../auth/cognito/create-cognito-client';
import type { CognitoServiceError } from '../auth/cognito/map-cognito-error';
import { SidekeyError } from '../errors/sidekey-error';
import { FieldError } from '../messages/field-error';
import type { NewPoolProfile } from './pool-profile';

/** What decides where a pool is reached: the pool, its app client, its endpoint and region. */
export type PoolAddress = Pick<NewPoolProfile, 'userPoolId' | 'userPoolClientId' | 'userPoolEndpoint'> & {
  region?: string;
};

/**
 * A user name no one picks, for the client check's InitiateAuth: an unknown user never counts a failed attempt
 * against anyone (docs/cognito-api.md §1.4).
 */
const PROBE_USERNAME = 'sidekey-pool-check-3f9c2a7e51d04b86';

/** Answers that mean "no answer about the pool at all": the network, the server's own trouble, throttling. */
const UNANSWERED = new Set([
  'NetworkError',
  'TimeoutError',
  'AbortError',
  'UnknownError',
  'InternalErrorException',
  'TooManyRequestsException',
  'LimitExceededException',
]);

/** The pool's issuer URL: `<endpoint>/<poolId>`, where Cognito serves its OpenID configuration and keys. */
function poolIssuer(pool: PoolAddress): string {
  const endpoint = resolveEndpoint(pool);
  return `${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}${pool.userPoolId}`;
}

function notChecked(host: string, cause?: unknown): SidekeyError {
  return new SidekeyError({
    code: 'PoolNotChecked',
    message: `Sidekey could not reach ${host} to check this pool. Add it anyway only if the ids are right.`,
    cause,
  });
}

/** The pool's public keys: 200 with a `keys` list for a pool that exists, a 4xx for one that does not. */
async function checkUserPool(pool: PoolAddress, options: { fetch: typeof fetch; host: string }): Promise<void> {
  let response: Response;
  let body: unknown;
  try {
    response = await options.fetch(`${poolIssuer(pool)}/.well-known/jwks.json`, {
      method: 'GET',
      cache: 'no-store',
      redirect: 'error',
    });
    body = response.ok ? await response.json().catch(() => undefined) : undefined;
  } catch (cause) {
    throw notChecked(options.host, cause);
  }
  if (response.status >= 500 || response.status === 429) throw notChecked(options.host);
  const keys = (body as { keys?: unknown } | undefined)?.keys;
  if (response.ok && Array.isArray(keys)) return;
  throw new FieldError({
    code: 'UserPoolNotFound',
    field: 'userPoolId',
    message: `${options.host} has no user pool ${pool.userPoolId}. Check the pool id (its region comes first).`,
  });
}

/** InitiateAuth for a user no one has: any answer but ResourceNotFoundException means the app client exists. */
async function checkAppClient(pool: PoolAddress, options: { fetch: typeof fetch; host: string }): Promise<void> {
  const client = createCognitoClient({ endpoint: resolveEndpoint(pool), fetch: options.fetch, maxAttempts: 2 });
  try {
    await client.call('InitiateAuth', {
      ClientId: pool.userPoolClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: PROBE_USERNAME, PASSWORD: 'not-a-password' },
    });
  } catch (error) {
    const { code } = error as CognitoServiceError;
    if (code === 'ResourceNotFoundException') {
      throw new FieldError({
        code: 'AppClientNotFound',
        field: 'userPoolClientId',
        message: `${pool.userPoolId} has no app client ${pool.userPoolClientId}. Check the app client id.`,
      });
    }
    if (UNANSWERED.has(code)) throw notChecked(options.host, error);
  }
}

/**
 * Checks a pool before it is stored (docs/cognito-api.md §1.4): a mistyped pool id otherwise shows only as a wrong
 * password, because SRP mixes the pool's name into the proof. Throws `UserPoolNotFound` (field `userPoolId`) or
 * `AppClientNotFound` (field `userPoolClientId`) for a part that is wrong, and `PoolNotChecked` when the server
 * could not be asked — a warning the user may override, not a refusal.
 */
export async function checkPool(pool: PoolAddress, options: { fetch: typeof fetch }): Promise<void> {
  const host = new URL(resolveEndpoint(pool)).host;
  await checkUserPool(pool, { ...options, host });
  await checkAppClient(pool, { ...options, host });
}
