import type { IncomingMessage, ServerResponse } from 'node:http';

/** A non-API route: answers and returns true, or returns false to let the next one try. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;
