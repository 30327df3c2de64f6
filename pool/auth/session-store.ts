import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import type { PoolSession } from '../state/types';

/** How long a challenge Session lives by default: Cognito's default app-client `AuthSessionValidity` of 3 minutes. */
const sessionTtlMs = 3 * 60_000;

/** Wrong codes one Session takes before it is dropped; Cognito's MFA lockout starts after five. */
const maxWrongAnswers = 5;

/** The `kind` of the pool sessions this module keeps. */
const kind = 'SIGN_IN_CHALLENGE';

/** What a challenge Session remembers besides pool, client and user. `flow` is the flow's own JSON data. */
interface ChallengeSessionData<Flow> {
  challengeName: string;
  flow: Flow;
  spent: boolean;
  wrongAnswers: number;
  /** SRP `SECRET_BLOCK`, by which a PASSWORD_VERIFIER answer without `Session` finds this one. */
  secretBlock?: string;
}

/** A Session opened for an answer: the stored record plus its typed data. */
export interface OpenSession<Flow> {
  id: string;
  poolId: string;
  clientId: string;
  username: string;
  data: ChallengeSessionData<Flow>;
}

type Ctx = Pick<OperationContext, 'store' | 'clock' | 'random'>;

// Messages as Cognito words them (docs/assumed-aws-behaviours.md, "Sessions").
const expired = 'Invalid session for the user, session is expired.';
const usedOnce = 'Invalid session for the user, session can only be used once.';
const invalid = 'Invalid session for the user.';

/**
 * Stores a new challenge Session (single-use, bound to pool, client, user and `challengeName`, expiring after
 * {@link sessionTtlMs} on the pool clock) and returns its opaque string: 384 random bytes in base64url, as long as
 * Cognito's own Session strings.
 */
export function issueSession<Flow>(
  ctx: Ctx,
  options: {
    poolId: string;
    clientId: string;
    username: string;
    challengeName: string;
    flow: Flow;
    secretBlock?: string;
    /** The app client's AuthSessionValidity in ms (3 to 15 minutes); {@link sessionTtlMs} when absent. */
    ttlMs?: number;
  },
): string {
  prune(ctx);
  const id = Buffer.from(ctx.random(384)).toString('base64url');
  const now = ctx.clock.now();
  const data: ChallengeSessionData<Flow> = {
    challengeName: options.challengeName,
    flow: options.flow,
    spent: false,
    wrongAnswers: 0,
    ...(options.secretBlock ? { secretBlock: options.secretBlock } : {}),
  };
  ctx.store.state.sessions[id] = {
    id,
    kind,
    poolId: options.poolId,
    clientId: options.clientId,
    username: options.username,
    createdAt: now,
    expiresAt: now + (options.ttlMs ?? sessionTtlMs),
    data: data as unknown as Record<string, unknown>,
  };
  return id;
}

/**
 * The Session a `RespondToAuthChallenge` answer names, checked against pool, client and challenge. Unknown, spent,
 * expired or mismatched Sessions are `NotAuthorizedException`. SRP verifier answers may name the Session by their
 * `SECRET_BLOCK` instead (Amplify sends `Session` only when the challenge carried one).
 */
export function openSession<Flow>(
  ctx: Ctx,
  options: {
    session?: string;
    secretBlock?: string;
    poolId: string;
    clientId: string;
    challengeName: string | readonly string[];
  },
): OpenSession<Flow> {
  const record = findRecord(ctx, options);
  if (!record) throw new CognitoError('NotAuthorizedException', invalid);
  const data = record.data as unknown as ChallengeSessionData<Flow>;
  if (data.spent) throw new CognitoError('NotAuthorizedException', usedOnce);
  if (record.expiresAt <= ctx.clock.now()) throw new CognitoError('NotAuthorizedException', expired);
  const names = typeof options.challengeName === 'string' ? [options.challengeName] : options.challengeName;
  const matches =
    record.poolId === options.poolId && record.clientId === options.clientId && names.includes(data.challengeName);
  if (!matches) throw new CognitoError('NotAuthorizedException', invalid);
  return { id: record.id, poolId: record.poolId, clientId: record.clientId, username: record.username, data };
}

/** Marks a Session used: every later answer with it is refused. */
export function spendSession(ctx: Ctx, id: string): void {
  const record = ctx.store.state.sessions[id];
  if (record?.kind === kind) (record.data as unknown as ChallengeSessionData<unknown>).spent = true;
}

/**
 * Counts a wrong code against a Session and makes it usable again for a retry (answers spend their Session first, so
 * two answers in flight cannot both use it), until too many wrong codes spend it for good.
 */
export function countWrongAnswer(ctx: Ctx, id: string): void {
  const record = ctx.store.state.sessions[id];
  if (record?.kind !== kind) return;
  const data = record.data as unknown as ChallengeSessionData<unknown>;
  data.wrongAnswers += 1;
  data.spent = data.wrongAnswers >= maxWrongAnswers;
}

function findRecord(ctx: Ctx, options: { session?: string; secretBlock?: string }): PoolSession | undefined {
  const sessions = ctx.store.state.sessions;
  if (options.session !== undefined) {
    const record = Object.hasOwn(sessions, options.session) ? sessions[options.session] : undefined;
    return record?.kind === kind ? record : undefined;
  }
  if (options.secretBlock === undefined) return undefined;
  return Object.values(sessions).find(
    (record) =>
      record.kind === kind &&
      (record.data as { secretBlock?: string } | undefined)?.secretBlock === options.secretBlock,
  );
}

/** Drops challenge Sessions that expired over 15 minutes ago (kept that long to say "expired", not "invalid"). */
function prune(ctx: Ctx): void {
  const limit = ctx.clock.now() - 15 * 60_000;
  for (const [id, record] of Object.entries(ctx.store.state.sessions)) {
    if (record.kind === kind && record.expiresAt < limit) delete ctx.store.state.sessions[id];
  }
}

/** The AuthSessionValidity (ms) of the app client an open Session belongs to. */
export function sessionValidityMs(ctx: Ctx, session: OpenSession<unknown>): number {
  const pool = ctx.store.getPool(session.poolId);
  return ctx.store.getClient(pool, session.clientId).AuthSessionValidity * 60_000;
}
