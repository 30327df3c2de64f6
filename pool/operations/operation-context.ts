import type { Clock } from '../clock/create-clock';
import type { Outbox } from '../outbox';
import type { PoolStore } from '../state/pool-store';
import type { RandomBytes } from '../state/random-string';
import type { IssuedTokens, IssueTokensOptions } from '../tokens/issue-tokens';
import type { VerifiedAccessToken } from '../tokens/verify-access-token';

/** What every operation gets besides its input. Everything time- or randomness-dependent comes from here. */
export interface OperationContext {
  store: PoolStore;
  clock: Clock;
  random: RandomBytes;
  /** `<baseUrl>/<poolId>`: the `iss` of tokens and the JWKS location. */
  issuer(poolId: string): string;
  outbox: Outbox;
  tokens: TokenService;
  /** The region from a signed request's Authorization header (SDK admin calls); pool ids start with it. */
  region?: string;
  /** The request's x-amzn-requestid. */
  requestId?: string;
}

/** {@link issueTokens} and {@link verifyAccessToken} bound to the context. */
interface TokenService {
  issueTokens(options: IssueTokensOptions): IssuedTokens;
  verifyAccessToken(token: unknown): VerifiedAccessToken;
}

/** A Cognito API operation: JSON input in, JSON output out, CognitoError on refusal. */
export type Operation = (input: Record<string, unknown>, ctx: OperationContext) => Promise<object> | object;
