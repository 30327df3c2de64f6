// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../components/ExportPanel';
import { typeInto } from './code-entry-fixture';
import { click, mount, submit } from './mount';

const input = (root: HTMLElement, name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('ExportPanel', () => {
  it('exports an encrypted backup under a confirmed passphrase once the vault passphrase is typed again', async () => {
    const onExport = vi.fn(async () => ({
      ok: true as const,
      data: { format: 'backup' as const, fileName: 'sidekey-backup.json', mimeType: 'application/json', content: '{}' },
    }));
    const root = mount(<ExportPanel onExport={onExport} />);
    act(() => typeInto(input(root, 'backup-passphrase'), 'backup passphrase'));
    act(() => typeInto(input(root, 'backup-confirm'), 'backup passphrase'));
    await submit(root.querySelector('form')!);
    expect(onExport).not.toHaveBeenCalled();
    expect(input(root, 'vault-passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#export-vault-passphrase-error')?.textContent).toBe(
      'Type your Sidekey passphrase first.',
    );
    act(() => typeInto(input(root, 'vault-passphrase'), 'vault passphrase'));
    await submit(root.querySelector('form')!);
    expect(onExport).toHaveBeenCalledWith({
      format: 'backup',
      passphrase: 'backup passphrase',
      vaultPassphrase: 'vault passphrase',
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved sidekey-backup.json.');
  });

  it('refuses a backup passphrase that is short or not confirmed', async () => {
    const onExport = vi.fn();
    const root = mount(<ExportPanel onExport={onExport} />);
    act(() => typeInto(input(root, 'vault-passphrase'), 'vault passphrase'));
    act(() => typeInto(input(root, 'backup-passphrase'), 'short'));
    await submit(root.querySelector('form')!);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('at least 8');
    act(() => typeInto(input(root, 'backup-passphrase'), 'long enough one'));
    act(() => typeInto(input(root, 'backup-confirm'), 'long enough two'));
    await submit(root.querySelector('form')!);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The passphrases differ.');
    expect(onExport).not.toHaveBeenCalled();
  });

  it('asks for the vault passphrase before showing QR codes, then shows one image per entry', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const onExport = vi.fn(async () => ({
      ok: true as const,
      data: { format: 'qr' as const, items: [{ id: 'a', issuer: 'GitHub', account: 'alice', svg }] },
    }));
    const root = mount(<ExportPanel onExport={onExport} />);
    await click(root.querySelector<HTMLButtonElement>('button[name="export-qr"]')!);
    expect(onExport).not.toHaveBeenCalled();
    act(() => typeInto(input(root, 'vault-passphrase'), 'vault passphrase'));
    await click(root.querySelector<HTMLButtonElement>('button[name="export-qr"]')!);
    expect(onExport).toHaveBeenCalledWith({ format: 'qr', vaultPassphrase: 'vault passphrase' });
    const image = root.querySelector('.qr-grid img')!;
    expect(image.getAttribute('alt')).toBe('QR code for GitHub – alice');
    expect(decodeURIComponent(image.getAttribute('src')!.split(',')[1]!)).toBe(svg);
  });

  it('shows a wrong vault passphrase at its field, not as a failed export', async () => {
    const onExport = vi.fn(async () => ({
      ok: false as const,
      code: 'VaultWrongPassphrase',
      message: 'That passphrase is not right.',
    }));
    const root = mount(<ExportPanel onExport={onExport} />);
    act(() => typeInto(input(root, 'vault-passphrase'), 'not the passphrase'));
    act(() => typeInto(input(root, 'backup-passphrase'), 'backup passphrase'));
    act(() => typeInto(input(root, 'backup-confirm'), 'backup passphrase'));
    await submit(root.querySelector('form')!);
    const field = input(root, 'vault-passphrase');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector(`#${field.getAttribute('aria-describedby')}`);
    expect(error?.textContent).toBe('That is not your Sidekey passphrase.');
    act(() => typeInto(field, 'the right one'));
    expect(field.hasAttribute('aria-invalid')).toBe(false);
  });
});
