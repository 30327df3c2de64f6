// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PoolPasskeys, type PoolPasskeysProps } from '../../components/PoolPasskeys';
import { readLocale, translateWith } from '../support/translate-messages';
import { click, mount } from './mount';

const ACCOUNTS = [
  { profileId: 'p1', label: 'Shop', username: 'pat' },
  { profileId: 'p2', label: 'Staff', username: 'alice' },
];

function render(props: Partial<PoolPasskeysProps> = {}, t?: Parameters<typeof mount>[1]) {
  const onChoose = vi.fn();
  const onAdd = vi.fn();
  const passkeys = { passkeys: [], busy: false, onAdd, onDelete: vi.fn() };
  const root = mount(
    <PoolPasskeys accounts={ACCOUNTS} chosenId="p1" onChoose={onChoose} passkeys={passkeys} {...props} />,
    t,
  );
  return { root, onChoose, onAdd };
}

describe('PoolPasskeys', () => {
  it('offers each signed-in account by pool and username, and lists the chosen one’s passkeys', async () => {
    const { root, onAdd } = render();
    const options = [...root.querySelectorAll('select[name="passkeyAccount"] option')];
    expect(options.map((option) => option.textContent)).toEqual(['Shop: pat', 'Staff: alice']);
    expect(root.querySelector<HTMLSelectElement>('select[name="passkeyAccount"]')!.value).toBe('p1');
    expect(root.querySelector('.passkeys-empty')?.textContent).toBe('No passkeys yet.');
    await click(root.querySelector<HTMLElement>('button[aria-label="Sidekey: add a passkey"]')!);
    expect(onAdd).toHaveBeenCalledOnce();
  });

  it('tells the page which account was picked', () => {
    const { root, onChoose } = render();
    const select = root.querySelector<HTMLSelectElement>('select[name="passkeyAccount"]')!;
    act(() => {
      select.value = 'p2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChoose).toHaveBeenCalledWith('p2');
  });

  it('says to sign in in the popup first when no account is signed in, with no add button', () => {
    const { root } = render({ accounts: [], passkeys: undefined });
    expect(root.querySelector('.passkeys-signed-out')?.textContent).toBe(
      'Sign in to one of these user pools in Sidekey’s popup to add and manage its passkeys here.',
    );
    expect(root.querySelector('.passkey-add')).toBeNull();
  });

  it('says it is still checking while the sessions are asked for', () => {
    const { root } = render({ accounts: undefined, passkeys: undefined });
    expect(root.querySelector('.loading')?.textContent).toBe('Checking who is signed in…');
  });

  it('speaks German with the German messages', () => {
    const { root } = render({ accounts: [], passkeys: undefined }, { t: translateWith(readLocale('de')) });
    expect(root.querySelector('.passkeys-signed-out')?.textContent).toContain('Sidekey-Popup');
  });
});
