import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadState } from '../../../pool/persistence/load-state';
import { persistStore } from '../../../pool/persistence/persist-store';
import { PoolStore } from '../../../pool/state/pool-store';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidekey-persist-'));
  file = join(dir, 'pool.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('persistStore', () => {
  it('writes at once, then only when a change notice comes with a different state, until unsubscribed', () => {
    const store = new PoolStore();
    const stop = persistStore(store, file);
    expect(loadState(file)).toEqual(store.state);

    rmSync(file);
    store.changed();
    expect(existsSync(file)).toBe(false);

    store.state.sessions.s1 = {
      id: 's1',
      kind: 'SIGN_UP_CONFIRMED',
      poolId: 'p',
      clientId: 'c',
      username: 'u',
      createdAt: 0,
      expiresAt: 1,
    };
    store.changed();
    expect(loadState(file)?.sessions.s1?.username).toBe('u');

    stop();
    delete store.state.sessions.s1;
    store.changed();
    expect(loadState(file)?.sessions.s1).toBeDefined();
  });
});
