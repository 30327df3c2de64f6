import type { ContractHandlers } from '../../messages/message-contract';
import { boolean, object, oneOf, optional, parser, string } from '../../messages/shape';
import type { DeviceSummary } from '../account-message-shapes';
import type { AccountRequests } from '../account-messages';
import type { EngineRegistry } from '../create-engine-registry';
import type { ProfileStore } from '../create-profile-store';
import { profileId } from './account-input';
import { failAtField } from './fail-at-field';

interface Context {
  profiles: Pick<ProfileStore, 'get'>;
  engines: Pick<EngineRegistry, 'engineFor'>;
}

type SettingsRequests = Pick<
  AccountRequests,
  | 'auth.fetchMFAPreference'
  | 'auth.updateMFAPreference'
  | 'auth.setUpTOTP'
  | 'auth.verifyTOTPSetup'
  | 'auth.fetchDevices'
  | 'auth.updateDeviceStatus'
  | 'auth.forgetDevice'
  | 'auth.updatePassword'
>;

const deviceId = string({ max: 55 });
const preference = optional(oneOf(['ENABLED', 'DISABLED', 'PREFERRED', 'NOT_PREFERRED']));
const withProfile = parser(object({ profileId }));
/** Cognito's password bound (ChangePassword's PreviousPassword and ProposedPassword). */
const password = string({ max: 256 });

/** The field each verifyTOTPSetup failure concerns: the code typed (Cognito answers a wrong one with either name). */
const CODE_FIELDS = {
  EmptyVerifyTOTPSetupCode: 'code',
  EnableSoftwareTokenMFAException: 'code',
  CodeMismatchException: 'code',
};

/** The field each updatePassword failure concerns: the old password is wrong, or the new one breaks the policy. */
const PASSWORD_FIELDS = {
  NotAuthorizedException: 'oldPassword',
  EmptyUpdatePassword: 'newPassword',
  InvalidPasswordException: 'newPassword',
};

/**
 * The signed-in user's account settings for Sidekey's own pages (core/profiles/account-messages.ts): MFA factors
 * and TOTP set-up, remembered devices and the password — each one Amplify call on the pool's engine, so the
 * access token never leaves the worker.
 */
export const accountSettingsHandlers = {
  'auth.fetchMFAPreference': {
    from: ['extension-page'],
    parse: withProfile,
    async run({ profileId }, context) {
      const { enabled, preferred } = await (await context.engines.engineFor(profileId)).fetchMFAPreference();
      return { enabled: enabled ?? [], ...(preferred ? { preferred } : {}) };
    },
  },

  'auth.updateMFAPreference': {
    from: ['extension-page'],
    parse: parser(object({ profileId, totp: preference, sms: preference, email: preference })),
    async run({ profileId, ...factors }, context) {
      await (await context.engines.engineFor(profileId)).updateMFAPreference(factors);
    },
  },

  'auth.setUpTOTP': {
    from: ['extension-page'],
    parse: withProfile,
    async run({ profileId }, context) {
      const engine = await context.engines.engineFor(profileId);
      const details = await engine.setUpTOTP();
      const { username } = await engine.getCurrentUser();
      const { label } = await context.profiles.get(profileId);
      return { username, sharedSecret: details.sharedSecret, setupUri: details.getSetupUri(label, username).href };
    },
  },

  'auth.verifyTOTPSetup': {
    from: ['extension-page'],
    parse: parser(
      object({ profileId, code: string({ min: 0, max: 16 }), friendlyDeviceName: optional(string({ max: 128 })) }),
    ),
    async run({ profileId, code, friendlyDeviceName }, context) {
      const engine = await context.engines.engineFor(profileId);
      const options = friendlyDeviceName ? { options: { friendlyDeviceName } } : {};
      await failAtField(CODE_FIELDS, () => engine.verifyTOTPSetup({ code, ...options }));
    },
  },

  'auth.fetchDevices': {
    from: ['extension-page'],
    parse: withProfile,
    async run({ profileId }, context) {
      const engine = await context.engines.engineFor(profileId);
      const current = await engine.currentDeviceKey();
      return (await engine.fetchDevices()).map(
        (device): DeviceSummary => ({
          id: device.id,
          ...(device.name ? { name: device.name } : {}),
          remembered: device.attributes['dev:device_remembered_status'] === 'remembered',
          current: device.id === current,
          ...(device.createDate ? { createdAt: device.createDate.getTime() } : {}),
          ...(device.lastAuthenticatedDate ? { lastUsedAt: device.lastAuthenticatedDate.getTime() } : {}),
        }),
      );
    },
  },

  'auth.updateDeviceStatus': {
    from: ['extension-page'],
    parse: parser(object({ profileId, deviceId, remembered: boolean() })),
    async run({ profileId, deviceId, remembered }, context) {
      await (await context.engines.engineFor(profileId)).updateDeviceStatus({ device: { id: deviceId }, remembered });
    },
  },

  'auth.forgetDevice': {
    from: ['extension-page'],
    parse: parser(object({ profileId, deviceId })),
    async run({ profileId, deviceId }, context) {
      await (await context.engines.engineFor(profileId)).forgetDevice({ device: { id: deviceId } });
    },
  },

  'auth.updatePassword': {
    from: ['extension-page'],
    parse: parser(object({ profileId, oldPassword: password, newPassword: password })),
    async run({ profileId, oldPassword, newPassword }, context) {
      const engine = await context.engines.engineFor(profileId);
      await failAtField(PASSWORD_FIELDS, () => engine.updatePassword({ oldPassword, newPassword }));
    },
  },
} satisfies ContractHandlers<SettingsRequests, Context>;
