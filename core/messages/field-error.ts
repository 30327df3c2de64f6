import { SidekeyError } from '../errors/sidekey-error';

/**
 * A refused piece of message input that names where it is: `field` is the input's key path (`userPoolId`,
 * `options.authFlowType`, `cognito.clientId`), carried to the page in the failed reply so a form marks that field
 * without reading the message text.
 */
export class FieldError extends SidekeyError {
  readonly field: string;

  constructor(options: { code: string; field: string; message: string; cause?: unknown }) {
    super(options);
    this.field = options.field;
  }
}
