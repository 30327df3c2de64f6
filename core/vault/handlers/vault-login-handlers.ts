import { parseObject } from '../../messages/parse-input';
import type { Vault } from '../create-vault';
import {
  parseOptionalObject,
  readCognito,
  readId,
  readString,
  readStringList,
  requireString,
} from './parse-vault-input';
import type { VaultHandler } from './vault-lifecycle-handlers';

const pagesOnly = ['extension-page'] as const;

/** `vault.listLogins` (never with passwords), `vault.addLogin`, `vault.deleteLogin`. */
export function vaultLoginHandlers(vault: Vault) {
  return {
    'vault.listLogins': {
      from: pagesOnly,
      parse: (input) => ({
        origin: readString(parseOptionalObject(input), 'origin', { maxLength: 2048, optional: true }),
      }),
      run: (input) => vault.listLogins(input ?? {}),
    } satisfies VaultHandler<'vault.listLogins'>,
    'vault.addLogin': {
      from: pagesOnly,
      parse: (input) => {
        const record = parseObject(input);
        return {
          username: requireString(record, 'username', 256),
          password: requireString(record, 'password', 1024),
          label: readString(record, 'label', { maxLength: 256, optional: true, allowEmpty: true }),
          origins: readStringList(record, 'origins') ?? [],
          cognito: readCognito(record, { nullable: false }) ?? undefined,
        };
      },
      run: (input) => vault.addLogin(input),
    } satisfies VaultHandler<'vault.addLogin'>,
    'vault.deleteLogin': {
      from: pagesOnly,
      parse: (input) => ({ id: readId(parseObject(input)) }),
      run: (input) => vault.deleteLogin(input.id),
    } satisfies VaultHandler<'vault.deleteLogin'>,
  };
}
