import { existsSync, readFileSync } from 'node:fs';
import type { PoolState } from '../state/types';

/**
 * The state saved in `file`, or undefined when the file does not exist. A file that is not a pool state
 * throws (the pool refuses to start rather than overwrite data it cannot read).
 */
export function loadState(file: string): PoolState | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const state = parsed as Partial<PoolState> | null;
  if (state?.version !== 1 || typeof state.pools !== 'object' || state.pools === null) {
    throw new Error(`${file} is not a Sidekey pool data file.`);
  }
  return { version: 1, pools: state.pools, sessions: state.sessions ?? {} };
}
