import type { Vault } from './create-vault';

/** The alarm and idle events the auto-lock needs (`browser.alarms`, `browser.idle` in the worker). */
export interface AutoLockPlatform {
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { periodInMinutes: number }): void | Promise<void>;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
  idle: { onStateChanged: { addListener(listener: (state: string) => void): void } };
}

export const AUTO_LOCK_ALARM = 'sidekey-vault-auto-lock';

/**
 * Wires auto-lock: a one-minute alarm (alarms survive a stopped worker and wake it) checks whether the vault has
 * gone unused for its auto-lock minutes, and locking the screen locks the vault at once. The alarm is created only
 * when missing: re-creating it on every wake would push it back a minute each time, so a worker woken more often
 * than once a minute would never run the check.
 * @see https://developer.chrome.com/docs/extensions/reference/api/alarms
 */
export function startAutoLock(vault: Pick<Vault, 'checkAutoLock' | 'lock'>, platform: AutoLockPlatform): void {
  void platform.alarms.get(AUTO_LOCK_ALARM).then((existing) => {
    if (!existing) return platform.alarms.create(AUTO_LOCK_ALARM, { periodInMinutes: 1 });
  });
  platform.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) vault.checkAutoLock().catch(() => undefined);
  });
  platform.idle.onStateChanged.addListener((state) => {
    if (state === 'locked') vault.lock().catch(() => undefined);
  });
}
