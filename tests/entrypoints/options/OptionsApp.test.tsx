// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { VaultState } from '../../../core/vault/vault-messages';
import { OptionsApp } from '../../../entrypoints/options/OptionsApp';
import { codeEntry, typeInto } from '../../components/code-entry-fixture';
import { click, mountSettled, submit } from '../../components/mount';
import { fakeWorker } from '../extension-pages/fake-worker';

const unlocked: VaultState = { status: 'unlocked', autoLockMinutes: 15, entryCount: 1, loginCount: 0 };
const locked: VaultState = { ...unlocked, status: 'locked' };

async function render(vault: ReturnType<typeof fakeWorker>, saveFile = vi.fn()) {
  const root = await mountSettled(
    <OptionsApp call={vault.call} readPixels={vi.fn()} saveFile={saveFile} window={window} />,
  );
  return { root, saveFile };
}

describe('OptionsApp', () => {
  it('lists the stored entries once the vault is open', async () => {
    const vault = fakeWorker({
      'vault.state': { ok: true, data: unlocked },
      'vault.listCodes': { ok: true, data: [codeEntry({ id: 'a', issuer: 'GitHub' })] },
    });
    const { root } = await render(vault);
    expect(root.querySelector('#entries-title')?.textContent).toBe('Your codes (1)');
    expect(root.querySelector<HTMLInputElement>('.entry input[name="issuer"]')?.value).toBe('GitHub');
  });

  it('shows the unlock form when the vault locks under an open page', async () => {
    const vault = fakeWorker({
      'vault.state': [
        { ok: true, data: unlocked },
        { ok: true, data: locked },
      ],
      'vault.listCodes': { ok: true, data: [codeEntry({ id: 'a' })] },
      'vault.deleteEntry': { ok: false, code: 'VaultLocked', message: 'The vault is locked.' },
    });
    const { root } = await render(vault);
    await click(root.querySelector<HTMLButtonElement>('button[name="delete"]')!);
    await click(root.querySelector<HTMLButtonElement>('button[name="confirm-delete"]')!);
    await act(async () => {});
    expect(root.querySelector('form.unlock')).not.toBeNull();
  });

  it('saves an exported backup as a file and never saves QR codes', async () => {
    const backup = { format: 'backup', fileName: 'sidekey.json', mimeType: 'application/json', content: '{}' };
    const vault = fakeWorker({
      'vault.state': { ok: true, data: unlocked },
      'vault.listCodes': { ok: true, data: [] },
      'vault.export': [
        { ok: true, data: backup },
        { ok: true, data: { format: 'qr', items: [] } },
      ],
    });
    const { root, saveFile } = await render(vault);
    const field = (name: string) => root.querySelector<HTMLInputElement>(`.export input[name="${name}"]`)!;
    act(() => typeInto(field('vault-passphrase'), 'vault passphrase'));
    act(() => typeInto(field('backup-passphrase'), 'backup passphrase'));
    act(() => typeInto(field('backup-confirm'), 'backup passphrase'));
    await submit(root.querySelector<HTMLFormElement>('.export form')!);
    expect(saveFile).toHaveBeenCalledWith(backup);
    await click(root.querySelector<HTMLButtonElement>('button[name="export-qr"]')!);
    expect(saveFile).toHaveBeenCalledTimes(1);
  });

  it('words each refused item of an import by its code, not the worker’s English', async () => {
    const vault = fakeWorker({
      'vault.state': { ok: true, data: unlocked },
      'vault.listCodes': { ok: true, data: [] },
      'vault.import': {
        ok: true,
        data: {
          added: 0,
          duplicates: [],
          errors: [
            { index: 0, code: 'OtpUriBadSecret', message: 'The secret is not Base32.' },
            { index: 1, code: 'MigrationUnsupported', message: 'Unsupported algorithm.' },
          ],
        },
      },
    });
    const { root } = await render(vault);
    act(() => typeInto(root.querySelector<HTMLTextAreaElement>('textarea[name="import-text"]')!, 'otpauth://x\ny'));
    await submit(root.querySelector<HTMLFormElement>('.import form')!);
    // The page reloads its entries after the import, then shows the summary.
    await act(async () => {});
    await act(async () => {});
    expect([...root.querySelectorAll('.import-summary .errors li')].map((item) => item.textContent)).toEqual([
      'Item 1: The secret key is not valid Base32.',
      'Item 2: This item of the export has a type or algorithm Sidekey does not support.',
    ]);
  });

  it('shows the worker’s wrong-passphrase refusal in words', async () => {
    const vault = fakeWorker({
      'vault.state': { ok: true, data: locked },
      'vault.listCodes': { ok: false, code: 'VaultLocked', message: 'locked' },
      'vault.unlock': { ok: false, code: 'VaultWrongPassphrase', message: 'wrong' },
    });
    const { root } = await render(vault);
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="passphrase"]')!, 'nope nope'));
    await submit(root.querySelector<HTMLFormElement>('form.unlock')!);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'That passphrase is not right. Check it and try again.',
    );
  });
});
