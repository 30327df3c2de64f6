import type { AccountSettingsProps } from './account-settings-props';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DeviceList } from './DeviceList';
import { MfaSettings } from './MfaSettings';
import { TotpSetupPanel } from './TotpSetupPanel';
import { useT } from './translator-context';

/**
 * The signed-in account's settings, under its session in the popup's Sign in tab: two-step verification, an
 * authenticator app set up into Sidekey's vault, remembered devices and the password. Each control names the
 * Amplify API it calls on hover, for developers.
 */
export function AccountSettings(props: AccountSettingsProps) {
  const t = useT();
  return (
    <details class="account-settings">
      <summary>{t('settings_title', props.username)}</summary>
      <MfaSettings {...props} />
      <TotpSetupPanel {...props} />
      <DeviceList {...props} />
      <ChangePasswordForm {...props} />
    </details>
  );
}
