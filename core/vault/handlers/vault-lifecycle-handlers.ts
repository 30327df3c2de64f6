import type { ContractHandlers } from '../../messages/message-contract';
import { noInput, number, object, parser, string } from '../../messages/shape';
import type { Vault } from '../create-vault';
import type { VaultRequests } from '../vault-messages';

/** The vault's handlers for some of its requests: extension pages only, none callable from a content script. */
export type VaultHandlers<T extends keyof VaultRequests> = ContractHandlers<Pick<VaultRequests, T>, unknown>;

/** A passphrase field: the length policy is the vault's (VaultWeakPassphrase); this only bounds the size. */
export const passphrase = string({ min: 0, max: 1024 });

const pagesOnly = ['extension-page'] as const;

/** `vault.state`, `vault.setup`, `vault.unlock`, `vault.lock`, `vault.changePassphrase`, `vault.setAutoLock`. */
export function vaultLifecycleHandlers(vault: Vault) {
  return {
    'vault.state': {
      from: pagesOnly,
      parse: parser(noInput()),
      run: () => vault.state(),
    },
    'vault.setup': {
      from: pagesOnly,
      parse: parser(object({ passphrase })),
      run: (input) => vault.setup(input.passphrase),
    },
    'vault.unlock': {
      from: pagesOnly,
      parse: parser(object({ passphrase })),
      run: (input) => vault.unlock(input.passphrase),
    },
    'vault.lock': {
      from: pagesOnly,
      parse: parser(noInput()),
      run: () => vault.lock(),
    },
    'vault.changePassphrase': {
      from: pagesOnly,
      parse: parser(object({ current: passphrase, next: passphrase })),
      run: (input) => vault.changePassphrase(input.current, input.next),
    },
    'vault.setAutoLock': {
      from: pagesOnly,
      parse: parser(object({ minutes: number() })),
      run: (input) => vault.setAutoLock(input.minutes),
    },
  } satisfies VaultHandlers<
    'vault.state' | 'vault.setup' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase' | 'vault.setAutoLock'
  >;
}
