import { AuthError } from '../auth-error';
import { isAwsRegion } from './aws-region';
import type { CognitoOperation, CognitoOperations } from './cognito-operations';
import { CognitoServiceError, isRetryableCognitoError, mapCognitoError } from './map-cognito-error';

/** Calls Cognito user-pool API operations; every failure is a {@link CognitoServiceError}. */
export interface CognitoClient {
  call<Op extends CognitoOperation>(
    operation: Op,
    input: CognitoOperations[Op]['input'],
  ): Promise<CognitoOperations[Op]['output']>;
}

interface CognitoClientOptions {
  /** Full POST URL, from {@link resolveEndpoint}. */
  endpoint: string;
  fetch: typeof fetch;
  /** Waits between attempts; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Uniform in [0, 1) for the retry jitter; defaults to WebCrypto randomness. */
  random?: () => number;
  /** A fresh id per logical call (`amz-sdk-invocation-id`); defaults to `crypto.randomUUID()`. */
  createInvocationId?: () => string;
  /** `x-amz-user-agent`. */
  userAgent?: string;
  /** Attempts per call including the first; 3 like Amplify. */
  maxAttempts?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const defaultRandom = () => globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

function parseOutput(body: string, status: number, requestId: string | undefined): unknown {
  if (body.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // fall through to the error below
  }
  throw new CognitoServiceError({
    code: 'UnknownError',
    message: 'Cognito sent an unreadable answer.',
    status,
    requestId,
  });
}

/**
 * A hand-written client for the Cognito user-pool JSON API (AWS JSON 1.1 protocol, unsigned), sending the headers
 * Amplify sends (docs/cognito-api.md §1.2) and retrying like Amplify (docs/cognito-api.md §1.3): up to
 * `maxAttempts` attempts for network errors, timeouts, throttling and 429/5xx, waiting 2^attempt·100 ms plus
 * 0–100 ms of jitter — except that a single-use operation (RespondToAuthChallenge…) is re-sent only when throttled.
 */
export function createCognitoClient(options: CognitoClientOptions): CognitoClient {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? defaultRandom;
  const createInvocationId = options.createInvocationId ?? (() => globalThis.crypto.randomUUID());
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const userAgent = options.userAgent ?? 'sidekey/0.1.0';

  async function attempt(operation: CognitoOperation, body: string, invocationId: string, n: number): Promise<unknown> {
    let response: Response;
    let text: string;
    try {
      response = await options.fetch(options.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
          'x-amz-user-agent': userAgent,
          'cache-control': 'no-store',
          'amz-sdk-invocation-id': invocationId,
          'amz-sdk-request': `attempt=${n}; max=${maxAttempts}`,
        },
        body,
        cache: 'no-store',
        // A redirect would re-send the body (passwords, tokens) to wherever it points: refuse it (docs/security.md §3).
        redirect: 'error',
      });
      text = await response.text();
    } catch (thrown) {
      throw mapCognitoError({ thrown });
    }
    if (response.status >= 300)
      throw mapCognitoError({ status: response.status, headers: response.headers, body: text });
    return parseOutput(text, response.status, response.headers.get('x-amzn-requestid') ?? undefined);
  }

  return {
    async call(operation, input) {
      const body = JSON.stringify(input);
      const invocationId = createInvocationId();
      for (let n = 1; ; n++) {
        try {
          return (await attempt(operation, body, invocationId, n)) as CognitoOperations[typeof operation]['output'];
        } catch (error) {
          const failure = error as CognitoServiceError;
          if (n >= maxAttempts || !isRetryableCognitoError(failure, operation)) throw failure;
          await sleep(2 ** n * 100 + random() * 100);
        }
      }
    },
  };
}

/** AWS's UserPoolId pattern `[\w-]+_[0-9a-zA-Z]+` (API reference, InitiateAuth/UserPoolId), region before the `_`. */
const userPoolIdPattern = /^([A-Za-z0-9-]+)_[0-9a-zA-Z]+$/;

/**
 * The Cognito user-pool API URL for a pool: `userPoolEndpoint` verbatim when given (Amplify's custom endpoint),
 * else `https://cognito-idp.<region>.amazonaws.com/` with `region`, or the region taken from the pool id
 * (`.amazonaws.com.cn` for `cn-*` regions). https://docs.aws.amazon.com/general/latest/gr/cognito_identity.html
 * A region that is not an AWS region name never reaches the host name (docs/security.md §3), even from a profile
 * stored before profiles were checked for it.
 */
export function resolveEndpoint(options: { userPoolId: string; userPoolEndpoint?: string; region?: string }): string {
  const match = userPoolIdPattern.exec(options.userPoolId);
  if (!match) {
    throw new AuthError({ code: 'InvalidUserPoolId', message: 'The user pool id is not <region>_<id>.' });
  }
  if (options.userPoolEndpoint) return options.userPoolEndpoint;
  const region = options.region || match[1]!;
  if (!isAwsRegion(region)) {
    throw new AuthError({
      code: 'InvalidUserPoolId',
      message: `"${region.slice(0, 40)}" is not an AWS region: a pool outside AWS needs its endpoint URL.`,
    });
  }
  const dnsSuffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://cognito-idp.${region}.${dnsSuffix}/`;
}
