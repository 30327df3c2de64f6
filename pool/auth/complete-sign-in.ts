import { randomString, randomUuid } from '../state/random-string';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';

/**
 * Ends a sign-in with tokens. When the pool tracks devices (DeviceConfiguration set) and the client named no
 * device, a new device is registered and returned as `NewDeviceMetadata {DeviceKey: '<region>_<uuid>',
 * DeviceGroupKey}`; the client then calls ConfirmDevice (docs/cognito-api.md §4.1).
 */
export function completeSignIn(ctx: Ctx, target: SignInTarget, flow: FlowState): AuthResponse {
  const { pool, user } = target;
  const now = ctx.clock.now();
  let deviceKey = flow.deviceKey && Object.hasOwn(user.devices, flow.deviceKey) ? flow.deviceKey : undefined;
  let newDevice: { DeviceKey: string; DeviceGroupKey: string } | undefined;
  if (deviceKey) {
    user.devices[deviceKey]!.lastAuthenticatedAt = now;
  } else if (pool.config.DeviceConfiguration) {
    const region = pool.Id.slice(0, pool.Id.indexOf('_'));
    newDevice = {
      DeviceKey: `${region}_${randomUuid(ctx.random)}`,
      DeviceGroupKey: `-${randomString(ctx.random, { length: 9, alphabet: 'mixed' })}`,
    };
    deviceKey = newDevice.DeviceKey;
    user.devices[deviceKey] = {
      deviceKey,
      deviceGroupKey: newDevice.DeviceGroupKey,
      status: 'not_remembered',
      createdAt: now,
      updatedAt: now,
      lastAuthenticatedAt: now,
    };
  }
  const tokens = ctx.tokens.issueTokens({ ...target, ...(deviceKey ? { deviceKey } : {}) });
  user.updatedAt = now;
  ctx.store.changed();
  return {
    ChallengeParameters: {},
    AuthenticationResult: { ...tokens, ...(newDevice ? { NewDeviceMetadata: newDevice } : {}) },
  };
}
