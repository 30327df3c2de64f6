import { AuthError } from '../auth-error';
import type { CognitoOperation } from './cognito-operations';
import { isSingleUseOperation } from './single-use-operations';

/**
 * A failed Cognito call. `code` and `name` are Cognito's exception name (e.g. `NotAuthorizedException`), or `NetworkError`,
 * `TimeoutError` or `UnknownError` when no answer could be read. `status` and `requestId` (header
 * `x-amzn-requestid`) are kept for support, never the request body.
 */
export class CognitoServiceError extends AuthError {
  readonly status: number | undefined;
  readonly requestId: string | undefined;

  constructor(options: { code: string; message: string; status?: number; requestId?: string; cause?: unknown }) {
    super(options);
    this.status = options.status;
    this.requestId = options.requestId;
  }
}

/** A Cognito answer with status ≥ 300, or what `fetch` threw instead of answering. */
type CognitoFailure = { status: number; headers: Headers; body: string } | { thrown: unknown };

const requestIdHeaders = ['x-amzn-requestid', 'x-amzn-request-id', 'x-amz-request-id'];

/**
 * Cuts an AWS error type down to the exception name: up to the first `:` or `,`, then after the last `#`
 * (`com.amazonaws…#NotAuthorizedException` and `NotAuthorizedException:http://…` both give `NotAuthorizedException`).
 * AWS JSON 1.1 protocol: https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization
 */
function cleanErrorType(value: string): string {
  const head = value.split(/[:,]/)[0]!.trim();
  return head.slice(head.lastIndexOf('#') + 1);
}

function parseBody(body: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function fromThrown(thrown: unknown): CognitoServiceError {
  const name = thrown instanceof Error || thrown instanceof DOMException ? thrown.name : '';
  // fetch rejects with a TypeError when the network fails (WHATWG Fetch §4.1 "network error").
  if (thrown instanceof TypeError)
    return new CognitoServiceError({ code: 'NetworkError', message: thrown.message, cause: thrown });
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new CognitoServiceError({ code: name, message: (thrown as Error).message, cause: thrown });
  }
  return new CognitoServiceError({ code: 'UnknownError', message: 'The request to Cognito failed.', cause: thrown });
}

/**
 * The one place a Cognito failure becomes a {@link CognitoServiceError} (docs/cognito-api.md §1.3). Code: header
 * `x-amzn-errortype`, else body `code`, else body `__type`, cleaned; `UnknownError` when none can be read. Message:
 * body `message`, else `Message`. A fetch TypeError becomes `NetworkError`.
 */
export function mapCognitoError(failure: CognitoFailure): CognitoServiceError {
  if ('thrown' in failure) return fromThrown(failure.thrown);
  const body = parseBody(failure.body);
  const rawType = text(failure.headers.get('x-amzn-errortype')) ?? text(body?.code) ?? text(body?.__type);
  const code = rawType === undefined ? 'UnknownError' : cleanErrorType(rawType) || 'UnknownError';
  const message = text(body?.message) ?? text(body?.Message) ?? (body ? 'Unknown error' : 'Unparseable error response');
  const requestId = requestIdHeaders.map((name) => failure.headers.get(name)).find((value) => value) ?? undefined;
  return new CognitoServiceError({ code, message, status: failure.status, requestId });
}

/** AWS SDK throttling error names (the set the AWS SDKs and Amplify's retry middleware retry). */
const throttlingCodes = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
]);
const timeoutCodes = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const transientStatuses = new Set([429, 500, 502, 503, 504]);

/**
 * Whether a failed call is worth another attempt, as Amplify decides (docs/cognito-api.md §1.3): network errors,
 * timeouts, HTTP 429/500/502/503/504 and throttling codes — including Cognito's `LimitExceededException` and
 * `TooManyRequestsException`. Any other 4xx (e.g. `NotAuthorizedException`) is final. Clock-skew codes are not
 * retried: these requests are unsigned. A single-use operation (single-use-operations.ts) is retried only when
 * Cognito refused it before acting on it — throttled by rate (429, `TooManyRequestsException`…), not by an attempt
 * limit (`LimitExceededException`) — since any other failure may have spent its session or code.
 */
export function isRetryableCognitoError(error: CognitoServiceError, operation: CognitoOperation): boolean {
  if (isSingleUseOperation(operation)) return refusedUnprocessed(error);
  if (error.code === 'NetworkError' || timeoutCodes.has(error.code) || throttlingCodes.has(error.code)) return true;
  return error.status !== undefined && transientStatuses.has(error.status);
}

/** A rate throttle: Cognito turned the request away before acting on it. */
function refusedUnprocessed(error: CognitoServiceError): boolean {
  return error.status === 429 || (throttlingCodes.has(error.code) && error.code !== 'LimitExceededException');
}
