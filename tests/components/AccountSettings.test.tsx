// @vitest-environment happy-dom

import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AccountSettings } from '../../components/AccountSettings';
import type { AccountSettingsProps } from '../../components/account-settings-props';
import type { DeviceSummary } from '../../core/profiles/account-message-shapes';
import { readLocale, translateWith } from '../support/translate-messages';
import { codeEntry, typeInto } from './code-entry-fixture';

const german = translateWith(readLocale('de'));

import { click, mount, rerender, submit } from './mount';

const THIS: DeviceSummary = {
  id: 'dev-1',
  name: 'Sidekey',
  remembered: true,
  current: true,
  lastUsedAt: Date.UTC(2026, 0, 2),
};
const OTHER: DeviceSummary = { id: 'dev-2', remembered: false, current: false };

function props(overrides: Partial<AccountSettingsProps> = {}): AccountSettingsProps {
  return {
    username: 'alice',
    mfa: { enabled: ['TOTP', 'SMS'], preferred: 'SMS' },
    devices: [THIS, OTHER],
    totp: { status: 'idle' },
    busy: {},
    notes: {},
    now: 0,
    onMfaChange: vi.fn(),
    onTotpStart: vi.fn(),
    onTotpVerify: vi.fn(),
    onTotpCancel: vi.fn(),
    onTotpPreferred: vi.fn(),
    onUnlock: vi.fn(),
    onRemember: vi.fn(),
    onForget: vi.fn(),
    onChangePassword: vi.fn(),
    ...overrides,
  };
}

const button = (root: HTMLElement, selector: string) => root.querySelector<HTMLButtonElement>(selector)!;

describe('AccountSettings', () => {
  it('shows which factors are on and which is preferred, and asks to change them by Amplify’s values', async () => {
    const given = props();
    const root = mount(<AccountSettings {...given} />);
    const rows = [...root.querySelectorAll('.mfa-factor')];
    expect(rows.map((row) => row.querySelector('.mfa-state')?.textContent)).toEqual(['On', 'On, preferred', 'Off']);
    await click(button(root, 'button[aria-label="Prefer Authenticator app (TOTP)"]'));
    expect(given.onMfaChange).toHaveBeenCalledWith('TOTP', 'PREFERRED');
    await click(button(root, 'button[aria-label="Turn on Email code"]'));
    expect(given.onMfaChange).toHaveBeenCalledWith('EMAIL', 'ENABLED');
    await click(button(root, 'button[aria-label="Turn off Text message (SMS)"]'));
    expect(given.onMfaChange).toHaveBeenCalledWith('SMS', 'DISABLED');
    expect(button(root, '.mfa-prefer').title).toBe('updateMFAPreference (PREFERRED)');
  });

  it('keeps a factor’s on/off button the same element (and so its focus) when turning it on makes it Turn off', () => {
    const root = mount(<AccountSettings {...props({ mfa: { enabled: [] } })} />);
    const turnOn = button(root, '[data-factor="EMAIL"] .mfa-enable');
    rerender(root, <AccountSettings {...props({ mfa: { enabled: ['EMAIL'] } })} />);
    expect(button(root, '[data-factor="EMAIL"] .mfa-disable')).toBe(turnOn);
    expect(root.querySelector('[data-factor="EMAIL"] .mfa-prefer')).not.toBeNull();
  });

  it('asks to unlock the vault before an authenticator is set up', async () => {
    const given = props({ totp: { status: 'locked' } });
    const root = mount(<AccountSettings {...given} />);
    expect(root.querySelector('.totp-locked')?.textContent).toContain('Unlock Sidekey first');
    await click(button(root, '.totp-unlock'));
    expect(given.onUnlock).toHaveBeenCalled();
  });

  it('shows the QR and key of the new secret with the vault’s code ready, verified by one submit', async () => {
    const entry = codeEntry({ id: 'e1', code: '123456' });
    const totp = {
      status: 'verifying' as const,
      setupUri: 'otpauth://totp/Pool:alice?secret=ABC',
      sharedSecret: 'ABC',
      entry,
    };
    const given = props({ totp });
    const root = mount(<AccountSettings {...given} />);
    expect(root.querySelector<HTMLImageElement>('.totp-qr')?.src).toMatch(/^data:image\/svg\+xml/);
    expect(root.querySelector('.totp-secret')?.textContent).toBe('ABC');
    const code = root.querySelector<HTMLInputElement>('input[name="code"]')!;
    expect(code.value).toBe('123456');
    expect(document.activeElement).toBe(code);
    await submit(root.querySelector('form.totp-verify')!);
    expect(given.onTotpVerify).toHaveBeenCalledWith('123456');
    rerender(root, <AccountSettings {...given} totp={{ ...totp, entry: { ...entry, code: '654321' } }} />);
    expect(code.value).toBe('654321');
  });

  it('shows a refused code at the code field, and offers to prefer TOTP once verified', async () => {
    const entry = codeEntry({ id: 'e1' });
    const totp = { status: 'verifying' as const, setupUri: 'otpauth://totp/x?secret=ABC', sharedSecret: 'ABC', entry };
    const note = { text: 'That code is wrong.', failed: true, field: 'code' };
    const root = mount(<AccountSettings {...props({ totp, notes: { totp: note } })} />);
    const code = root.querySelector<HTMLInputElement>('input[name="code"]')!;
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#totp-code-error')?.textContent).toBe('That code is wrong.');
    expect(root.querySelectorAll('.totp-setup [role="alert"]')).toHaveLength(1);
    const verified = props({ totp: { status: 'verified' } });
    rerender(root, <AccountSettings {...verified} />);
    await click(button(root, '.totp-prefer'));
    expect(verified.onTotpPreferred).toHaveBeenCalled();
  });

  it('lists the devices with the current one marked, and forgets one only once confirmed', async () => {
    const given = props();
    const root = mount(<AccountSettings {...given} />);
    const rows = [...root.querySelectorAll('.device')];
    expect(rows.map((row) => row.querySelector('.device-name')?.textContent)).toEqual(['Sidekey', 'Unnamed device']);
    expect(rows[0]!.classList.contains('current')).toBe(true);
    expect(rows[0]!.querySelector('.device-last-used time')?.getAttribute('datetime')).toBe('2026-01-02T00:00:00.000Z');
    await click(button(root, 'button[aria-label="Stop remembering Sidekey"]'));
    expect(given.onRemember).toHaveBeenCalledWith(THIS, false);
    await click(button(root, 'button[aria-label="Sidekey: forget device Unnamed device"]'));
    expect(given.onForget).not.toHaveBeenCalled();
    expect(root.querySelector('.device-confirm')?.textContent).toContain('Forget Unnamed device?');
    await click(button(root, 'button[aria-label="Sidekey: confirm forgetting device Unnamed device"]'));
    expect(given.onForget).toHaveBeenCalledWith(OTHER);
  });

  it('changes the password only when the new one is typed twice alike, against the pool’s rules', async () => {
    const given = props({
      passwordPolicy: {
        minimumLength: 10,
        requireLowercase: true,
        requireUppercase: false,
        requireNumbers: true,
        requireSymbols: false,
      },
    });
    const root = mount(<AccountSettings {...given} />);
    const field = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    const rules = () => [...root.querySelectorAll('.password-rules li')].map((li) => [li.textContent, li.className]);
    expect(rules()).toEqual([
      ['• at least 10 characters (not yet)', 'rule'],
      ['• a lower-case letter (not yet)', 'rule'],
      ['• a number (not yet)', 'rule'],
    ]);
    act(() => {
      typeInto(field('oldPassword'), 'Old-pass-1');
      typeInto(field('newPassword'), 'longer-pass-2');
      typeInto(field('repeatPassword'), 'longer-pass-3');
    });
    expect(rules().every(([, className]) => className === 'rule met')).toBe(true);
    await submit(root.querySelector('form.change-password-form')!);
    expect(given.onChangePassword).not.toHaveBeenCalled();
    expect(root.querySelector('#repeat-password-error')?.textContent).toBe('The two passwords differ.');
    expect(document.activeElement?.getAttribute('name')).toBe('repeatPassword');
    act(() => typeInto(field('repeatPassword'), 'longer-pass-2'));
    await submit(root.querySelector('form.change-password-form')!);
    expect(given.onChangePassword).toHaveBeenCalledWith({ oldPassword: 'Old-pass-1', newPassword: 'longer-pass-2' });
  });

  it('sends no new password that misses the pool’s rules, saying so at that field, focused', async () => {
    const given = props();
    const root = mount(<AccountSettings {...given} />);
    const field = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    act(() => {
      typeInto(field('oldPassword'), 'Old-pass-1');
      typeInto(field('newPassword'), 'short');
      typeInto(field('repeatPassword'), 'short');
    });
    await submit(root.querySelector('form.change-password-form')!);
    expect(given.onChangePassword).not.toHaveBeenCalled();
    expect(root.querySelector('#newPassword-error')?.textContent).toBe(
      'The password does not meet the pool’s rules yet.',
    );
    expect(field('newPassword').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('newPassword'));
  });

  it('shows a wrong old password at its field and focuses it', () => {
    const root = mount(<AccountSettings {...props()} />);
    const note = { text: 'The user name or password is wrong.', failed: true, field: 'oldPassword' };
    rerender(root, <AccountSettings {...props({ notes: { password: note } })} />);
    const old = root.querySelector<HTMLInputElement>('input[name="oldPassword"]')!;
    expect(old.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#oldPassword-error')?.textContent).toBe(note.text);
    expect(document.activeElement).toBe(old);
  });

  it('speaks German when the browser does', () => {
    const root = mount(<AccountSettings {...props()} />, { t: german });
    expect(root.querySelector('summary')?.textContent).toBe('Kontoeinstellungen für alice');
    expect(root.querySelector('#devices-title')?.textContent).toBe('Gemerkte Geräte');
  });
});
