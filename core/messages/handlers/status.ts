import type { RequestHandler } from '../create-router';
import { noInput, parser } from '../shape';

export interface StatusInfo {
  version: string;
}

/** `status`: what the worker knows about itself; the popup's first call. */
export function statusHandler(options: { version: string }): RequestHandler<undefined, StatusInfo, unknown> {
  return {
    from: ['extension-page'],
    parse: parser(noInput()),
    run: () => ({ version: options.version }),
  };
}
