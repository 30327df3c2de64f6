import { SidekeyError } from '../../errors/sidekey-error';
import { parseObject } from '../../messages/parse-input';
import type { Vault } from '../create-vault';
import type { ExportInput, ImportInput } from '../vault-messages';
import { parseQrPixels } from './parse-qr-pixels';
import { readPassphrase, readString, readStringList } from './parse-vault-input';
import type { VaultHandler } from './vault-lifecycle-handlers';

const pagesOnly = ['extension-page'] as const;
const MAX_TEXT = 20 * 1024 * 1024;

/** `vault.import` and `vault.export` — the only requests through which secrets leave, on the user's action. */
export function vaultTransferHandlers(vault: Vault) {
  return {
    'vault.import': {
      from: pagesOnly,
      parse: (input): ImportInput => {
        const record = parseObject(input);
        const origins = readStringList(record, 'origins');
        switch (record.kind) {
          case 'otpauth-uri':
          case 'otpauth-list':
          case 'migration':
            return {
              kind: record.kind,
              payload: readString(record, 'payload', { maxLength: MAX_TEXT }) as string,
              origins,
            };
          case 'backup':
            return {
              kind: 'backup',
              payload: readString(record, 'payload', { maxLength: MAX_TEXT }) as string,
              passphrase: readPassphrase(record, 'passphrase'),
            };
          case 'qr-pixels':
            return { kind: 'qr-pixels', payload: parseQrPixels(record.payload), origins };
          default:
            throw new SidekeyError({ code: 'BadMessage', message: 'Unknown import kind.' });
        }
      },
      run: (input) => vault.importItems(input),
    } satisfies VaultHandler<'vault.import'>,
    'vault.export': {
      from: pagesOnly,
      parse: (input): ExportInput => {
        const record = parseObject(input);
        const ids = readStringList(record, 'ids', 10_000);
        if (record.format === 'backup')
          return { format: 'backup', passphrase: readPassphrase(record, 'passphrase'), ids };
        if (record.format === 'otpauth-list' || record.format === 'qr') {
          return { format: record.format, vaultPassphrase: readPassphrase(record, 'vaultPassphrase'), ids };
        }
        throw new SidekeyError({ code: 'BadMessage', message: 'Unknown export format.' });
      },
      run: (input) => vault.exportEntries(input),
    } satisfies VaultHandler<'vault.export'>,
  };
}
