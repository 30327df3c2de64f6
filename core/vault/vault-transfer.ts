import { SidekeyError } from '../errors/sidekey-error';
import { formatOtpauthUri } from '../otp/format-otpauth-uri';
import { renderQrSvg } from '../otp/render-qr-svg';
import { decryptBackup } from './decrypt-backup';
import { encryptBackup } from './encrypt-backup';
import { parseBackupItems, type RestoredLogin } from './parse-backup-items';
import { type ParsedImport, parseImportPayload } from './parse-import-payload';
import { prepareNewEntries } from './prepare-new-entries';
import type { VaultInternals } from './vault-internals';
import type { ExportInput, ExportResult, ImportInput, ImportResult } from './vault-messages';
import { MIN_PASSPHRASE_LENGTH } from './vault-messages';
import type { LoginEntry } from './vault-records';
import { writeRecords } from './write-records';

/** Import and export. Both need an unlocked vault; imports are all-or-nothing. */
export function createTransferOperations(internals: VaultInternals) {
  return {
    /**
     * Parses everything first; if any item is bad nothing is stored and the errors are returned. Otherwise
     * stores every new item in one transaction and reports duplicates (same secret+issuer+account) by index.
     */
    importItems(input: ImportInput): Promise<ImportResult> {
      return internals.exclusive(async () => {
        const state = await internals.unlocked();
        let parsed: ParsedImport = { items: [], errors: [] };
        let restoredLogins: RestoredLogin[] = [];
        if (input.kind === 'backup') {
          const backup = parseBackupItems(await decryptBackup(input.payload, input.passphrase));
          parsed = backup;
          restoredLogins = backup.logins;
        } else parsed = parseImportPayload(input);
        const origins = input.kind === 'backup' ? undefined : input.origins;
        const list = parsed.items.map((item) => ({ origins, cognito: null, ...item }));
        // Items are valid here; what can still throw is a bad `origins` in the request (VaultBadOrigin).
        const prepared = prepareNewEntries(state, list, { now: internals.now(), newId: internals.newId });
        const duplicates = prepared.duplicates.map((position) => {
          const { index, params } = list[position] ?? { index: position, params: { issuer: '', account: '' } };
          return { index, issuer: params.issuer, account: params.account };
        });
        if (parsed.errors.length > 0) return { added: 0, duplicates, errors: parsed.errors };
        const known = new Set([...state.logins.values()].map(loginKey));
        const logins = restoredLogins
          .filter((login) => !known.has(loginKey(login)))
          .map(
            (login): LoginEntry => ({
              ...login,
              id: internals.newId(),
              createdAt: internals.now(),
              updatedAt: internals.now(),
            }),
          );
        await writeRecords(internals, state, { entries: prepared.fresh, logins });
        return { added: prepared.fresh.length + logins.length, duplicates, errors: [] };
      });
    },

    /** Exports entries (all, or `ids`) after re-checking the vault passphrase: an encrypted backup, or in clear. */
    async exportEntries(input: ExportInput): Promise<ExportResult> {
      const state = await internals.unlocked();
      const entries = input.ids
        ? input.ids.map((id) => {
            const cached = state.entries.get(id);
            if (!cached) throw new SidekeyError({ code: 'VaultNotFound', message: 'An entry to export is gone.' });
            return cached.entry;
          })
        : [...state.entries.values()].map((cached) => cached.entry);
      const day = new Date(internals.now()).toISOString().slice(0, 10);
      // Every export, encrypted or not, first re-checks the vault passphrase (VaultWrongPassphrase otherwise).
      await internals.verifyPassphrase(input.vaultPassphrase);
      if (input.format === 'backup') {
        if (input.passphrase.length < MIN_PASSPHRASE_LENGTH) {
          throw new SidekeyError({
            code: 'VaultWeakPassphrase',
            message: `A backup passphrase needs ${MIN_PASSPHRASE_LENGTH}+ characters.`,
          });
        }
        const logins = input.ids ? [] : [...state.logins.values()];
        const content = {
          entries: entries.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest),
          logins: logins.map(({ username, password, label, origins, cognito }) => ({
            username,
            password,
            label,
            origins,
            cognito,
          })),
        };
        const text = await encryptBackup({
          content,
          passphrase: input.passphrase,
          kdf: internals.kdf,
          randomBytes: internals.randomBytes,
          now: internals.now(),
        });
        return {
          format: 'backup',
          fileName: `sidekey-backup-${day}.json`,
          mimeType: 'application/json',
          content: text,
        };
      }
      if (input.format === 'otpauth-list') {
        const content = entries.map((entry) => formatOtpauthUri(entry)).join('\n');
        return {
          format: 'otpauth-list',
          fileName: `sidekey-otpauth-${day}.txt`,
          mimeType: 'text/plain',
          content: `${content}\n`,
        };
      }
      const items = entries.map((entry) => ({
        id: entry.id,
        issuer: entry.issuer,
        account: entry.account,
        svg: renderQrSvg(formatOtpauthUri(entry)),
      }));
      return { format: 'qr', items };
    },
  };
}

function loginKey(login: { username: string; origins: readonly string[] }): string {
  return JSON.stringify([login.username, [...login.origins].sort()]);
}
