import { parseArgs } from 'node:util';
import { normalizeOrigin } from './http/origin-policy';

export interface CliArguments {
  port: number;
  host: string;
  seed?: string;
  data?: string;
  /** Browser origins answered besides loopback pages and the Sidekey extension. */
  allowOrigins: string[];
}

export const USAGE = `Usage: npm run pool -- [--port N] [--host H] [--seed FILE] [--data FILE] [--allow-origin ORIGIN]
  --port N     port to listen on (default 9229; 0 picks a free one)
  --host H     address to bind (default 127.0.0.1)
  --seed FILE  seed JSON applied at start (pools already in the data file are kept)
  --data FILE  load state from FILE and save it there after every change (default: in memory only)
  --allow-origin ORIGIN  also answer browser pages from ORIGIN (repeatable; loopback pages and the
               Sidekey extension are always answered)`;

/** Parses the CLI's flags; throws an Error whose message explains the problem on anything unexpected. */
export function parseCliArguments(argv: string[]): CliArguments {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument: ${positionals[0]}`);
  const port = values.port === undefined ? 9229 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535 || values.port === '') {
    throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  }
  return {
    port,
    host: values.host ?? '127.0.0.1',
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(values.data !== undefined ? { data: values.data } : {}),
    allowOrigins: (values['allow-origin'] ?? []).map(normalizeOrigin),
  };
}
