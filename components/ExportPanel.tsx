import { useState } from 'preact/hooks';
import type { Reply } from '../core/messages/reply';
import { type ExportInput, type ExportResult, MIN_PASSPHRASE_LENGTH } from '../core/vault/vault-messages';
import { type ActionState, ActionStatus } from './ActionStatus';

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
      setVaultFieldError('That is not your Sidekey passphrase.');
      return setState({ status: 'idle' });
    }
    if (!reply.ok) return setState({ status: 'failed', message: reply.message });
    if (reply.data.format === 'qr') {
      setQrItems(reply.data.items);
      return setState({ status: 'done', message: `${reply.data.items.length} QR codes below.` });
    }
    setState({ status: 'done', message: `Saved ${reply.data.fileName}.` });
  };
  const needVaultPassphrase = () => {
    if (vaultPassphrase) return false;
    setVaultFieldError('Type your Sidekey passphrase first.');
    return true;
  };
  const exportBackup = (event: Event) => {
    event.preventDefault();
    if (needVaultPassphrase()) return;
    if (backupPassphrase.length < MIN_PASSPHRASE_LENGTH) {
      return setState({ status: 'failed', message: `Use at least ${MIN_PASSPHRASE_LENGTH} characters.` });
    }
    if (backupPassphrase !== backupConfirm) return setState({ status: 'failed', message: 'The passphrases differ.' });
    void run({ format: 'backup', passphrase: backupPassphrase, vaultPassphrase });
  };
  const exportPlain = (format: 'otpauth-list' | 'qr') => {
    if (needVaultPassphrase()) return;
    void run({ format, vaultPassphrase });
  };

  return (
    <section class="card export" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <label>
        Your Sidekey passphrase
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
        <h3>Encrypted backup</h3>
        <p>A file only this backup passphrase opens. Keep the passphrase somewhere safe.</p>
        <label>
          Backup passphrase
          <input
            type="password"
            name="backup-passphrase"
            autoComplete="new-password"
            value={backupPassphrase}
            onInput={(event) => setBackupPassphrase(event.currentTarget.value)}
          />
        </label>
        <label>
          Confirm backup passphrase
          <input
            type="password"
            name="backup-confirm"
            autoComplete="new-password"
            value={backupConfirm}
            onInput={(event) => setBackupConfirm(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary" disabled={state.status === 'busy'}>
          Download encrypted backup
        </button>
      </form>
      <div class="plain-export">
        <h3>Unencrypted</h3>
        <p class="warning">These show your secrets in clear. Anyone who sees them can make your codes.</p>
        <button
          type="button"
          name="export-list"
          disabled={state.status === 'busy'}
          onClick={() => exportPlain('otpauth-list')}
        >
          Download otpauth list
        </button>{' '}
        <button type="button" name="export-qr" disabled={state.status === 'busy'} onClick={() => exportPlain('qr')}>
          Show QR codes
        </button>
      </div>
      <ActionStatus state={state} />
      {qrItems.length > 0 && (
        <ul class="qr-grid">
          {qrItems.map((item) => {
            const name = `${item.issuer}${item.issuer && item.account ? ' – ' : ''}${item.account}`;
            return (
              <li key={item.id}>
                <img src={svgUrl(item.svg)} alt={`QR code for ${name}`} width={160} height={160} />
                <a
                  href={svgUrl(item.svg)}
                  download={`${(item.issuer || item.account || 'code').replace(/[^\w.-]+/g, '_')}.svg`}
                >
                  {name} (SVG)
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
