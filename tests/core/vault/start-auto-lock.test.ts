import { describe, expect, it } from 'vitest';
import { AUTO_LOCK_ALARM, startAutoLock } from '../../../core/vault/start-auto-lock';

function fakePlatform() {
  const alarms: Array<{ name: string; periodInMinutes: number }> = [];
  const alarmListeners: Array<(alarm: { name: string }) => void> = [];
  const idleListeners: Array<(state: string) => void> = [];
  return {
    alarms,
    fire: (name: string) => {
      for (const listener of alarmListeners) listener({ name });
    },
    idle: (state: string) => {
      for (const listener of idleListeners) listener(state);
    },
    platform: {
      alarms: {
        get: async (name: string) => alarms.find((alarm) => alarm.name === name),
        create: (name: string, info: { periodInMinutes: number }) => {
          alarms.push({ name, ...info });
        },
        onAlarm: { addListener: (listener: (alarm: { name: string }) => void) => alarmListeners.push(listener) },
      },
      idle: { onStateChanged: { addListener: (listener: (state: string) => void) => idleListeners.push(listener) } },
    },
  };
}

describe('startAutoLock', () => {
  it('checks the idle time on its one-minute alarm only, and locks when the screen locks', async () => {
    const calls: string[] = [];
    const vault = {
      checkAutoLock: async () => {
        calls.push('check');
        return false;
      },
      lock: async () => {
        calls.push('lock');
        return { status: 'locked' as const, autoLockMinutes: 15, entryCount: 0, loginCount: 0 };
      },
    };
    const fake = fakePlatform();
    startAutoLock(vault, fake.platform);
    await Promise.resolve();
    await Promise.resolve();
    expect(fake.alarms).toEqual([{ name: AUTO_LOCK_ALARM, periodInMinutes: 1 }]);
    fake.fire('someone-elses-alarm');
    fake.idle('idle');
    expect(calls).toEqual([]);
    fake.fire(AUTO_LOCK_ALARM);
    fake.idle('locked');
    expect(calls).toEqual(['check', 'lock']);
  });

  it('keeps the existing alarm when the worker wakes again, so frequent wakes cannot postpone the check', async () => {
    const fake = fakePlatform();
    const vault = { checkAutoLock: async () => false, lock: async () => undefined as never };
    startAutoLock(vault, fake.platform);
    await new Promise((resolve) => setTimeout(resolve, 0));
    startAutoLock(vault, fake.platform);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.alarms).toEqual([{ name: AUTO_LOCK_ALARM, periodInMinutes: 1 }]);
  });
});
