/**
 * `npm run pool -- --port N [--seed FILE] [--data FILE] [--host H]`: runs the local Cognito-compatible user
 * pool until SIGINT/SIGTERM. Prints the seed's users and exactly one ready line
 * ("Sidekey pool listening on <url>"); outbox messages (codes) follow, one line each.
 */
import { type CliArguments, parseCliArguments, USAGE } from './cli-arguments';
import { describeSeedUsers } from './seed/describe-seed-users';
import { readSeedFile } from './seed/read-seed-file';
import { startPool } from './start-pool';

async function main(): Promise<void> {
  let args: CliArguments;
  try {
    args = parseCliArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  const seed = args.seed !== undefined ? readSeedFile(args.seed) : undefined;
  const pool = await startPool({
    port: args.port,
    host: args.host,
    ...(seed ? { seed } : {}),
    ...(args.data !== undefined ? { dataFile: args.data } : {}),
    allowOrigins: args.allowOrigins,
    logger: (line) => console.log(line),
  });
  if (seed) for (const line of describeSeedUsers(seed)) console.log(line);
  if (!['127.0.0.1', 'localhost', '::1'].includes(args.host)) {
    console.log(`Warning: ${args.host} is not a loopback address; anyone who can reach it can read /_pool/outbox.`);
  }
  console.log(`Sidekey pool listening on ${pool.url}${args.data ? ` (data: ${args.data})` : ' (in memory)'}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    pool.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The pool could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
