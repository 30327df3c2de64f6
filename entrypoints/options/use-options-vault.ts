import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AddEntryInput } from '../../components/AddEntryForm';
import type { UpdateEntryInput } from '../../components/EntryEditor';
import type { OptionsView } from '../../components/OptionsPage';
import { textImportKind } from '../../components/text-import-kind';
import { type Translate, useT } from '../../components/translator-context';
import { type Reply, replyFromError } from '../../core/messages/reply';
import { decodeQrPixels } from '../../core/otp/decode-qr-pixels';
import type { ExportInput, ImportInput, ImportResult, QrPixels } from '../../core/vault/vault-messages';
import { requestSiteAccess } from '../background/request-site-access';
import type { MessageClient } from '../extension-pages/create-message-client';
import { describeFailure } from '../popup/describe-failure';

export interface OptionsVaultOptions {
  call: MessageClient;
  readPixels: (file: File) => Promise<QrPixels>;
  saveFile: (file: { fileName: string; mimeType: string; content: string }) => void;
}

/** Failure text goes through describeFailure, so every form shows the same sentence for the same code. */
function described<R extends Reply<unknown>>(reply: R, t: Translate): R {
  return reply.ok ? reply : { ...reply, message: describeFailure(reply, t) };
}

/** An import's refused items are worded by their codes too (OtpUri…, Migration…: the vault's item codes). */
function describedItems(reply: Reply<ImportResult>, t: Translate): Reply<ImportResult> {
  if (!reply.ok) return reply;
  const errors = reply.data.errors.map((error) => ({ ...error, message: describeFailure(error, t) }));
  return { ...reply, data: { ...reply.data, errors } };
}

/** The settings page's controller: loads state and entries, runs each form's request, reloads after changes. */
export function useOptionsVault(options: OptionsVaultOptions) {
  const { call } = options;
  const t = useT();
  const [view, setView] = useState<OptionsView>({ screen: 'loading' });

  const reload = useCallback(
    async (failedScreen: 'setup' | 'locked' | 'failed' = 'failed') => {
      const [state, list] = await Promise.all([call('vault.state'), call('vault.listCodes')]);
      if (state.ok && state.data.status === 'uninitialised') return setView({ screen: 'setup', busy: false });
      if (state.ok && state.data.status === 'locked') return setView({ screen: 'locked', busy: false });
      if (state.ok && list.ok) return setView({ screen: 'ready', state: state.data, entries: list.data });
      const failure = state.ok ? list : state;
      if (failure.ok) return;
      if (failedScreen === 'failed') setView({ screen: 'failed', error: describeFailure(failure, t) });
      else setView({ screen: failedScreen, busy: false, error: describeFailure(failure, t) });
    },
    [call, t],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs a request and reloads the page's data when it changed something (or the vault locked meanwhile). */
  const changing = async <R extends Reply<unknown>>(request: Promise<R>): Promise<R> => {
    const reply = described(await request, t);
    if (reply.ok || reply.code === 'VaultLocked') await reload();
    return reply;
  };
  const importing = async (input: ImportInput) => describedItems(await changing(call('vault.import', input)), t);
  const submitPassphrase = (screen: 'setup' | 'locked', passphrase: string) => {
    setView({ screen, busy: true });
    void call(screen === 'setup' ? 'vault.setup' : 'vault.unlock', { passphrase }).then((reply) => {
      if (reply.ok) return reload(screen);
      setView({ screen, busy: false, error: describeFailure(reply, t) });
    });
  };
  const failedRead = (message: string): Reply<ImportResult> => ({ ok: false, code: 'FileUnreadable', message });

  return {
    view,
    onSetup: (passphrase: string) => submitPassphrase('setup', passphrase),
    onUnlock: (passphrase: string) => submitPassphrase('locked', passphrase),
    // Host access for the bound sites is asked in the user's gesture, before any await (the detector runs there).
    onAdd: (input: AddEntryInput) => {
      void requestSiteAccess(input.origins ?? []);
      return changing(call('vault.addEntry', input));
    },
    onUpdate: (input: UpdateEntryInput) => {
      void requestSiteAccess(input.origins ?? []);
      return changing(call('vault.updateEntry', input));
    },
    onDelete: (id: string) => changing(call('vault.deleteEntry', { id })),
    onImport: importing,
    onImportQrFile: async (file: File) => {
      const pixels = await options.readPixels(file).catch(() => undefined);
      if (!pixels) return failedRead(t('failure_file_not_image'));
      // Read here, not in the worker: Chrome's runtime messaging JSON-serialises, so a Uint8ClampedArray would
      // arrive as a plain object (and a 4-megapixel image as a 16 MB message); the link it holds is small.
      let text: string;
      try {
        text = decodeQrPixels(pixels);
      } catch (error) {
        return described(replyFromError(error), t);
      }
      return importing({ kind: textImportKind(text), payload: text });
    },
    onImportBackupFile: async (file: File, passphrase: string) => {
      const text = await file.text().catch(() => undefined);
      if (text === undefined) return failedRead(t('failure_file_unreadable'));
      return importing({ kind: 'backup', payload: text, passphrase });
    },
    onExport: async (input: ExportInput) => {
      const reply = described(await call('vault.export', input), t);
      if (reply.ok && reply.data.format !== 'qr') options.saveFile(reply.data);
      return reply;
    },
    onChangePassphrase: (input: { current: string; next: string }) => changing(call('vault.changePassphrase', input)),
    onSetAutoLock: (minutes: number) => changing(call('vault.setAutoLock', { minutes })),
    onLock: () => {
      void call('vault.lock').then(() => reload());
    },
  };
}
