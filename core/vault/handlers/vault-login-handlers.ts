import { absentAsEmpty, object, optional, parser, refine, string } from '../../messages/shape';
import type { Vault } from '../create-vault';
import { cognitoBinding, entryId, origins, rankOrigin } from './vault-input-shapes';
import type { VaultHandlers } from './vault-lifecycle-handlers';

const pagesOnly = ['extension-page'] as const;

/** `vault.listLogins` (never with passwords), `vault.addLogin`, `vault.updateLoginPassword`, `vault.deleteLogin`. */
export function vaultLoginHandlers(vault: Vault) {
  return {
    'vault.listLogins': {
      from: pagesOnly,
      parse: parser(absentAsEmpty(object({ origin: optional(rankOrigin) }))),
      run: (input) => vault.listLogins(input ?? {}),
    },
    'vault.addLogin': {
      from: pagesOnly,
      parse: parser(
        object({
          username: string({ max: 256 }),
          password: string({ max: 1024 }),
          label: optional(string({ min: 0, max: 256 })),
          origins: refine(optional(origins), (value) => value ?? []),
          cognito: optional(cognitoBinding),
        }),
      ),
      run: (input) => vault.addLogin(input),
    },
    'vault.updateLoginPassword': {
      from: pagesOnly,
      parse: parser(object({ id: entryId, password: string({ max: 1024 }) })),
      run: (input) => vault.updateLoginPassword(input),
    },
    'vault.deleteLogin': {
      from: pagesOnly,
      parse: parser(object({ id: entryId })),
      run: (input) => vault.deleteLogin(input.id),
    },
  } satisfies VaultHandlers<'vault.listLogins' | 'vault.addLogin' | 'vault.updateLoginPassword' | 'vault.deleteLogin'>;
}
