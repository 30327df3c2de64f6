import { useEffect, useReducer, useRef } from 'preact/hooks';
import type {
  AccountSettingsProps,
  MfaChange,
  SettingsNote,
  SettingsSection,
} from '../../components/account-settings-props';
import { type MessageKey, useT } from '../../components/translator-context';
import type { AuthMFAType } from '../../core/auth/amplify-shapes';
import type { Failure } from '../../core/messages/reply';
import type { DeviceSummary } from '../../core/profiles/account-message-shapes';
import type { PoolProfile } from '../../core/profiles/pool-profile';
import type { MessageClient } from '../extension-pages/create-message-client';
import {
  type AccountSettingsAction,
  accountSettingsReducer,
  initialAccountSettingsState,
} from './account-settings-reducer';
import { describeFailure } from './describe-failure';

/** Failures that mean the vault must be opened first. */
const VAULT_CLOSED = new Set(['VaultLocked', 'VaultUninitialised']);
/** Amplify's `updateMFAPreference` input key for each factor. */
const MFA_KEYS: Record<AuthMFAType, 'totp' | 'sms' | 'email'> = { TOTP: 'totp', SMS: 'sms', EMAIL: 'email' };
/** What Sidekey calls its device when Cognito remembers the authenticator it verified. */
const FRIENDLY_DEVICE_NAME = 'Sidekey';

export interface AccountSettingsOptions {
  call: MessageClient;
  /** The chosen pool, when someone is signed in to it. */
  pool?: PoolProfile;
  /** Who is signed in to `pool`. */
  username?: string;
  /** Whether the vault is locked or not set up: the authenticator's secret cannot be saved then. */
  vaultLocked: boolean;
  now: number;
  /** Shows the vault's unlock screen (the popup's Codes tab). */
  onUnlock: () => void;
}

/**
 * The signed-in account's settings in the popup: two-step verification (`auth.fetchMFAPreference` /
 * `auth.updateMFAPreference`), setting up an authenticator app whose secret goes straight into the vault
 * (`auth.setUpTOTP`, `vault.addEntry` bound to the account, `auth.verifyTOTPSetup` with the vault's code),
 * remembered devices (`auth.fetchDevices`, `auth.updateDeviceStatus`, `auth.forgetDevice`) and the password
 * (`auth.updatePassword`, then the saved sign-in via `vault.updateLoginPassword`). Answers for an account the popup
 * has left are dropped by generation.
 */
export function useAccountSettings(options: AccountSettingsOptions): AccountSettingsProps | undefined {
  const { call, pool, username, now } = options;
  const t = useT();
  const [state, dispatch] = useReducer(accountSettingsReducer, initialAccountSettingsState);
  const generation = useRef(0);
  const account = pool && username ? { pool, username } : undefined;
  const key = account ? `${account.pool.id}\n${account.username}` : '';

  const send = (action: AccountSettingsAction) => dispatch(action);
  const failed = (failure: Failure): SettingsNote => ({
    text: describeFailure(failure, t),
    failed: true,
    ...(failure.field ? { field: failure.field } : {}),
  });
  const done = (text: MessageKey): SettingsNote => ({ text: t(text), failed: false });

  const loadMfa = async (gen: number, profileId: string) => {
    const reply = await call('auth.fetchMFAPreference', { profileId });
    if (reply.ok) send({ type: 'mfaLoaded', generation: gen, mfa: reply.data });
    else send({ type: 'finished', generation: gen, section: 'mfa', note: failed(reply) });
  };
  const loadDevices = async (gen: number, profileId: string) => {
    const reply = await call('auth.fetchDevices', { profileId });
    if (reply.ok) send({ type: 'devicesLoaded', generation: gen, devices: reply.data });
    else send({ type: 'finished', generation: gen, section: 'devices', note: failed(reply) });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again only when the account changes.
  useEffect(() => {
    const gen = ++generation.current;
    send({ type: 'reset', generation: gen });
    if (!account) return;
    void loadMfa(gen, account.pool.id);
    void loadDevices(gen, account.pool.id);
  }, [key]);

  // The vault's code for the secret being verified moves on with the period: that entry's codes alone are asked for.
  const { totp } = state;
  const periodEndsAt = totp.status === 'verifying' ? totp.entry.periodEndsAt : null;
  const stale = periodEndsAt !== null && now >= periodEndsAt;
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once per period that ends.
  useEffect(() => {
    if (!stale || totp.status !== 'verifying') return;
    const gen = generation.current;
    const { id } = totp.entry;
    void call('vault.listCodes', { id }).then((reply) => {
      const entry = reply.ok ? reply.data.find((candidate) => candidate.id === id) : undefined;
      if (entry) send({ type: 'totpCodes', generation: gen, entry });
    });
  }, [stale, periodEndsAt]);

  if (!account) return undefined;
  const profileId = account.pool.id;

  /** Runs one action of `section` under the current generation; `work` answers the note to show. */
  const act = (section: SettingsSection, work: (gen: number) => Promise<SettingsNote | undefined>) => {
    const gen = generation.current;
    send({ type: 'started', generation: gen, section });
    void work(gen).then(
      (note) => send({ type: 'finished', generation: gen, section, ...(note ? { note } : {}) }),
      () =>
        send({ type: 'finished', generation: gen, section, note: { text: t('failure_unavailable'), failed: true } }),
    );
  };
  const setTotp = (gen: number, next: typeof totp) => send({ type: 'totpChanged', generation: gen, totp: next });

  /** Removes the vault entry of a set-up that did not finish, so no key Cognito never accepted is left. */
  const dropEntry = async (id: string) => {
    const reply = await call('vault.deleteEntry', { id });
    return reply.ok || reply.code === 'VaultNotFound';
  };

  return {
    username: account.username,
    mfa: state.mfa,
    devices: state.devices,
    totp: state.totp,
    busy: state.busy,
    notes: state.notes,
    now,
    onMfaChange: (factor: AuthMFAType, change: MfaChange) =>
      act('mfa', async (gen) => {
        const reply = await call('auth.updateMFAPreference', { profileId, [MFA_KEYS[factor]]: change });
        await loadMfa(gen, profileId);
        return reply.ok ? done('settings_mfa_saved') : failed(reply);
      }),
    onTotpStart: () =>
      act('totp', async (gen) => {
        if (options.vaultLocked) {
          setTotp(gen, { status: 'locked' });
          return undefined;
        }
        const setup = await call('auth.setUpTOTP', { profileId });
        if (!setup.ok) return failed(setup);
        const { setupUri, sharedSecret } = setup.data;
        const cognito = {
          userPoolId: account.pool.userPoolId,
          clientId: account.pool.userPoolClientId,
          username: setup.data.username,
        };
        // The same vault request the page side's key capture ends in: bound to the pool's sites and the account.
        const saved = await call('vault.addEntry', { uri: setupUri, origins: account.pool.origins, cognito });
        if (!saved.ok) {
          if (VAULT_CLOSED.has(saved.code)) setTotp(gen, { status: 'locked' });
          return failed(saved);
        }
        setTotp(gen, { status: 'verifying', setupUri, sharedSecret, entry: saved.data });
        return done('settings_totp_saved');
      }),
    onTotpVerify: (code: string) =>
      act('totp', async (gen) => {
        if (totp.status !== 'verifying') return undefined;
        const reply = await call('auth.verifyTOTPSetup', {
          profileId,
          code: code.trim(),
          friendlyDeviceName: FRIENDLY_DEVICE_NAME,
        });
        if (reply.ok) {
          setTotp(gen, { status: 'verified' });
          await loadMfa(gen, profileId);
          return done('settings_totp_verified');
        }
        // Not accepted: the key is useless (the next set-up makes a new one), so it leaves the vault at once.
        const dropped = await dropEntry(totp.entry.id);
        setTotp(gen, { status: 'idle' });
        const note = failed(reply);
        return { ...note, text: `${note.text} ${t(dropped ? 'settings_totp_removed' : 'settings_totp_not_removed')}` };
      }),
    onTotpCancel: () =>
      act('totp', async (gen) => {
        if (totp.status === 'verifying' && !(await dropEntry(totp.entry.id))) {
          return { text: t('settings_totp_not_removed'), failed: true };
        }
        setTotp(gen, { status: 'idle' });
        return undefined;
      }),
    onTotpPreferred: () =>
      act('totp', async (gen) => {
        const reply = await call('auth.updateMFAPreference', { profileId, totp: 'PREFERRED' });
        if (!reply.ok) return failed(reply);
        setTotp(gen, { status: 'idle' });
        await loadMfa(gen, profileId);
        return done('settings_totp_preferred');
      }),
    onUnlock: options.onUnlock,
    onRemember: (device: DeviceSummary, remembered: boolean) =>
      act('devices', async (gen) => {
        const reply = await call('auth.updateDeviceStatus', { profileId, deviceId: device.id, remembered });
        await loadDevices(gen, profileId);
        return reply.ok
          ? done(remembered ? 'settings_device_remembered' : 'settings_device_not_remembered')
          : failed(reply);
      }),
    onForget: (device: DeviceSummary) =>
      act('devices', async (gen) => {
        const reply = await call('auth.forgetDevice', { profileId, deviceId: device.id });
        await loadDevices(gen, profileId);
        return reply.ok ? done('settings_device_forgotten') : failed(reply);
      }),
    passwordPolicy: account.pool.passwordPolicy,
    onChangePassword: ({ oldPassword, newPassword }: { oldPassword: string; newPassword: string }) =>
      act('password', async () => {
        const reply = await call('auth.updatePassword', { profileId, oldPassword, newPassword });
        if (!reply.ok) return failed(reply);
        return done(await updateSavedSignIn(call, account, newPassword));
      }),
  };
}

/**
 * Once the pool accepted a new password, the saved sign-ins for this account (bound to its pool and app client
 * and username) take it too; which sentence to show for what happened to them.
 */
async function updateSavedSignIn(
  call: MessageClient,
  account: { pool: PoolProfile; username: string },
  password: string,
): Promise<MessageKey> {
  const logins = await call('vault.listLogins', undefined);
  if (!logins.ok) return 'settings_password_changed_vault_closed';
  const { pool, username } = account;
  // Bound to this account, or (saved before any binding) to this username on one of the pool's sites.
  const mine = logins.data.filter((login) =>
    login.cognito
      ? login.cognito.userPoolId === pool.userPoolId &&
        login.cognito.clientId === pool.userPoolClientId &&
        login.cognito.username === username
      : login.username === username && login.origins.some((origin) => pool.origins.includes(origin)),
  );
  if (mine.length === 0) return 'settings_password_changed';
  for (const login of mine) {
    const updated = await call('vault.updateLoginPassword', { id: login.id, password });
    if (!updated.ok) return 'settings_password_changed_not_saved';
  }
  return 'settings_password_changed_saved';
}
