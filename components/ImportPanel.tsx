import { useState } from 'preact/hooks';
import type { Reply } from '../core/messages/reply';
import type { ImportInput, ImportResult } from '../core/vault/vault-messages';
import { type ActionState, ActionStatus } from './ActionStatus';
import { ImportSummary } from './ImportSummary';
import { textImportKind } from './text-import-kind';
import { useT } from './translator-context';

export interface ImportPanelProps {
  onImport: (input: ImportInput) => Promise<Reply<ImportResult>>;
  /** Reads a QR image file into pixels and imports it (the page owns the canvas). */
  onImportQrFile: (file: File) => Promise<Reply<ImportResult>>;
  /** Reads a Sidekey backup file and imports it with its passphrase. */
  onImportBackupFile: (file: File, passphrase: string) => Promise<Reply<ImportResult>>;
}

/** Import from pasted links, a QR image, or a Sidekey backup file, with a summary of what happened. */
export function ImportPanel(props: ImportPanelProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [backupFile, setBackupFile] = useState<File>();
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const [result, setResult] = useState<ImportResult>();

  const run = async (action: () => Promise<Reply<ImportResult>>) => {
    setState({ status: 'busy' });
    setResult(undefined);
    const reply = await action();
    if (!reply.ok) return setState({ status: 'failed', message: reply.message });
    setState({ status: 'idle' });
    setResult(reply.data);
  };
  const importText = (event: Event) => {
    event.preventDefault();
    const payload = text.trim();
    if (payload) void run(() => props.onImport({ kind: textImportKind(payload), payload }));
  };
  const importBackup = (event: Event) => {
    event.preventDefault();
    const file = backupFile;
    if (file && backupPassphrase) void run(() => props.onImportBackupFile(file, backupPassphrase));
  };

  return (
    <section class="card import" aria-labelledby="import-title">
      <h2 id="import-title">{t('import_title')}</h2>
      <form onSubmit={importText}>
        <label>
          <span>{t('import_links_label', ['otpauth://', 'otpauth-migration://'])}</span>
          <textarea
            name="import-text"
            rows={3}
            spellcheck={false}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={state.status === 'busy' || !text.trim()}>
          {t('import_links_button')}
        </button>
      </form>
      <label>
        {t('import_qr_label')}
        <input
          type="file"
          name="qr-file"
          accept="image/*"
          disabled={state.status === 'busy'}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void run(() => props.onImportQrFile(file));
            event.currentTarget.value = '';
          }}
        />
      </label>
      <form onSubmit={importBackup}>
        <label>
          {t('import_backup_file')}
          <input
            type="file"
            name="backup-file"
            accept=".json,application/json"
            onChange={(event) => setBackupFile(event.currentTarget.files?.[0])}
          />
        </label>
        <label>
          {t('import_backup_passphrase')}
          <input
            type="password"
            name="backup-passphrase"
            autoComplete="off"
            value={backupPassphrase}
            onInput={(event) => setBackupPassphrase(event.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={state.status === 'busy' || !backupFile || !backupPassphrase}>
          {t('import_backup_button')}
        </button>
      </form>
      <ActionStatus state={state} />
      {result && <ImportSummary result={result} />}
    </section>
  );
}
