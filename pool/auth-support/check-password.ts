import type { PoolUser } from '../state/types';
import { verifyPasswordHash } from './hash-password';

/** Whether `password` is the user's current password (USER_PASSWORD_AUTH, ChangePassword). */
export async function checkPassword(user: PoolUser, password: string): Promise<boolean> {
  if (!user.password) return false;
  return verifyPasswordHash(user.password.hash, password);
}
