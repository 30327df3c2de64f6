import { describe, expect, it } from 'vitest';
import { createPasskeyUseLog } from '../../../core/passkeys/create-passkey-use-log';
import { createMemoryStorage } from '../auth/memory-storage';

describe('createPasskeyUseLog', () => {
  it('remembers the last time each passkey was used', async () => {
    let now = 1_000;
    const log = createPasskeyUseLog({ storage: createMemoryStorage(), now: () => now });
    expect(await log.read()).toEqual({});
    await log.record('a');
    now = 2_000;
    await log.record('b');
    now = 3_000;
    await log.record('a');
    expect(await log.read()).toEqual({ a: 3_000, b: 2_000 });
  });

  it('reads damaged storage as no record, and writes over it on the next use', async () => {
    const storage = createMemoryStorage();
    const log = createPasskeyUseLog({ storage, now: () => 5 });
    await storage.setItem('sidekey.passkeysLastUsed', '{not json');
    expect(await log.read()).toEqual({});
    await storage.setItem('sidekey.passkeysLastUsed', JSON.stringify({ a: 'yesterday', b: 4 }));
    expect(await log.read()).toEqual({ b: 4 });
    await log.record('a');
    expect(await log.read()).toEqual({ a: 5, b: 4 });
  });
});
