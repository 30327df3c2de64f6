import { useState } from 'preact/hooks';
import type { Reply } from '../core/messages/reply';
import { type ExportInput, type ExportResult, MIN_PASSPHRASE_LENGTH } from '../core/vault/vault-messages';
import { type ActionState, ActionStatus } from './ActionStatus';
import { useT } from './translator-context';

type QrItems = Extract<ExportResult, { format: 'qr' }>['items'];

/** An SVG as an image source: shown through `<img>`, never parsed into the page. */
function svgUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * Export, always after the vault passphrase is typed again (the worker checks it; a wrong one is shown at that
 * field): an encrypted backup under its own passphrase, or the secrets in clear as an otpauth list or one QR code
 * per entry. The page saves files; this view only asks.
 */
export function ExportPanel(props: { onExport: (input: ExportInput) => Promise<Reply<ExportResult>> }) {
  const t = useT();
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [backupConfirm, setBackupConfirm] = useState('');
  const [vaultPassphrase, setVaultPassphrase] = useState('');
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const [qrItems, setQrItems] = useState<QrItems>([]);
  const [vaultFieldError, setVaultFieldError] = useState('');

  const run = async (input: ExportInput) => {
    setState({ status: 'busy' });
    setQrItems([]);
    setVaultFieldError('');
    const reply = await props.onExport(input);
    if (!reply.ok && reply.code === 'VaultWrongPassphrase') {
      setVaultFieldError(t('export_wrong_vault_passphrase'));
      return setState({ status: 'idle' });
    }
    if (!reply.ok) return setState({ status: 'failed', message: reply.message });
    if (reply.data.format === 'qr') {
      setQrItems(reply.data.items);
      return setState({ status: 'done', message: t('export_qr_below', String(reply.data.items.length)) });
    }
    setState({ status: 'done', message: t('export_saved_file', reply.data.fileName) });
  };
  const needVaultPassphrase = () => {
    if (vaultPassphrase) return false;
    setVaultFieldError(t('export_need_vault_passphrase'));
    return true;
  };
  const exportBackup = (event: Event) => {
    event.preventDefault();
    if (needVaultPassphrase()) return;
    if (backupPassphrase.length < MIN_PASSPHRASE_LENGTH) {
      return setState({ status: 'failed', message: t('setup_too_short', String(MIN_PASSPHRASE_LENGTH)) });
    }
    if (backupPassphrase !== backupConfirm) return setState({ status: 'failed', message: t('export_mismatch') });
    void run({ format: 'backup', passphrase: backupPassphrase, vaultPassphrase });
  };
  const exportPlain = (format: 'otpauth-list' | 'qr') => {
    if (needVaultPassphrase()) return;
    void run({ format, vaultPassphrase });
  };

  return (
    <section class="card export" aria-labelledby="export-title">
      <h2 id="export-title">{t('export_title')}</h2>
      <label>
        {t('export_vault_passphrase')}
        <input
          type="password"
          name="vault-passphrase"
          autoComplete="current-password"
          value={vaultPassphrase}
          aria-invalid={vaultFieldError ? 'true' : undefined}
          aria-describedby={vaultFieldError ? 'export-vault-passphrase-error' : undefined}
          onInput={(event) => {
            setVaultPassphrase(event.currentTarget.value);
            setVaultFieldError('');
          }}
        />
      </label>
      {vaultFieldError && (
        <p id="export-vault-passphrase-error" class="field-error" role="alert">
          {vaultFieldError}
        </p>
      )}
      <form onSubmit={exportBackup}>
        <h3>{t('export_backup_title')}</h3>
        <p>{t('export_backup_intro')}</p>
        <label>
          {t('export_backup_passphrase')}
          <input
            type="password"
            name="backup-passphrase"
            autoComplete="new-password"
            value={backupPassphrase}
            onInput={(event) => setBackupPassphrase(event.currentTarget.value)}
          />
        </label>
        <label>
          {t('export_backup_confirm')}
          <input
            type="password"
            name="backup-confirm"
            autoComplete="new-password"
            value={backupConfirm}
            onInput={(event) => setBackupConfirm(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary" disabled={state.status === 'busy'}>
          {t('export_backup_button')}
        </button>
      </form>
      <div class="plain-export">
        <h3>{t('export_plain_title')}</h3>
        <p class="warning">{t('export_plain_warning')}</p>
        <button
          type="button"
          name="export-list"
          disabled={state.status === 'busy'}
          onClick={() => exportPlain('otpauth-list')}
        >
          {t('export_list_button')}
        </button>{' '}
        <button type="button" name="export-qr" disabled={state.status === 'busy'} onClick={() => exportPlain('qr')}>
          {t('export_qr_button')}
        </button>
      </div>
      <ActionStatus state={state} />
      {qrItems.length > 0 && (
        <ul class="qr-grid">
          {qrItems.map((item) => {
            const name = `${item.issuer}${item.issuer && item.account ? ' – ' : ''}${item.account}`;
            return (
              <li key={item.id}>
                <img src={svgUrl(item.svg)} alt={t('export_qr_alt', name)} width={160} height={160} />
                <a
                  href={svgUrl(item.svg)}
                  download={`${(item.issuer || item.account || 'code').replace(/[^\w.-]+/g, '_')}.svg`}
                >
                  {t('export_qr_download', name)}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
