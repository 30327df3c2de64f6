import { describe, expect, it } from 'vitest';
import { CognitoServiceError } from '../../../../core/auth/cognito/cognito-service-error';
import { isRetryableCognitoError } from '../../../../core/auth/cognito/is-retryable-cognito-error';

const error = (code: string, status?: number) => new CognitoServiceError({ code, message: code, status });

describe('isRetryableCognitoError', () => {
  it('retries network errors, timeouts and throttling like Amplify', () => {
    for (const code of [
      'NetworkError',
      'TimeoutError',
      'TooManyRequestsException',
      'LimitExceededException',
      'ThrottlingException',
    ]) {
      expect(isRetryableCognitoError(error(code, code.endsWith('Error') ? undefined : 400))).toBe(true);
    }
  });

  it('retries 429 and 500/502/503/504 whatever the code', () => {
    for (const status of [429, 500, 502, 503, 504])
      expect(isRetryableCognitoError(error('InternalErrorException', status))).toBe(true);
  });

  it('never retries other client errors or 501', () => {
    for (const code of [
      'NotAuthorizedException',
      'CodeMismatchException',
      'UserNotFoundException',
      'InvalidParameterException',
    ]) {
      expect(isRetryableCognitoError(error(code, 400))).toBe(false);
    }
    expect(isRetryableCognitoError(error('NotImplemented', 501))).toBe(false);
    expect(isRetryableCognitoError(error('UnknownError', 200))).toBe(false);
  });
});
