import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { discoverPoolHandlers } from '../../core/page-access/discover-pool-handlers';
import { fillPageHandlers } from '../../core/page-access/fill-page-handlers';
import { ACCOUNT_REQUEST_TYPES, type AccountRequestType } from '../../core/profiles/account-messages';
import { accountFlowHandlers } from '../../core/profiles/handlers/account-flow-handlers';
import { accountSettingsHandlers } from '../../core/profiles/handlers/account-settings-handlers';
import { authHandlers } from '../../core/profiles/handlers/auth-handlers';
import { passkeyHandlers } from '../../core/profiles/handlers/passkey-handlers';
import { profileHandlers } from '../../core/profiles/handlers/profile-handlers';
import { siteHandlers } from '../../core/profiles/handlers/site-handlers';
import type { Vault } from '../../core/vault/create-vault';
import { createVaultHandlers } from '../../core/vault/handlers/create-vault-handlers';
import { VAULT_REQUEST_TYPES, type VaultRequestType } from '../../core/vault/vault-messages';

/*
 * docs/messages.md is what external tests and people read to drive Sidekey; the contracts in core/ are what the
 * worker and the pages compile against. These tests keep the three in step: the doc's request sections, the
 * contracts' request names and the worker's handler tables.
 */
const doc = readFileSync(join(import.meta.dirname, '../../docs/messages.md'), 'utf8');
const documented = [...doc.matchAll(/^### `([\w.]+)`$/gm)].map(([, name]) => name!);
const declared = [...VAULT_REQUEST_TYPES, ...ACCOUNT_REQUEST_TYPES];

describe('docs/messages.md', () => {
  it('has one section for every request the contracts declare, and none for a request that does not exist', () => {
    expect([...documented].sort()).toEqual([...declared].sort());
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('lists every request the worker answers for extension pages', () => {
    const answered = [
      ...Object.keys(createVaultHandlers({} as Vault)),
      ...Object.keys(profileHandlers),
      ...Object.keys(authHandlers),
      ...Object.keys(accountFlowHandlers),
      ...Object.keys(passkeyHandlers),
      ...Object.keys(siteHandlers),
      ...Object.keys(accountSettingsHandlers),
      ...Object.keys(fillPageHandlers),
      ...Object.keys(discoverPoolHandlers),
    ];
    expect(answered.sort()).toEqual([...documented].sort());
  });

  it('reads its request names from lists that name every request of each contract', () => {
    expectTypeOf<(typeof VAULT_REQUEST_TYPES)[number]>().toEqualTypeOf<VaultRequestType>();
    expectTypeOf<(typeof ACCOUNT_REQUEST_TYPES)[number]>().toEqualTypeOf<AccountRequestType>();
  });
});
