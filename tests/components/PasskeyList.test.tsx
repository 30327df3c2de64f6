// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PasskeyList, passkeyLabel } from '../../components/PasskeyList';
import type { PasskeySummary } from '../../core/profiles/account-message-shapes';
import { english } from '../support/translate-messages';
import { click, mount } from './mount';

const PHONE: PasskeySummary = {
  credentialId: 'cred-phone',
  name: 'Passkey',
  relyingPartyId: 'example.com',
  createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
  lastUsedAt: Date.UTC(2026, 1, 3, 4, 5, 6),
  authenticatorAttachment: 'cross-platform',
};
const LAPTOP: PasskeySummary = { credentialId: 'cred-laptop', name: 'Laptop', authenticatorAttachment: 'platform' };

function render(props: Partial<Parameters<typeof PasskeyList>[0]> = {}) {
  const handlers = { onAdd: vi.fn(), onDelete: vi.fn() };
  const root = mount(<PasskeyList passkeys={[PHONE, LAPTOP]} busy={false} {...handlers} {...props} />);
  return { root, ...handlers };
}

const byLabel = (root: HTMLElement, label: string) =>
  root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);

describe('PasskeyList', () => {
  it('shows each passkey’s name, when it was added and last used, and its authenticator', () => {
    const { root } = render();
    const rows = [...root.querySelectorAll('.passkey')];
    expect(rows.map((row) => row.querySelector('.passkey-name')?.textContent)).toEqual(['Passkey', 'Laptop']);
    expect(rows[0]!.querySelector('.passkey-created time')?.getAttribute('datetime')).toBe('2026-01-02T03:04:05.000Z');
    expect(rows[0]!.querySelector('.passkey-last-used time')?.getAttribute('datetime')).toBe(
      '2026-02-03T04:05:06.000Z',
    );
    expect(rows[0]!.querySelector('.passkey-authenticator')?.textContent).toBe('Security key or phone');
    expect(rows[1]!.querySelector('.passkey-created')?.textContent).toBe('unknown');
    expect(rows[1]!.querySelector('.passkey-last-used')?.textContent).toBe('never');
    expect(rows[1]!.querySelector('.passkey-authenticator')?.textContent).toBe('This device');
  });

  it('says while it loads and when there is none, and always offers to add one by its Sidekey name', async () => {
    const loading = render({ passkeys: undefined });
    expect(loading.root.querySelector('.loading')?.textContent).toBe('Loading passkeys…');
    const empty = render({ passkeys: [] });
    expect(empty.root.querySelector('.passkeys-empty')?.textContent).toBe('No passkeys yet.');
    await click(byLabel(empty.root, 'Sidekey: add a passkey')!);
    expect(empty.onAdd).toHaveBeenCalledOnce();
  });

  it('deletes a passkey only once the user confirms, and keeps it when the user says keep', async () => {
    const { root, onDelete } = render();
    await click(byLabel(root, `Sidekey: delete passkey ${passkeyLabel(PHONE, english)}`)!);
    expect(onDelete).not.toHaveBeenCalled();
    await click(root.querySelector<HTMLButtonElement>('.passkey-keep')!);
    expect(root.querySelector('.passkey-confirm')).toBeNull();
    await click(byLabel(root, `Sidekey: delete passkey ${passkeyLabel(LAPTOP, english)}`)!);
    await click(byLabel(root, `Sidekey: confirm deleting passkey ${passkeyLabel(LAPTOP, english)}`)!);
    expect(onDelete.mock.calls).toEqual([[LAPTOP]]);
  });

  it('names each passkey by name and date, so two alike stay apart', () => {
    expect(passkeyLabel(LAPTOP, english)).toBe('Laptop');
    expect(passkeyLabel(PHONE, english)).toBe(`Passkey, added ${new Date(PHONE.createdAt!).toLocaleString()}`);
  });

  it('shows a failure as an alert and an outcome as a status, and disables its buttons while busy', () => {
    const failed = render({ note: { text: 'Adding the passkey was cancelled.', failed: true } });
    expect(failed.root.querySelector('[role="alert"]')?.textContent).toBe('Adding the passkey was cancelled.');
    const done = render({ note: { text: 'Passkey added.', failed: false }, busy: true });
    expect(done.root.querySelector('[role="status"]')?.textContent).toBe('Passkey added.');
    expect([...done.root.querySelectorAll('button')].every((button) => button.disabled)).toBe(true);
  });
});
