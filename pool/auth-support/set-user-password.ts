import type { OperationContext } from '../operations/operation-context';
import type { PoolUser, UserPool } from '../state/types';
import { createPasswordVerifier } from './create-password-verifier';
import { hashPassword } from './hash-password';

/**
 * Stores a new password for `user`: SRP salt + verifier (for USER_SRP_AUTH) and a scrypt hash (for
 * USER_PASSWORD_AUTH). `temporary` passwords expire after the pool's TemporaryPasswordValidityDays.
 * Does not change the user's status and does not check the policy (see checkPasswordPolicy). The caller marks
 * the store changed.
 */
export async function setUserPassword(
  ctx: Pick<OperationContext, 'clock' | 'random'>,
  options: { pool: UserPool; user: PoolUser; password: string; temporary?: boolean },
): Promise<void> {
  const { pool, user, password } = options;
  const userIdForSrp = user.Username;
  const { salt, verifier } = await createPasswordVerifier({
    poolId: pool.Id,
    userIdForSrp,
    password,
    random: ctx.random,
  });
  const now = ctx.clock.now();
  user.password = {
    salt,
    verifier,
    userIdForSrp,
    hash: await hashPassword(password, ctx.random),
    setAt: now,
    ...(options.temporary
      ? { temporaryExpiresAt: now + pool.config.Policies.PasswordPolicy.TemporaryPasswordValidityDays * 86_400_000 }
      : {}),
  };
  user.updatedAt = now;
}
