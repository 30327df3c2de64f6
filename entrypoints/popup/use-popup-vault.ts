import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FIRST_SCREEN_ROWS } from '../../components/CodeList';
import type { CodeItem } from '../../components/CodeRow';
import { codeAt } from '../../components/CodeRow';
import type { PopupView } from '../../components/Popup';
import type { ScanBox } from '../../components/QrScanScreen';
import { useT } from '../../components/translator-context';
import type { Reply } from '../../core/messages/reply';
import type { CodeEntry } from '../../core/vault/vault-messages';
import type { MessageClient } from '../extension-pages/create-message-client';
import { describeFailure } from './describe-failure';
import { useScan } from './use-scan';

export interface PopupVaultOptions {
  call: MessageClient;
  /** The active tab's origin when Sidekey may act on it; its entries are listed first. */
  origin?: string;
  writeClipboard: (text: string) => Promise<void>;
  /** Screenshots the active tab (absent where the browser does not allow it). */
  captureTab?: () => Promise<{ url: string; width: number; height: number }>;
  readQr: (imageUrl: string, box: ScanBox | undefined) => Promise<string>;
  /**
   * The first `vault.listCodes` request (the first screenful, `limit: FIRST_SCREEN_ROWS`), already sent by the
   * entrypoint before rendering (saves waiting for an effect).
   */
  firstCodes?: Promise<Reply<CodeEntry[]>>;
  /**
   * That request's reply when it arrived before the first render: the popup then starts on the screen it decides
   * (the codes, or the unlock form) and renders once, instead of a loading screen replaced in the next render.
   */
  firstReply?: Reply<CodeEntry[]>;
  /** Runs `task` once the first codes are painted (default: the frame after the next); tests run it at once. */
  afterPaint?: (task: () => void) => void;
}

/** After the next frame is presented: a task queued from a requestAnimationFrame callback runs after that paint. */
function nextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** The screen a `vault.listCodes` reply leads to; a failure other than locked or new shows on `failedScreen`. */
function viewOf(
  reply: Reply<CodeEntry[]>,
  options: { t: ReturnType<typeof useT>; failedScreen?: 'locked' | 'setup' | 'failed' },
): PopupView {
  const { t, failedScreen = 'failed' } = options;
  if (reply.ok) return { screen: 'codes', codes: reply.data };
  if (reply.code === 'VaultLocked') return { screen: 'locked', busy: false };
  if (reply.code === 'VaultUninitialised') return { screen: 'setup', busy: false };
  if (failedScreen === 'failed') return { screen: 'failed', error: describeFailure(reply, t) };
  return { screen: failedScreen, busy: false, error: describeFailure(reply, t) };
}

/** How long the row keeps its "Copied" badge (the clipboard itself is never cleared behind the user's back). */
const COPIED_BADGE_MS = 2000;

/**
 * The popup's controller: asks for the codes straight away (one round trip when unlocked), falls back to the
 * setup or unlock screen from the failure code, and refreshes when a TOTP period ends.
 */
export function usePopupVault(options: PopupVaultOptions) {
  const { call, origin } = options;
  const t = useT();
  const { firstCodes, firstReply, afterPaint = nextPaint } = options;
  const [view, setView] = useState<PopupView>(() => (firstReply ? viewOf(firstReply, { t }) : { screen: 'loading' }));
  const [announcement, setAnnouncement] = useState<string>();
  const [copiedId, setCopiedId] = useState<string>();
  const refreshing = useRef(false);
  const badgeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const showList = useCallback(
    (reply: Reply<CodeEntry[]>, failedScreen: 'locked' | 'setup' | 'failed' = 'failed') =>
      setView(viewOf(reply, { t, failedScreen })),
    [t],
  );
  const loadCodes = useCallback(() => call('vault.listCodes', origin ? { origin } : undefined), [call, origin]);

  // A layout effect, not an effect: Preact runs effects only after the next paint, which would leave a reply that is
  // already here waiting a frame; this subscribes as the first render commits.
  useLayoutEffect(() => {
    // The first screenful is painted first; the rest (search, scrolling, End) follows once that is on screen.
    const askForTheRest = (reply: Reply<CodeEntry[]>) => {
      if (!reply.ok || reply.data.length < FIRST_SCREEN_ROWS) return;
      afterPaint(() => {
        void loadCodes().then((rest) => {
          // A failure here (locked meanwhile) shows as any later refresh would.
          showList(rest);
        });
      });
    };
    if (firstReply) return askForTheRest(firstReply);
    const first = firstCodes ?? call('vault.listCodes', { ...(origin ? { origin } : {}), limit: FIRST_SCREEN_ROWS });
    void first.then((reply) => {
      showList(reply);
      askForTheRest(reply);
    });
  }, [call, origin, firstCodes, firstReply, afterPaint, loadCodes, showList]);

  /** Called by the ticker: once any shown TOTP period has ended, ask the worker for fresh codes (once at a time). */
  const onTick = useCallback(
    (now: number) => {
      if (view.screen !== 'codes' || refreshing.current) return;
      if (!view.codes.some((item) => item.periodEndsAt !== null && item.periodEndsAt <= now)) return;
      refreshing.current = true;
      void loadCodes().then((reply) => {
        refreshing.current = false;
        showList(reply);
      });
    },
    [view, loadCodes, showList],
  );

  const submitPassphrase = (screen: 'setup' | 'locked', passphrase: string) => {
    setView({ screen, busy: true });
    void call(screen === 'setup' ? 'vault.setup' : 'vault.unlock', { passphrase }).then(async (reply) => {
      if (!reply.ok) return setView({ screen, busy: false, error: describeFailure(reply, t) });
      showList(await loadCodes(), screen);
    });
  };

  const scan = useScan({ ...options, view, setView, setAnnouncement, reload: () => loadCodes().then(showList) });

  return {
    ...scan,
    view,
    announcement,
    copiedId,
    onTick,
    /** Asks for the codes again without a loading screen (the Sign in tab may have saved a new entry). */
    refresh: () => {
      if (view.screen === 'codes') void loadCodes().then((reply) => showList(reply));
    },
    onSetup: (passphrase: string) => submitPassphrase('setup', passphrase),
    onUnlock: (passphrase: string) => submitPassphrase('locked', passphrase),
    onRetry: () => {
      setView({ screen: 'loading' });
      void loadCodes().then((reply) => showList(reply));
    },
    onLock: () => {
      void call('vault.lock').then(() => setView({ screen: 'locked', busy: false }));
    },
    onCopy: (item: CodeItem, now: number) => {
      const name = item.issuer || item.account;
      options.writeClipboard(codeAt(item, now).code).then(
        () => {
          setAnnouncement(t('announce_copied_code', name));
          setCopiedId(item.id);
          clearTimeout(badgeTimer.current);
          badgeTimer.current = setTimeout(() => setCopiedId(undefined), COPIED_BADGE_MS);
        },
        () => setAnnouncement(t('announce_copy_failed', name)),
      );
    },
    onAdvance: (item: CodeItem) => {
      void call('vault.advanceHotp', { id: item.id }).then((reply) => {
        if (!reply.ok && reply.code === 'VaultLocked') return setView({ screen: 'locked', busy: false });
        if (!reply.ok) return setAnnouncement(describeFailure(reply, t));
        setView((current) =>
          current.screen === 'codes'
            ? { screen: 'codes', codes: current.codes.map((row) => (row.id === reply.data.id ? reply.data : row)) }
            : current,
        );
        setAnnouncement(t('announce_new_code', item.issuer || item.account));
      });
    },
  };
}
