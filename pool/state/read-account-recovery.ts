import { CognitoError } from '../errors/cognito-error';
import type { UserPoolConfig } from './types';

/** CreateUserPool/UpdateUserPool `AccountRecoverySetting.RecoveryMechanisms` (where ForgotPassword sends codes). */
export function readAccountRecovery(
  recovery: Record<string, unknown>,
): NonNullable<UserPoolConfig['AccountRecoverySetting']> {
  const list = recovery.RecoveryMechanisms;
  const names = ['verified_email', 'verified_phone_number', 'admin_only'];
  if (
    !Array.isArray(list) ||
    !list.every((item) => names.includes(item?.Name) && Number.isInteger(item?.Priority) && item.Priority >= 1)
  ) {
    throw new CognitoError(
      'InvalidParameterException',
      'AccountRecoverySetting.RecoveryMechanisms must list {Name: verified_email|verified_phone_number|admin_only, Priority}.',
    );
  }
  return { RecoveryMechanisms: list.map((item) => ({ Name: item.Name, Priority: item.Priority })) };
}
