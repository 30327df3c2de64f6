import { SidekeyError } from '../../errors/sidekey-error';

/**
 * A failed Cognito call. `code` is Cognito's exception name (e.g. `NotAuthorizedException`), or `NetworkError`,
 * `TimeoutError` or `UnknownError` when no answer could be read. `status` and `requestId` (header
 * `x-amzn-requestid`) are kept for support, never the request body.
 */
export class CognitoServiceError extends SidekeyError {
  readonly status: number | undefined;
  readonly requestId: string | undefined;

  constructor(options: { code: string; message: string; status?: number; requestId?: string; cause?: unknown }) {
    super(options);
    this.status = options.status;
    this.requestId = options.requestId;
  }
}
