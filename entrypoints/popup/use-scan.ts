import type { PopupView } from '../../components/Popup';
import type { ScanBox } from '../../components/QrScanScreen';
import { textImportKind } from '../../components/text-import-kind';
import { useT } from '../../components/translator-context';
import { replyFromError } from '../../core/messages/reply';
import type { MessageClient } from '../extension-pages/create-message-client';
import { describeFailure } from './describe-failure';

export interface ScanOptions {
  call: MessageClient;
  origin?: string;
  captureTab?: () => Promise<{ url: string; width: number; height: number }>;
  readQr: (imageUrl: string, box: ScanBox | undefined) => Promise<string>;
  view: PopupView;
  setView: (view: PopupView) => void;
  setAnnouncement: (text: string) => void;
  reload: () => Promise<void>;
}

/** The popup's "Scan QR" flow: screenshot the tab, read the chosen box, import the link bound to this site. */
export function useScan(options: ScanOptions) {
  const { view, setView } = options;
  const t = useT();
  const capture = options.captureTab;
  return {
    onScanStart: capture
      ? () => {
          capture().then(
            (shot) =>
              setView({
                screen: 'scan',
                imageUrl: shot.url,
                imageWidth: shot.width,
                imageHeight: shot.height,
                busy: false,
              }),
            () => options.setAnnouncement(t('scan_cannot_capture')),
          );
        }
      : undefined,
    onScan: async (box: ScanBox | undefined) => {
      if (view.screen !== 'scan') return;
      setView({ ...view, busy: true, error: undefined });
      let text: string;
      try {
        text = await options.readQr(view.imageUrl, box);
      } catch (error) {
        const failure = replyFromError(error);
        return setView({ ...view, busy: false, error: failure.ok ? undefined : describeFailure(failure, t) });
      }
      const origins = options.origin ? [options.origin] : undefined;
      const reply = await options.call('vault.import', { kind: textImportKind(text), payload: text, origins });
      if (!reply.ok) return setView({ ...view, busy: false, error: describeFailure(reply, t) });
      const { added, duplicates, errors } = reply.data;
      if (errors.length > 0) return setView({ ...view, busy: false, error: describeFailure(errors[0]!, t) });
      options.setAnnouncement(
        added === 1
          ? t('scan_added_one')
          : added > 1
            ? t('scan_added_many', String(added))
            : t('scan_already', String(duplicates.length)),
      );
      await options.reload();
    },
    onScanCancel: () => {
      void options.reload();
    },
  };
}
