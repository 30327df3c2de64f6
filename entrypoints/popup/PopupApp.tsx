import { useLayoutEffect, useRef } from 'preact/hooks';
import { Popup } from '../../components/Popup';
import { useNow } from './use-now';
import { type PopupVaultOptions, usePopupVault } from './use-popup-vault';

/** Name of the performance mark set when the first code is in the DOM (read by bench/popup.ts). */
export const FIRST_CODE_MARK = 'sidekey:first-code';

/** Wires the controller and the shared ticker to the Popup view. */
export function PopupApp(props: PopupVaultOptions & { optionsUrl: string }) {
  const vault = usePopupVault(props);
  const now = useNow({ running: vault.view.screen === 'codes' });
  const marked = useRef(false);

  useLayoutEffect(() => {
    vault.onTick(now);
  }, [now]);
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
      announcement={vault.announcement}
      copiedId={vault.copiedId}
      onSetup={vault.onSetup}
      onUnlock={vault.onUnlock}
      onLock={vault.onLock}
      onCopy={(item) => vault.onCopy(item, now)}
      onAdvance={vault.onAdvance}
      origin={props.origin}
      onScanStart={vault.onScanStart}
      onScan={vault.onScan}
      onScanCancel={vault.onScanCancel}
      onRetry={vault.onRetry}
    />
  );
}
