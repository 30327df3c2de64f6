import type { ServerResponse } from 'node:http';
import type { CognitoError } from '../errors/cognito-error';

/** Writes a JSON answer (AWS JSON 1.1 content type unless told otherwise). */
export function sendJson(
  response: ServerResponse,
  options: { status: number; body: unknown; headers?: Record<string, string>; contentType?: string },
): void {
  const text = JSON.stringify(options.body);
  response.writeHead(options.status, {
    ...options.headers,
    'content-type': options.contentType ?? 'application/x-amz-json-1.1',
    'content-length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}

/** Writes a Cognito error: status, `x-amzn-errortype`, `{"__type","message"}`. */
export function sendCognitoError(
  response: ServerResponse,
  error: CognitoError,
  headers: Record<string, string> = {},
): void {
  sendJson(response, {
    status: error.status,
    body: { __type: error.type, message: error.message },
    headers: { ...headers, 'x-amzn-errortype': error.type },
  });
}
