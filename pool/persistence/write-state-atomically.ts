import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PoolState } from '../state/types';

/**
 * Writes the state to `file` so that a crash at any moment leaves either the old or the new file, never a
 * partial one: write a temp file next to it, fsync it, rename it over the target, fsync the directory.
 * `text` is the state already serialised, when the caller has it.
 */
export function writeStateAtomically(file: string, state: PoolState, options: { text?: string } = {}): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, options.text ?? JSON.stringify(state));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
  syncDirectory(dirname(file));
}

function syncDirectory(directory: string): void {
  try {
    const fd = openSync(directory, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename itself is still atomic.
  }
}
