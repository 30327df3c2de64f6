import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import { guardIdb, mapIdbError } from '../../../core/vault/map-idb-error';

describe('mapIdbError', () => {
  it('maps DOMException names to vault codes', () => {
    const cases: Array<[string, string]> = [
      ['QuotaExceededError', 'VaultFull'],
      ['VersionError', 'VaultVersionTooNew'],
      ['DataCloneError', 'VaultCorrupt'],
      ['ConstraintError', 'VaultCorrupt'],
      ['InvalidStateError', 'VaultUnavailable'],
      ['AbortError', 'VaultUnavailable'],
      ['UnknownError', 'VaultUnavailable'],
    ];
    for (const [name, code] of cases) {
      const mapped = mapIdbError(new DOMException('boom', name));
      expect(mapped.code).toBe(code);
      expect(mapped.cause).toBeInstanceOf(DOMException);
    }
  });

  it('passes Sidekey errors through and maps strangers to VaultUnavailable', () => {
    const own = new SidekeyError({ code: 'VaultLocked', message: 'locked' });
    expect(mapIdbError(own)).toBe(own);
    expect(mapIdbError('weird').code).toBe('VaultUnavailable');
  });

  it('guards an operation that rejects', async () => {
    await expect(guardIdb(() => Promise.reject(new DOMException('full', 'QuotaExceededError')))).rejects.toMatchObject({
      code: 'VaultFull',
    });
  });
});
