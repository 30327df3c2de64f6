import type { RequestHandler } from '../create-router';
import { parseNoInput } from '../parse-input';

export interface StatusInfo {
  version: string;
}

/** `status`: what the worker knows about itself; the popup's first call. */
export function statusHandler(options: { version: string }): RequestHandler<undefined, StatusInfo, unknown> {
  return {
    from: ['extension-page'],
    parse: parseNoInput,
    run: () => ({ version: options.version }),
  };
}
