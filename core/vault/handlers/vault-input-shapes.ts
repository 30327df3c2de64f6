import { list, object, string } from '../../messages/shape';

/*
 * The pieces of input several vault requests share, built from core/messages/shape.ts like every other request's.
 * Origins are only bounded here; the vault itself refuses one it may not use (VaultBadOrigin).
 */

/** An entry or sign-in id (`vault.listCodes` takes one to answer that entry alone). */
export const entryId = string({ max: 64 });

/** A list of origins to bind (at most 32). */
export const origins = list(string({ min: 0, max: 2048 }), { max: 32 });

/** A page's origin to rank by (`vault.listCodes`, `vault.listLogins`). */
export const rankOrigin = string({ max: 2048 });

/** Where an entry or sign-in may be used for a Cognito account. */
export const cognitoBinding = object({
  userPoolId: string({ max: 128 }),
  clientId: string({ max: 128 }),
  username: string({ max: 256 }),
});
