import type { RequestHandler } from '../../messages/create-router';
import { parseNoInput, parseObject } from '../../messages/parse-input';
import type { Vault } from '../create-vault';
import type { VaultRequests, VaultRequestType } from '../vault-messages';
import { readNumber, readPassphrase } from './parse-vault-input';

/** A vault request handler: extension pages only — nothing here is callable from a content script. */
export type VaultHandler<T extends VaultRequestType> = RequestHandler<
  VaultRequests[T]['input'],
  VaultRequests[T]['output'],
  unknown
>;

const pagesOnly = ['extension-page'] as const;

/** `vault.state`, `vault.setup`, `vault.unlock`, `vault.lock`, `vault.changePassphrase`, `vault.setAutoLock`. */
export function vaultLifecycleHandlers(vault: Vault) {
  return {
    'vault.state': {
      from: pagesOnly,
      parse: parseNoInput,
      run: () => vault.state(),
    } satisfies VaultHandler<'vault.state'>,
    'vault.setup': {
      from: pagesOnly,
      parse: (input) => ({ passphrase: readPassphrase(parseObject(input), 'passphrase') }),
      run: (input) => vault.setup(input.passphrase),
    } satisfies VaultHandler<'vault.setup'>,
    'vault.unlock': {
      from: pagesOnly,
      parse: (input) => ({ passphrase: readPassphrase(parseObject(input), 'passphrase') }),
      run: (input) => vault.unlock(input.passphrase),
    } satisfies VaultHandler<'vault.unlock'>,
    'vault.lock': {
      from: pagesOnly,
      parse: parseNoInput,
      run: () => vault.lock(),
    } satisfies VaultHandler<'vault.lock'>,
    'vault.changePassphrase': {
      from: pagesOnly,
      parse: (input) => {
        const record = parseObject(input);
        return { current: readPassphrase(record, 'current'), next: readPassphrase(record, 'next') };
      },
      run: (input) => vault.changePassphrase(input.current, input.next),
    } satisfies VaultHandler<'vault.changePassphrase'>,
    'vault.setAutoLock': {
      from: pagesOnly,
      parse: (input) => ({ minutes: readNumber(parseObject(input), 'minutes') ?? Number.NaN }),
      run: (input) => vault.setAutoLock(input.minutes),
    } satisfies VaultHandler<'vault.setAutoLock'>,
  };
}
