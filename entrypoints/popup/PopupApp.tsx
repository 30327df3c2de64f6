import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AccountsView } from '../../components/AccountsView';
import { Popup } from '../../components/Popup';
import type { PopupTab } from '../../components/PopupTabs';
import { useT } from '../../components/translator-context';
import { usePasskeys } from '../extension-pages/use-passkeys';
import type { PopupMemory } from './popup-memory';
import { useAccountSettings } from './use-account-settings';
import { useAccounts } from './use-accounts';
import { useFillPage } from './use-fill-page';
import { useNow } from './use-now';
import { type PopupVaultOptions, usePopupVault } from './use-popup-vault';
import { useSitePoolOffer } from './use-site-pool-offer';

/** Name of the performance mark set when the first code is in the DOM (read by bench/popup.ts). */
export const FIRST_CODE_MARK = 'sidekey:first-code';

/** Wires the controller and the shared ticker to the Popup view. */
export function PopupApp(
  props: PopupVaultOptions & {
    optionsUrl: string;
    tabId?: number;
    closePopup?: () => void;
    /** Where the popup was left when it last closed (entrypoints/popup/popup-memory.ts), and where to keep it. */
    remembered?: PopupMemory;
    saveMemory?: (memory: PopupMemory) => void;
    /** Asks for host access to sites being bound, in the click's gesture (entrypoints/background/request-site-access.ts). */
    requestSiteAccess?: (origins: readonly string[]) => Promise<boolean>;
  },
) {
  const t = useT();
  const vault = usePopupVault(props);
  const fillPage = useFillPage({
    call: props.call,
    tabId: props.tabId,
    origin: props.origin,
    close: props.closePopup ?? (() => window.close()),
  });
  const [memory, setMemory] = useState<PopupMemory>(props.remembered ?? { tab: 'codes', usernames: {} });
  const remembering = useRef(false);
  const { saveMemory } = props;
  useEffect(() => {
    // The first render only shows what was remembered: nothing to write back.
    if (remembering.current) saveMemory?.(memory);
    remembering.current = true;
  }, [memory, saveMemory]);
  const remember = (change: Partial<PopupMemory>) => setMemory((current) => ({ ...current, ...change }));
  const { tab } = memory;
  const setTab = (next: PopupTab) => remember({ tab: next });
  const {
    accounts,
    announcement,
    showPool,
    onTick: onAccountsTick,
  } = useAccounts({
    chosenId: props.remembered?.profileId,
    call: props.call,
    writeClipboard: props.writeClipboard,
    active: tab === 'accounts',
    ...(props.origin && props.tabId !== undefined ? { tab: { id: props.tabId, origin: props.origin } } : {}),
  });
  const { selectedId } = accounts;
  useEffect(() => {
    if (selectedId)
      setMemory((current) => (current.profileId === selectedId ? current : { ...current, profileId: selectedId }));
  }, [selectedId]);
  const sitePoolOffer = useSitePoolOffer({
    call: props.call,
    tabId: props.tabId,
    origin: props.origin,
    dismissedOrigins: memory.dismissedOrigins ?? [],
    requestSiteAccess: props.requestSiteAccess,
    onDismiss: (origin) => remember({ dismissedOrigins: [...(memory.dismissedOrigins ?? []), origin] }),
    onAdded: (profileId) => {
      // The new pool's sign-in form, on the Sign in tab.
      showPool(profileId);
      remember({ tab: 'accounts', profileId });
    },
  });
  const passkeys = usePasskeys({
    call: props.call,
    profileId: accounts.selectedId,
    signedIn: accounts.account.status === 'signedIn',
  });
  const [Accounts, setAccounts] = useState<typeof AccountsView>();
  useEffect(() => {
    // Loaded when the tab first opens, so the accounts UI costs the codes' first paint no script at all.
    if (tab !== 'accounts' || Accounts) return;
    void import('../../components/AccountsView').then((module) => setAccounts(() => module.AccountsView));
  }, [tab, Accounts]);
  const now = useNow({ running: vault.view.screen === 'codes' || tab === 'accounts' });
  const signedIn = accounts.account.status === 'signedIn' ? accounts.account.session : undefined;
  const settings = useAccountSettings({
    call: props.call,
    pool: signedIn ? accounts.pools?.find((pool) => pool.id === accounts.selectedId) : undefined,
    username: signedIn?.username,
    vaultLocked: vault.view.screen === 'locked' || vault.view.screen === 'setup',
    now,
    onUnlock: () => setTab('codes'),
  });
  const marked = useRef(false);

  const { onTick } = vault;
  useLayoutEffect(() => {
    onTick(now);
    onAccountsTick(now);
  }, [onTick, onAccountsTick, now]);
  useLayoutEffect(() => {
    if (marked.current || vault.view.screen !== 'codes' || vault.view.codes.length === 0) return;
    marked.current = true;
    performance.mark(FIRST_CODE_MARK);
  }, [vault.view]);

  return (
    <Popup
      view={vault.view}
      now={now}
      optionsUrl={props.optionsUrl}
      announcement={tab === 'accounts' ? announcement : (fillPage.announcement ?? vault.announcement)}
      copiedId={vault.copiedId}
      onSetup={vault.onSetup}
      onUnlock={vault.onUnlock}
      onLock={vault.onLock}
      onCopy={(item) => vault.onCopy(item, now)}
      onAdvance={vault.onAdvance}
      onFillPage={fillPage.onFillPage}
      origin={props.origin}
      onScanStart={vault.onScanStart}
      onScan={vault.onScan}
      onScanCancel={vault.onScanCancel}
      onRetry={vault.onRetry}
      tab={tab}
      sitePoolOffer={sitePoolOffer}
      onTab={(next) => {
        setTab(next);
        if (next === 'codes') vault.refresh();
      }}
      accounts={
        Accounts ? (
          <Accounts
            {...accounts}
            passkeys={passkeys}
            settings={settings}
            now={now}
            // Straight to the settings page's user pools (docs/automation-contract.md, the settings page).
            optionsUrl={`${props.optionsUrl}#user-pools`}
            username={selectedId ? memory.usernames[selectedId] : undefined}
            onUsername={(username) => {
              if (selectedId) remember({ usernames: { ...memory.usernames, [selectedId]: username } });
            }}
          />
        ) : (
          <p class="loading">{t('popup_opening')}</p>
        )
      }
    />
  );
}
