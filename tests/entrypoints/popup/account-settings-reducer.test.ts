import { describe, expect, it } from 'vitest';
import {
  type AccountSettingsState,
  accountSettingsReducer,
  initialAccountSettingsState,
} from '../../../entrypoints/popup/account-settings-reducer';
import { codeEntry } from '../../components/code-entry-fixture';

const started: AccountSettingsState = accountSettingsReducer(initialAccountSettingsState, {
  type: 'reset',
  generation: 1,
});
const entry = codeEntry({ id: 'e1', code: '111111' });
const verifying = accountSettingsReducer(started, {
  type: 'totpChanged',
  generation: 1,
  totp: { status: 'verifying', setupUri: 'otpauth://totp/x', sharedSecret: 'ABC', entry },
});

describe('accountSettingsReducer', () => {
  it('shows the factors and devices the pool answered for the current account', () => {
    const withMfa = accountSettingsReducer(started, {
      type: 'mfaLoaded',
      generation: 1,
      mfa: { enabled: ['TOTP'], preferred: 'TOTP' },
    });
    const withDevices = accountSettingsReducer(withMfa, { type: 'devicesLoaded', generation: 1, devices: [] });
    expect(withDevices).toMatchObject({ mfa: { enabled: ['TOTP'], preferred: 'TOTP' }, devices: [] });
  });

  it('drops answers for an account the popup has left, and a reset forgets everything shown', () => {
    const next = accountSettingsReducer(verifying, { type: 'reset', generation: 2 });
    expect(next).toEqual({ ...initialAccountSettingsState, generation: 2 });
    expect(accountSettingsReducer(next, { type: 'mfaLoaded', generation: 1, mfa: { enabled: ['SMS'] } })).toBe(next);
    expect(accountSettingsReducer(next, { type: 'reset', generation: 1 })).toBe(next);
  });

  it('marks a section busy while its action runs and shows its outcome only after', () => {
    const note = { text: 'Wrong code', failed: true, field: 'code' };
    const failing = accountSettingsReducer(started, { type: 'finished', generation: 1, section: 'totp', note });
    expect(failing.notes).toEqual({ totp: note });
    const busy = accountSettingsReducer(failing, { type: 'started', generation: 1, section: 'totp' });
    expect(busy.busy).toEqual({ totp: true });
    expect(busy.notes).toEqual({});
    const done = accountSettingsReducer(busy, { type: 'finished', generation: 1, section: 'totp' });
    expect(done.busy).toEqual({ totp: false });
    expect(done.notes).toEqual({});
  });

  it('keeps each section’s note to itself', () => {
    const a = accountSettingsReducer(started, {
      type: 'finished',
      generation: 1,
      section: 'devices',
      note: { text: 'Forgotten', failed: false },
    });
    const b = accountSettingsReducer(a, { type: 'started', generation: 1, section: 'password' });
    expect(b.notes).toEqual({ devices: { text: 'Forgotten', failed: false } });
  });

  it('moves the code of the key being verified on, and ignores codes of any other entry', () => {
    const moved = accountSettingsReducer(verifying, {
      type: 'totpCodes',
      generation: 1,
      entry: { ...entry, code: '222222' },
    });
    expect(moved.totp).toMatchObject({ status: 'verifying', entry: { code: '222222' } });
    const other = codeEntry({ id: 'e2', code: '333333' });
    expect(accountSettingsReducer(moved, { type: 'totpCodes', generation: 1, entry: other })).toBe(moved);
    const idle = accountSettingsReducer(moved, { type: 'totpChanged', generation: 1, totp: { status: 'idle' } });
    expect(accountSettingsReducer(idle, { type: 'totpCodes', generation: 1, entry })).toBe(idle);
  });
});
