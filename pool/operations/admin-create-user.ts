import { checkPasswordPolicy } from '../auth-support/check-password-policy';
import { generateTemporaryPassword } from '../auth-support/generate-temporary-password';
import { setUserPassword } from '../auth-support/set-user-password';
import { CognitoError } from '../errors/cognito-error';
import { claimAliases } from '../state/claim-aliases';
import { createPoolUser } from '../state/create-pool-user';
import { checkRequiredAttributes, readUserAttributes } from '../state/read-user-attributes';
import { resolveNewUsername } from '../state/resolve-new-username';
import type { DeliveryMedium, PoolUser, UserPool } from '../state/types';
import type { Operation, OperationContext } from './operation-context';
import {
  readOptionalAttributeList,
  readOptionalBoolean,
  readOptionalEnum,
  readOptionalString,
  readOptionalStringArray,
  readString,
} from './read-input';
import { userTypeOutput } from './user-type-output';

/**
 * AdminCreateUser: a FORCE_CHANGE_PASSWORD user with a temporary password (given or generated), invited
 * through DesiredDeliveryMediums (default SMS) unless MessageAction is SUPPRESS; RESEND re-sends the
 * invitation of an existing FORCE_CHANGE_PASSWORD user with a fresh temporary password.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
 */
export const adminCreateUser: Operation = async (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const requested = readString(input, 'Username', { maxLength: 128 });
  const messageAction = readOptionalEnum(input, 'MessageAction', ['RESEND', 'SUPPRESS']);
  const mediums = readOptionalStringArray(input, 'DesiredDeliveryMediums') ?? ['SMS'];
  if (mediums.some((medium) => medium !== 'SMS' && medium !== 'EMAIL')) {
    throw new CognitoError('InvalidParameterException', 'DesiredDeliveryMediums may only contain SMS and EMAIL.');
  }
  const given = readOptionalString(input, 'TemporaryPassword', { maxLength: 256 });
  if (given !== undefined) checkPasswordPolicy(pool.config.Policies.PasswordPolicy, given);
  const password = given ?? generateTemporaryPassword(ctx.random, pool.config.Policies.PasswordPolicy);

  if (messageAction === 'RESEND') {
    const user = ctx.store.requireUser(pool, requested);
    if (user.status !== 'FORCE_CHANGE_PASSWORD') {
      throw new CognitoError(
        'UnsupportedUserStateException',
        'Resend not possible. User status is not FORCE_CHANGE_PASSWORD',
      );
    }
    const targets = invitationTargets(user.attributes, { mediums: mediums as DeliveryMedium[], explicit: true });
    await setUserPassword(ctx, { pool, user, password, temporary: true });
    invite(ctx, { pool, user, password, targets });
    ctx.store.changed();
    return { User: userTypeOutput(user) };
  }

  const pairs = readOptionalAttributeList(input, 'UserAttributes') ?? [];
  const attributes = readUserAttributes(pool, pairs, { writer: 'admin', creating: true });
  const resolved = resolveNewUsername(pool, requested, attributes);
  checkRequiredAttributes(pool, resolved.attributes);
  const targets =
    messageAction === 'SUPPRESS'
      ? []
      : invitationTargets(resolved.attributes, {
          mediums: mediums as DeliveryMedium[],
          explicit: input.DesiredDeliveryMediums !== undefined,
        });
  const user = createPoolUser(ctx, {
    pool,
    ...(resolved.username !== undefined ? { username: resolved.username } : {}),
    attributes: resolved.attributes,
    status: 'FORCE_CHANGE_PASSWORD',
    existsMessage: 'User account already exists',
  });
  try {
    claimAliases(pool, user, { force: readOptionalBoolean(input, 'ForceAliasCreation') ?? false });
    await setUserPassword(ctx, { pool, user, password, temporary: true });
  } catch (error) {
    delete pool.users[user.Username];
    throw error;
  }
  invite(ctx, { pool, user, password, targets });
  ctx.store.changed();
  return { User: userTypeOutput(user) };
};

/**
 * Where the invitation goes: each wanted medium the user has an address for. A medium asked for explicitly
 * without an address is refused (assumed); the default (SMS) is skipped silently when there is no phone.
 */
function invitationTargets(
  attributes: Record<string, string>,
  options: { mediums: DeliveryMedium[]; explicit: boolean },
): { channel: DeliveryMedium; destination: string }[] {
  const targets: { channel: DeliveryMedium; destination: string }[] = [];
  for (const channel of options.mediums) {
    const destination = attributes[channel === 'EMAIL' ? 'email' : 'phone_number'];
    if (destination) targets.push({ channel, destination });
    else if (options.explicit) {
      throw new CognitoError('InvalidParameterException', 'User has no attribute matching desired delivery mediums');
    }
  }
  return targets;
}

function invite(
  ctx: OperationContext,
  options: {
    pool: UserPool;
    user: PoolUser;
    password: string;
    targets: { channel: DeliveryMedium; destination: string }[];
  },
): void {
  for (const { channel, destination } of options.targets) {
    ctx.outbox.send({
      userPoolId: options.pool.Id,
      username: options.user.Username,
      channel,
      destination,
      code: options.password,
      purpose: 'ADMIN_CREATE_USER',
      sentAt: ctx.clock.now(),
    });
  }
}
