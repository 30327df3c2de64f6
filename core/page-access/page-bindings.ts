import type { PoolProfile } from '../profiles/pool-profile';
import type { Vault } from '../vault/create-vault';
import type { CodeEntry, LoginSummary, VaultStatus } from '../vault/vault-messages';

/** The parts of the vault the page side reads. */
type PageVault = Pick<
  Vault,
  | 'state'
  | 'listLogins'
  | 'listCodes'
  | 'loginForFill'
  | 'addEntry'
  | 'updateEntry'
  | 'addLogin'
  | 'updateLoginPassword'
  | 'advanceHotp'
>;

/** Where bindings come from: the user pools (their sites and hosted UI) and the vault (entries and sign-ins). */
export interface BindingSources {
  profiles: { list: () => Promise<PoolProfile[]> };
  vault: PageVault;
}

/** Everything bound to one origin, as far as can be read now. */
export interface OriginBindings {
  origin: string;
  vault: VaultStatus;
  /** Pools whose sites or hosted UI include the origin. */
  pools: PoolProfile[];
  /** Saved sign-ins bound to the origin (empty while the vault is locked). */
  signIns: LoginSummary[];
  /** Code entries bound to the origin, or to an account of one of its pools (empty while locked). */
  codes: CodeEntry[];
  bound: boolean;
}

/** Whether a pool may be used on `origin`: one of its sites, or its hosted UI's domain. */
function poolServesOrigin(pool: PoolProfile, origin: string): boolean {
  return pool.origins.includes(origin) || pool.hostedUi?.domain === origin;
}

/**
 * Reads what is bound to `origin`. A code entry counts when its origins include it or when it is bound to an
 * account (pool + client) of a pool serving the origin; a saved sign-in only when its own origins include it (the
 * vault hands a password out for exactly those). Nothing of any other origin is returned.
 */
export async function readOriginBindings(sources: BindingSources, origin: string): Promise<OriginBindings> {
  const pools = (await sources.profiles.list()).filter((pool) => poolServesOrigin(pool, origin));
  const { status } = await sources.vault.state();
  if (status !== 'unlocked') return { origin, vault: status, pools, signIns: [], codes: [], bound: pools.length > 0 };
  const signIns = (await sources.vault.listLogins({ origin })).filter((login) => login.boundToOrigin);
  const codes = (await sources.vault.listCodes({ origin })).filter(
    (entry) =>
      entry.boundToOrigin ||
      (entry.cognito !== null &&
        pools.some(
          (pool) => pool.userPoolId === entry.cognito?.userPoolId && pool.userPoolClientId === entry.cognito.clientId,
        )),
  );
  return {
    origin,
    vault: status,
    pools,
    signIns,
    codes,
    bound: pools.length > 0 || signIns.length > 0 || codes.length > 0,
  };
}

/**
 * Every origin bound to an account, for the detector's registrations. `complete` is false while the vault is
 * locked: its entries' and sign-ins' origins cannot be read then.
 */
export async function readAllBoundOrigins(sources: BindingSources): Promise<{ origins: string[]; complete: boolean }> {
  const origins = new Set<string>();
  for (const pool of await sources.profiles.list()) {
    for (const origin of pool.origins) origins.add(origin);
    if (pool.hostedUi) origins.add(pool.hostedUi.domain);
  }
  const { status } = await sources.vault.state();
  if (status === 'uninitialised') return { origins: [...origins], complete: true };
  if (status === 'locked') return { origins: [...origins], complete: false };
  for (const login of await sources.vault.listLogins()) for (const origin of login.origins) origins.add(origin);
  for (const entry of await sources.vault.listCodes()) for (const origin of entry.origins) origins.add(origin);
  return { origins: [...origins], complete: true };
}
