// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../components/ExportPanel';
import { typeInto } from './code-entry-fixture';
import { click, mount, submit } from './mount';

const input = (root: HTMLElement, name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('ExportPanel', () => {
  it('exports an encrypted backup under a confirmed passphrase', async () => {
    const onExport = vi.fn(async () => ({
      ok: true as const,
      data: { format: 'backup' as const, fileName: 'sidekey-backup.json', mimeType: 'application/json', content: '{}' },
    }));
    const root = mount(<ExportPanel onExport={onExport} />);
    act(() => typeInto(input(root, 'backup-passphrase'), 'backup passphrase'));
    act(() => typeInto(input(root, 'backup-confirm'), 'backup passphrase'));
    await submit(root.querySelector('form')!);
    expect(onExport).toHaveBeenCalledWith({ format: 'backup', passphrase: 'backup passphrase' });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved sidekey-backup.json.');
  });

  it('refuses a backup passphrase that is short or not confirmed', async () => {
    const onExport = vi.fn();
    const root = mount(<ExportPanel onExport={onExport} />);
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
});
