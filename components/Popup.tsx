import type { ComponentChild } from 'preact';
import type { CodeItem } from './CodeRow';
import { CodesView } from './CodesView';
import { type PopupTab, PopupTabs } from './PopupTabs';
import { QrScanScreen, type ScanBox } from './QrScanScreen';
import { SetupScreen } from './SetupScreen';
import { SitePoolOffer, type SitePoolOfferProps } from './SitePoolOffer';
import { useT } from './translator-context';
import { UnlockScreen } from './UnlockScreen';

/** Which screen the popup shows; `busy` and `error` belong to the form on that screen. */
export type PopupView =
  | { screen: 'loading' }
  | { screen: 'failed'; error: string }
  | { screen: 'setup'; busy: boolean; error?: string }
  | { screen: 'locked'; busy: boolean; error?: string }
  | { screen: 'codes'; codes: CodeItem[] }
  | { screen: 'scan'; imageUrl: string; imageWidth: number; imageHeight: number; busy: boolean; error?: string };

export interface PopupProps {
  view: PopupView;
  now: number;
  optionsUrl: string;
  /** The polite live-region text, for example "Copied GitHub code". */
  announcement?: string;
  copiedId?: string;
  onSetup: (passphrase: string) => void;
  onUnlock: (passphrase: string) => void;
  onLock: () => void;
  onCopy: (item: CodeItem) => void;
  onAdvance: (item: CodeItem) => void;
  /**
   * "Fill on this page": asks for the filler in the active tab (absent when the tab is not on a site Sidekey may
   * act on).
   */
  onFillPage?: () => void;
  /** Screenshots the current tab to read a QR code from it (absent where capturing is not possible). */
  onScanStart?: () => void;
  onScan: (box: ScanBox | undefined) => void;
  onScanCancel: () => void;
  /** Asks the worker again after a failure (for example a worker that could not be reached). */
  onRetry: () => void;
  /** The active tab's origin, when Sidekey may act on it. */
  origin?: string;
  /** Which view shows; "codes" unless the user picked "Sign in". */
  tab?: PopupTab;
  onTab?: (tab: PopupTab) => void;
  /** The "Sign in" view (an AccountsView, loaded on first use); without it the popup has no tab bar. */
  accounts?: ComponentChild;
  /** "Add this site's user pool to Sidekey", when the active tab's page names a pool Sidekey lacks. */
  sitePoolOffer?: SitePoolOfferProps;
}

/** The popup's root view: a header, the current screen and one live region for confirmations. */
export function Popup(props: PopupProps) {
  const t = useT();
  const { accounts } = props;
  const onAccounts = accounts !== undefined && props.tab === 'accounts';
  // The accounts tab hides the vault's screens (and their header buttons) without touching their state.
  const view: PopupView = onAccounts ? { screen: 'loading' } : props.view;
  return (
    <main class="popup">
      <header class="bar">
        <h1>Sidekey</h1>
        {view.screen === 'codes' && props.onScanStart && (
          <button type="button" class="scan-start" onClick={props.onScanStart} title={t('popup_scan_qr_title')}>
            {t('popup_scan_qr')}
          </button>
        )}
        {view.screen === 'codes' && (
          <button type="button" class="lock" onClick={props.onLock}>
            {t('popup_lock')}
          </button>
        )}
        <a class="settings" href={props.optionsUrl} target="_blank" rel="noopener" title={t('popup_settings')}>
          {t('popup_settings')}
        </a>
      </header>
      {view.screen === 'codes' && props.onFillPage && (
        <div class="page-actions">
          <button type="button" class="fill-page" onClick={props.onFillPage} title={t('popup_fill_page_title')}>
            {t('command_fill_on_page')}
          </button>
        </div>
      )}
      {props.sitePoolOffer && view.screen !== 'scan' && <SitePoolOffer {...props.sitePoolOffer} />}
      {accounts && props.onTab && <PopupTabs current={props.tab ?? 'codes'} onSelect={props.onTab} />}
      {onAccounts && props.view.screen === 'locked' && (
        // The vault's unlock form is on the Codes tab; the Sign in tab says the vault is locked and leads there.
        <p class="vault-locked-note">
          {t('popup_vault_locked_note')}{' '}
          <button type="button" class="vault-locked-unlock" onClick={() => props.onTab?.('codes')}>
            {t('unlock_button')}
          </button>
        </p>
      )}
      {onAccounts && accounts}
      {!onAccounts && view.screen === 'loading' && <p class="loading">{t('popup_opening')}</p>}
      {view.screen === 'failed' && (
        <section class="screen">
          <p class="error" role="alert">
            {view.error}
          </p>
          <button type="button" onClick={props.onRetry}>
            {t('popup_try_again')}
          </button>
        </section>
      )}
      {view.screen === 'setup' && <SetupScreen busy={view.busy} error={view.error} onSetup={props.onSetup} />}
      {view.screen === 'locked' && <UnlockScreen busy={view.busy} error={view.error} onUnlock={props.onUnlock} />}
      {view.screen === 'codes' && (
        <CodesView
          codes={view.codes}
          now={props.now}
          copiedId={props.copiedId}
          optionsUrl={props.optionsUrl}
          onCopy={props.onCopy}
          onAdvance={props.onAdvance}
        />
      )}
      {view.screen === 'scan' && (
        <QrScanScreen
          imageUrl={view.imageUrl}
          imageWidth={view.imageWidth}
          imageHeight={view.imageHeight}
          origin={props.origin}
          busy={view.busy}
          error={view.error}
          onScan={props.onScan}
          onCancel={props.onScanCancel}
        />
      )}
      <p class="announcer" role="status" aria-live="polite">
        {props.announcement}
      </p>
    </main>
  );
}
