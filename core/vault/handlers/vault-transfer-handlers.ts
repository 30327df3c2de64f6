import { list, object, optional, parser, string, variants } from '../../messages/shape';
import type { Vault } from '../create-vault';
import { parseQrPixels } from './parse-qr-pixels';
import { origins } from './vault-input-shapes';
import { passphrase, type VaultHandlers } from './vault-lifecycle-handlers';

const pagesOnly = ['extension-page'] as const;
const text = string({ max: 20 * 1024 * 1024 });
const ids = optional(list(string({ min: 0, max: 64 }), { max: 10_000 }));
const textImport = object({ payload: text, origins: optional(origins) });

/** `vault.import` and `vault.export` — the only requests through which secrets leave, on the user's action. */
export function vaultTransferHandlers(vault: Vault) {
  return {
    'vault.import': {
      from: pagesOnly,
      parse: parser(
        variants('kind', {
          'otpauth-uri': textImport,
          'otpauth-list': textImport,
          migration: textImport,
          backup: object({ payload: text, passphrase }),
          'qr-pixels': object({ payload: parseQrPixels, origins: optional(origins) }),
        }),
      ),
      run: (input) => vault.importItems(input),
    },
    'vault.export': {
      from: pagesOnly,
      parse: parser(
        variants('format', {
          backup: object({ passphrase, vaultPassphrase: passphrase, ids }),
          'otpauth-list': object({ vaultPassphrase: passphrase, ids }),
          qr: object({ vaultPassphrase: passphrase, ids }),
        }),
      ),
      run: (input) => vault.exportEntries(input),
    },
  } satisfies VaultHandlers<'vault.import' | 'vault.export'>;
}
