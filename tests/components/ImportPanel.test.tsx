// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../components/ImportPanel';
import type { ImportResult } from '../../core/vault/vault-messages';
import { typeInto } from './code-entry-fixture';
import { mount, submit } from './mount';

const result: ImportResult = { added: 2, duplicates: [{ index: 1, issuer: 'AWS', account: 'ops' }], errors: [] };

function setup(reply = { ok: true as const, data: result }) {
  const handlers = {
    onImport: vi.fn(async () => reply),
    onImportQrFile: vi.fn(async () => reply),
    onImportBackupFile: vi.fn(async () => reply),
  };
  return { root: mount(<ImportPanel {...handlers} />), ...handlers };
}

describe('ImportPanel', () => {
  it('imports pasted links and summarises what was added and skipped', async () => {
    const { root, onImport } = setup();
    act(() => typeInto(root.querySelector('textarea')!, 'otpauth://totp/a?secret=x\notpauth://totp/b?secret=y'));
    await submit(root.querySelector('form')!);
    expect(onImport).toHaveBeenCalledWith({
      kind: 'otpauth-list',
      payload: 'otpauth://totp/a?secret=x\notpauth://totp/b?secret=y',
    });
    expect(root.querySelector('.import-summary')?.textContent).toContain('Added 2 codes; 1 already in Sidekey');
    expect(root.querySelector('.duplicates')?.textContent).toBe('Already there: AWS (ops)');
  });

  it('says nothing was stored when items were refused, and why', async () => {
    const refused: ImportResult = {
      added: 0,
      duplicates: [],
      errors: [{ index: 2, code: 'OtpUriBadSecret', message: 'Bad secret.' }],
    };
    const { root } = setup({ ok: true, data: refused });
    act(() => typeInto(root.querySelector('textarea')!, 'otpauth://totp/a?secret=x'));
    await submit(root.querySelector('form')!);
    expect(root.querySelector('.import-summary')?.textContent).toContain('Nothing was imported: 1 item has a problem');
    expect(root.querySelector('.errors')?.textContent).toBe('Item 3: Bad secret.');
  });

  it('imports a backup file with its passphrase and shows a wrong passphrase as an alert', async () => {
    const wrong = { ok: false as const, code: 'VaultWrongPassphrase', message: 'That passphrase is not right.' };
    const handlers = {
      onImport: vi.fn(),
      onImportQrFile: vi.fn(),
      onImportBackupFile: vi.fn(async () => wrong),
    };
    const root = mount(<ImportPanel {...handlers} />);
    const fileInput = root.querySelector<HTMLInputElement>('input[name="backup-file"]')!;
    const file = new File(['{}'], 'sidekey-backup.json', { type: 'application/json' });
    Object.defineProperty(fileInput, 'files', { value: [file] });
    act(() => {
      fileInput.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="backup-passphrase"]')!, 'backup pass'));
    await submit(root.querySelectorAll('form')[1]!);
    expect(handlers.onImportBackupFile).toHaveBeenCalledWith(file, 'backup pass');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('That passphrase is not right.');
  });
});
