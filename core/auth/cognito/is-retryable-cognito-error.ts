import type { CognitoServiceError } from './cognito-service-error';

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
 * retried: these requests are unsigned.
 */
export function isRetryableCognitoError(error: CognitoServiceError): boolean {
  if (error.code === 'NetworkError' || timeoutCodes.has(error.code) || throttlingCodes.has(error.code)) return true;
  return error.status !== undefined && transientStatuses.has(error.status);
}
