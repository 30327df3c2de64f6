/**
 * A Cognito service error. The HTTP layer serialises it as AWS JSON 1.1 does: status `status`, header
 * `x-amzn-errortype: <type>`, body `{"__type": "<type>", "message": "..."}`.
 * Clients read the type from the header first, then `__type` (docs/cognito-api.md §1.3).
 */
export class CognitoError extends Error {
  override readonly name = 'CognitoError';
  readonly type: string;
  readonly status: number;

  constructor(type: string, message: string, status = 400) {
    super(message);
    this.type = type;
    this.status = status;
  }
}

/** Whether `value` is a {@link CognitoError}, optionally of one of the given types. */
export function isCognitoError(value: unknown, ...types: string[]): value is CognitoError {
  return value instanceof CognitoError && (types.length === 0 || types.includes(value.type));
}
