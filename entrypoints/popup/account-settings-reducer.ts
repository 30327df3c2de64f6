import type { SettingsNote, SettingsSection, TotpSetup } from '../../components/account-settings-props';
import type { AuthMFAType } from '../../core/auth/amplify-shapes';
import type { DeviceSummary } from '../../core/profiles/account-message-shapes';
import type { CodeEntry } from '../../core/vault/vault-messages';

/** The signed-in account's settings in the popup; changed only by {@link accountSettingsReducer}. */
export interface AccountSettingsState {
  /** Undefined until `auth.fetchMFAPreference` answered. */
  mfa?: { enabled: AuthMFAType[]; preferred?: AuthMFAType };
  /** Undefined until `auth.fetchDevices` answered. */
  devices?: DeviceSummary[];
  totp: TotpSetup;
  busy: Partial<Record<SettingsSection, boolean>>;
  notes: Partial<Record<SettingsSection, SettingsNote>>;
  /** Bumped when the account changes; answers carrying an older generation are dropped. */
  generation: number;
}

export const initialAccountSettingsState: AccountSettingsState = {
  totp: { status: 'idle' },
  busy: {},
  notes: {},
  generation: 0,
};

export type AccountSettingsAction =
  /** Another pool or account (or signed out): everything shown so far is forgotten. */
  | { type: 'reset'; generation: number }
  | { type: 'mfaLoaded'; generation: number; mfa: NonNullable<AccountSettingsState['mfa']> }
  | { type: 'devicesLoaded'; generation: number; devices: DeviceSummary[] }
  /** An action of `section` began: it is busy and its note cleared. */
  | { type: 'started'; generation: number; section: SettingsSection }
  /** An action of `section` ended; `note` says how (absent: nothing to say). */
  | { type: 'finished'; generation: number; section: SettingsSection; note?: SettingsNote }
  | { type: 'totpChanged'; generation: number; totp: TotpSetup }
  /** The vault's entry for the secret being set up, with its current codes. */
  | { type: 'totpCodes'; generation: number; entry: CodeEntry };

/** The popup's account settings' pure transitions (entrypoints/popup/use-account-settings.ts sends the requests). */
export function accountSettingsReducer(
  state: AccountSettingsState,
  action: AccountSettingsAction,
): AccountSettingsState {
  if (action.type === 'reset') {
    return action.generation > state.generation
      ? { ...initialAccountSettingsState, generation: action.generation }
      : state;
  }
  if (action.generation !== state.generation) return state;
  switch (action.type) {
    case 'mfaLoaded':
      return { ...state, mfa: action.mfa };
    case 'devicesLoaded':
      return { ...state, devices: action.devices };
    case 'started': {
      const { [action.section]: _dropped, ...notes } = state.notes;
      return { ...state, busy: { ...state.busy, [action.section]: true }, notes };
    }
    case 'finished': {
      const { [action.section]: _dropped, ...notes } = state.notes;
      return {
        ...state,
        busy: { ...state.busy, [action.section]: false },
        notes: action.note ? { ...notes, [action.section]: action.note } : notes,
      };
    }
    case 'totpChanged':
      return { ...state, totp: action.totp };
    case 'totpCodes':
      // Only the entry being verified; a late answer for an abandoned set-up changes nothing.
      if (state.totp.status !== 'verifying' || state.totp.entry.id !== action.entry.id) return state;
      return { ...state, totp: { ...state.totp, entry: action.entry } };
  }
}
