import { SidekeyError } from '../errors/sidekey-error';

/**
 * The one place IndexedDB and DOMException failures become typed vault errors. A `SidekeyError` passes through
 * unchanged; anything unrecognised becomes `VaultUnavailable` with the original as `cause`.
 * @see https://w3c.github.io/IndexedDB/#exceptions
 */
export function mapIdbError(error: unknown): SidekeyError {
  if (error instanceof SidekeyError) return error;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  switch (name) {
    case 'QuotaExceededError':
      return new SidekeyError({
        code: 'VaultFull',
        message: 'The browser has no room left for the vault.',
        cause: error,
      });
    case 'VersionError':
      return new SidekeyError({
        code: 'VaultVersionTooNew',
        message: 'The vault was written by a newer Sidekey; update the extension.',
        cause: error,
      });
    case 'DataError':
    case 'DataCloneError':
    case 'ConstraintError':
      return new SidekeyError({ code: 'VaultCorrupt', message: 'A vault record could not be stored.', cause: error });
    case 'OperationError':
      return new SidekeyError({
        code: 'VaultCorrupt',
        message: 'A vault record failed its integrity check.',
        cause: error,
      });
    default:
      return new SidekeyError({
        code: 'VaultUnavailable',
        message: 'The vault storage is not available right now; try again.',
        cause: error,
      });
  }
}

/** Runs an IndexedDB operation and rethrows any failure through {@link mapIdbError}. */
export async function guardIdb<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw mapIdbError(error);
  }
}
