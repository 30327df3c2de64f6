import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadState } from '../../../pool/persistence/load-state';
import { writeStateAtomically } from '../../../pool/persistence/write-state-atomically';
import { createEmptyState } from '../../../pool/state/pool-store';
import type { PoolState } from '../../../pool/state/types';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidekey-pool-data-'));
  file = join(dir, 'pool.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const stateWith = (marker: string): PoolState => ({
  ...createEmptyState(),
  sessions: {
    [marker]: {
      id: marker,
      kind: 'SIGN_UP_CONFIRMED',
      poolId: 'p',
      clientId: 'c',
      username: 'u',
      createdAt: 1,
      expiresAt: 2,
    },
  },
});

describe('writeStateAtomically and loadState', () => {
  it('round-trips the state and leaves no temp file behind', () => {
    writeStateAtomically(file, stateWith('first'));
    expect(loadState(file)).toEqual(stateWith('first'));
    expect(readdirSync(dir)).toEqual(['pool.json']);
  });

  it('keeps the previous file whole when a write fails midway', () => {
    writeStateAtomically(file, stateWith('good'));
    const broken = stateWith('bad') as unknown as Record<string, unknown>;
    broken.cycle = broken;
    expect(() => writeStateAtomically(file, broken as unknown as PoolState)).toThrow();
    expect(loadState(file)).toEqual(stateWith('good'));
    expect(readdirSync(dir)).toEqual(['pool.json']);
  });

  it('ignores a partial temp file left by a crash: the data file is still the last complete one', () => {
    writeStateAtomically(file, stateWith('complete'));
    writeFileSync(`${file}.${process.pid}.tmp`, '{"version":1,"pools":{"half');
    expect(loadState(file)).toEqual(stateWith('complete'));
    writeStateAtomically(file, stateWith('next'));
    expect(loadState(file)).toEqual(stateWith('next'));
    expect(JSON.parse(readFileSync(file, 'utf8')).sessions.next.id).toBe('next');
  });

  it('answers undefined for a missing file and refuses a file that is not pool state', () => {
    expect(loadState(join(dir, 'absent.json'))).toBeUndefined();
    writeFileSync(file, '{"something":"else"}');
    expect(() => loadState(file)).toThrow(/not a Sidekey pool data file/);
    writeFileSync(file, 'not json');
    expect(() => loadState(file)).toThrow();
    expect(existsSync(file)).toBe(true);
  });
});
