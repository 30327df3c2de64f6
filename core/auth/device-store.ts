import type { KeyValueStorage } from './key-value-storage';

/** A remembered device: Cognito's keys plus the SRP password made for it at ConfirmDevice. */
export type StoredDevice = { deviceKey: string; deviceGroupKey: string; randomPassword: string };

/** Device keys per user; they outlive sign-out so the device stays remembered. */
export type DeviceStore = {
  load(username: string): Promise<StoredDevice | undefined>;
  save(username: string, device: StoredDevice): Promise<void>;
  clear(username: string): Promise<void>;
};

/**
 * Device metadata under Amplify's keys `CognitoIdentityServiceProvider.<clientId>.<username>.deviceKey`,
 * `.deviceGroupKey` and `.randomPasswordKey`; all three must be present to count (docs/cognito-api.md §4.3).
 */
export function createDeviceStore(options: { storage: KeyValueStorage; clientId: string }): DeviceStore {
  const { storage } = options;
  const key = (username: string, field: string) =>
    `CognitoIdentityServiceProvider.${options.clientId}.${username}.${field}`;
  return {
    async load(username) {
      const [deviceKey, deviceGroupKey, randomPassword] = await Promise.all(
        ['deviceKey', 'deviceGroupKey', 'randomPasswordKey'].map((field) => storage.getItem(key(username, field))),
      );
      if (!deviceKey || !deviceGroupKey || !randomPassword) return undefined;
      return { deviceKey, deviceGroupKey, randomPassword };
    },
    async save(username, device) {
      await storage.setItem(key(username, 'deviceKey'), device.deviceKey);
      await storage.setItem(key(username, 'deviceGroupKey'), device.deviceGroupKey);
      await storage.setItem(key(username, 'randomPasswordKey'), device.randomPassword);
    },
    async clear(username) {
      for (const field of ['deviceKey', 'deviceGroupKey', 'randomPasswordKey'])
        await storage.removeItem(key(username, field));
    },
  };
}
