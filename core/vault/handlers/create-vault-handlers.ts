import type { ContractHandlers } from '../../messages/message-contract';
import type { Vault } from '../create-vault';
import type { VaultRequests } from '../vault-messages';
import { vaultEntryHandlers } from './vault-entry-handlers';
import { vaultLifecycleHandlers } from './vault-lifecycle-handlers';
import { vaultLoginHandlers } from './vault-login-handlers';
import { vaultTransferHandlers } from './vault-transfer-handlers';

/**
 * Every `vault.*` request handler for the worker's router table. All accept extension pages (popup, options)
 * only; none may be sent by a content script.
 */
export function createVaultHandlers(vault: Vault) {
  const handlers = {
    ...vaultLifecycleHandlers(vault),
    ...vaultEntryHandlers(vault),
    ...vaultTransferHandlers(vault),
    ...vaultLoginHandlers(vault),
  };
  // Compile-time check: exactly the requests vault-messages.ts declares, each with its declared input and output.
  return handlers satisfies ContractHandlers<VaultRequests, unknown>;
}
