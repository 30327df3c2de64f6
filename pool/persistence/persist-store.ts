import type { PoolStore } from '../state/pool-store';
import { writeStateAtomically } from './write-state-atomically';

/**
 * Writes the store to `file` now and after every change notification whose state differs from what was last
 * written (the HTTP layer notifies after every operation, so a change an operation forgot to announce is still
 * saved). Returns the unsubscribe function.
 */
export function persistStore(store: PoolStore, file: string): () => void {
  let written = JSON.stringify(store.state);
  writeStateAtomically(file, store.state, { text: written });
  return store.onChange((state) => {
    const text = JSON.stringify(state);
    if (text === written) return;
    writeStateAtomically(file, state, { text });
    written = text;
  });
}
