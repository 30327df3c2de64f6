import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, createClock } from './clock/create-clock';
import { createStandInProvider } from './federation/create-stand-in-provider';
import { createStandInRoute } from './federation/create-stand-in-route';
import { createHostedUiRoute } from './hosted-ui/create-hosted-ui-route';
import { createPoolHandler } from './http/create-pool-handler';
import { createOriginPolicy } from './http/origin-policy';
import type { RouteHandler } from './http/route-handler';
import type { OperationContext } from './operations/operation-context';
import { operations } from './operations/registry';
import { Outbox } from './outbox';
import { loadState } from './persistence/load-state';
import { persistStore } from './persistence/persist-store';
import { applySeed } from './seed/apply-seed';
import { readSeedFile } from './seed/read-seed-file';
import type { SeedFile } from './seed/seed-file';
import { PoolStore } from './state/pool-store';
import type { RandomBytes } from './state/random-string';
import { issueTokens } from './tokens/issue-tokens';
import { verifyAccessToken } from './tokens/verify-access-token';

export interface StartPoolOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** A seed object or the path of a seed JSON file; applied to pools the data file does not already hold. */
  seed?: SeedFile | string;
  /** Load from and persist to this file (atomically, after every change). In memory when absent. */
  dataFile?: string;
  clock?: Clock;
  random?: RandomBytes;
  /** Console lines (outbox messages, internal errors). Silent when absent. */
  logger?: (line: string) => void;
  /** Also log each refused API call: operation, exception and message (pool/http/create-pool-handler.ts). */
  logRefusals?: boolean;
  /** Routes tried before the built-in GET routes (for the hosted UI). */
  extraRoutes?: RouteHandler[];
  /** Browser origins answered besides loopback and the extension (`--allow-origin`; pool/http/origin-policy.ts). */
  allowOrigins?: string[];
}

export interface RunningPool {
  url: string;
  port: number;
  store: PoolStore;
  clock: Clock;
  outbox: Outbox;
  /** A context like the one operations get (for tests and seeds). */
  context(): OperationContext;
  stop(): Promise<void>;
}

/** Starts the local Cognito-compatible user pool server. */
export async function startPool(options: StartPoolOptions = {}): Promise<RunningPool> {
  const clock = options.clock ?? createClock();
  const random = options.random ?? ((bytes: number) => new Uint8Array(randomBytes(bytes)));
  const logger = options.logger ?? (() => {});
  const loaded = options.dataFile ? loadState(options.dataFile) : undefined;
  const store = new PoolStore(loaded);
  const outbox = new Outbox({ logger });
  let baseUrl = 'http://127.0.0.1';
  const issuer = (poolId: string) => `${baseUrl}/${poolId}`;

  const context = (requestId?: string): OperationContext => {
    const ctx: OperationContext = {
      store,
      clock,
      random,
      issuer,
      outbox,
      tokens: {
        issueTokens: (issueOptions) => issueTokens(ctx, issueOptions),
        verifyAccessToken: (token) => verifyAccessToken(ctx, token),
      },
      ...(requestId ? { requestId } : {}),
    };
    return ctx;
  };

  if (options.seed !== undefined) {
    const seed = typeof options.seed === 'string' ? readSeedFile(options.seed) : options.seed;
    await applySeed(context(), seed);
  }
  const unpersist = options.dataFile ? persistStore(store, options.dataFile) : undefined;

  const host = options.host ?? '127.0.0.1';
  const standIn = createStandInProvider({ clock, random });
  const originPolicy = createOriginPolicy({ hostName: host, allowOrigins: options.allowOrigins ?? [] });
  const server = createServer(
    createPoolHandler({
      originPolicy,
      createContext: context,
      operations,
      clock,
      random,
      store,
      outbox,
      issuer,
      logger,
      ...(options.logRefusals ? { logRefusals: true } : {}),
      extraRoutes: [
        createHostedUiRoute({ context: () => context(), standIn }),
        createStandInRoute({ standIn, poolOrigin: () => baseUrl }),
        ...(options.extraRoutes ?? []),
      ],
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: baseUrl,
    port,
    store,
    clock,
    outbox,
    context: () => context(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        unpersist?.();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
