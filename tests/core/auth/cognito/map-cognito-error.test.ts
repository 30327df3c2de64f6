import { describe, expect, it } from 'vitest';
import {
  CognitoServiceError,
  isRetryableCognitoError,
  mapCognitoError,
} from '../../../../core/auth/cognito/map-cognito-error';
import { isSidekeyError } from '../../../../core/errors/sidekey-error';

const answer = (body: string, headers: Record<string, string> = {}, status = 400) =>
  mapCognitoError({ status, headers: new Headers(headers), body });

describe('mapCognitoError', () => {
  it.each([
    [
      'header x-amzn-errortype wins over the body',
      { 'x-amzn-errortype': 'NotAuthorizedException:' },
      '{"__type":"Other"}',
      'NotAuthorizedException',
    ],
    ['body code comes before __type', {}, '{"code":"CodeMismatchException","__type":"Other"}', 'CodeMismatchException'],
    [
      'a namespaced __type keeps the part after #',
      {},
      '{"__type":"com.amazonaws.cognito#UserNotFoundException"}',
      'UserNotFoundException',
    ],
    [
      'a type with a URL after : is cut at the :',
      { 'x-amzn-errortype': 'ExpiredCodeException:http://internal.amazon.com/' },
      '{}',
      'ExpiredCodeException',
    ],
    ['a type with a , is cut at the ,', {}, '{"__type":"TooManyRequestsException,extra"}', 'TooManyRequestsException'],
    ['no type anywhere gives UnknownError', {}, '{"message":"boom"}', 'UnknownError'],
    ['an unparseable body gives UnknownError', {}, '<html>Bad gateway</html>', 'UnknownError'],
  ])('%s', (_, headers, body, code) => {
    const error = answer(body, headers);
    expect(error).toBeInstanceOf(CognitoServiceError);
    expect(isSidekeyError(error, code)).toBe(true);
  });

  it('takes the message from body message, then Message', () => {
    expect(answer('{"__type":"X","message":"Incorrect username or password."}').message).toBe(
      'Incorrect username or password.',
    );
    expect(answer('{"__type":"X","Message":"Capitalised"}').message).toBe('Capitalised');
    expect(answer('{"__type":"X"}').message).toBe('Unknown error');
  });

  it('keeps the status and the request id from the first request id header present', () => {
    const error = answer('{"__type":"X"}', { 'x-amz-request-id': 'second', 'x-amzn-requestid': 'first' }, 503);
    expect(error.status).toBe(503);
    expect(error.requestId).toBe('first');
    expect(answer('{}', { 'x-amz-request-id': 'only' }).requestId).toBe('only');
  });

  it('turns a fetch TypeError into NetworkError with the original as cause', () => {
    const thrown = new TypeError('fetch failed');
    const error = mapCognitoError({ thrown });
    expect(error.code).toBe('NetworkError');
    expect(error.cause).toBe(thrown);
    expect(error.status).toBeUndefined();
  });

  it('keeps timeouts and aborts apart from other throws', () => {
    expect(mapCognitoError({ thrown: new DOMException('late', 'TimeoutError') }).code).toBe('TimeoutError');
    expect(mapCognitoError({ thrown: new DOMException('stop', 'AbortError') }).code).toBe('AbortError');
    expect(mapCognitoError({ thrown: 'weird' }).code).toBe('UnknownError');
  });
});

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
      expect(isRetryableCognitoError(error(code, code.endsWith('Error') ? undefined : 400), 'GetUser')).toBe(true);
    }
  });

  it('retries 429 and 500/502/503/504 whatever the code', () => {
    for (const status of [429, 500, 502, 503, 504])
      expect(isRetryableCognitoError(error('InternalErrorException', status), 'InitiateAuth')).toBe(true);
  });

  it('never retries other client errors or 501', () => {
    for (const code of [
      'NotAuthorizedException',
      'CodeMismatchException',
      'UserNotFoundException',
      'InvalidParameterException',
    ]) {
      expect(isRetryableCognitoError(error(code, 400), 'GetUser')).toBe(false);
    }
    expect(isRetryableCognitoError(error('NotImplemented', 501), 'GetUser')).toBe(false);
    expect(isRetryableCognitoError(error('UnknownError', 200), 'GetUser')).toBe(false);
  });
  it('re-sends a single-use operation only when Cognito throttled it, never after a failure it may have acted on', () => {
    for (const operation of ['RespondToAuthChallenge', 'VerifySoftwareToken', 'ConfirmSignUp'] as const) {
      expect(isRetryableCognitoError(error('TooManyRequestsException', 400), operation)).toBe(true);
      expect(isRetryableCognitoError(error('SlowDown', 429), operation)).toBe(true);
      for (const failure of [
        error('NetworkError'),
        error('TimeoutError'),
        error('InternalErrorException', 500),
        error('ServiceUnavailable', 503),
        error('LimitExceededException', 400),
      ]) {
        expect(isRetryableCognitoError(failure, operation)).toBe(false);
      }
    }
  });
});
