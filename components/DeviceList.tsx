import { useState } from 'preact/hooks';
import type { DeviceSummary } from '../core/profiles/account-message-shapes';
import type { AccountSettingsProps } from './account-settings-props';
import { SettingsNoteText } from './SettingsNoteText';
import { useT } from './translator-context';

function when(epochMs: number | undefined, fallback: string) {
  if (epochMs === undefined) return <span>{fallback}</span>;
  const date = new Date(epochMs);
  return <time dateTime={date.toISOString()}>{date.toLocaleString()}</time>;
}

/**
 * The user's remembered devices (Amplify's `fetchDevices`): each with its name, when it last signed in and whether
 * Cognito remembers it (skips two-step verification); remember or stop remembering it (UpdateDeviceStatus —
 * Cognito cannot rename a device) and forget it (`forgetDevice`, asked first). Sidekey's own device is marked.
 */
export function DeviceList(
  props: Pick<AccountSettingsProps, 'devices' | 'busy' | 'notes' | 'onRemember' | 'onForget'>,
) {
  const t = useT();
  const { devices } = props;
  const busy = props.busy.devices === true;
  const [confirming, setConfirming] = useState<string>();
  const nameOf = (device: DeviceSummary) => device.name ?? t('settings_device_unnamed');
  return (
    <section class="devices" aria-labelledby="devices-title" title="fetchDevices">
      <h3 id="devices-title">{t('settings_devices_title')}</h3>
      {!devices && !props.notes.devices && <p class="loading">{t('settings_loading')}</p>}
      {devices?.length === 0 && <p class="devices-empty">{t('settings_devices_empty')}</p>}
      {devices && devices.length > 0 && (
        <ul class="device-list">
          {devices.map((device) => (
            <li key={device.id} class={device.current ? 'device current' : 'device'} data-device-id={device.id}>
              <span class="device-name">{nameOf(device)}</span>
              {device.current && <span class="device-current"> ({t('settings_device_current')})</span>}
              <dl>
                <dt>{t('settings_device_last_used')}</dt>
                <dd class="device-last-used">{when(device.lastUsedAt, t('settings_device_never'))}</dd>
                <dt>{t('settings_device_status')}</dt>
                <dd class="device-status">
                  {t(device.remembered ? 'settings_device_status_remembered' : 'settings_device_status_not_remembered')}
                </dd>
              </dl>
              <button
                type="button"
                class="device-remember"
                title="updateDeviceStatus"
                aria-label={t(
                  device.remembered ? 'settings_device_dont_remember_named' : 'settings_device_remember_named',
                  nameOf(device),
                )}
                disabled={busy}
                onClick={() => props.onRemember(device, !device.remembered)}
              >
                {t(device.remembered ? 'settings_device_dont_remember' : 'settings_device_remember')}
              </button>{' '}
              {confirming === device.id ? (
                <span class="device-confirm" role="alertdialog" aria-labelledby={`forget-${device.id}`}>
                  <span id={`forget-${device.id}`}>{t('settings_device_forget_question', nameOf(device))}</span>{' '}
                  <button
                    type="button"
                    class="device-forget-confirm danger"
                    title="forgetDevice"
                    aria-label={t('control_confirm_forget_device', nameOf(device))}
                    disabled={busy}
                    onClick={() => {
                      setConfirming(undefined);
                      props.onForget(device);
                    }}
                  >
                    {t('settings_device_forget')}
                  </button>{' '}
                  <button type="button" class="device-keep" onClick={() => setConfirming(undefined)}>
                    {t('settings_device_keep')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  class="device-forget"
                  title="forgetDevice"
                  aria-label={t('control_forget_device', nameOf(device))}
                  disabled={busy}
                  onClick={() => setConfirming(device.id)}
                >
                  {t('settings_device_forget')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <SettingsNoteText note={props.notes.devices} />
    </section>
  );
}
