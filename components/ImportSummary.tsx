import type { ImportResult } from '../core/vault/vault-messages';
import { useT } from './translator-context';

/** What an import did, in words: how many were added, which were already there, which items were refused. */
export function ImportSummary(props: { result: ImportResult }) {
  const t = useT();
  const { added, duplicates, errors } = props.result;
  const skipped = String(duplicates.length);
  const addedText =
    duplicates.length === 0
      ? added === 1
        ? t('import_added_one')
        : t('import_added_many', String(added))
      : added === 1
        ? t('import_added_one_skipped', skipped)
        : t('import_added_many_skipped', [String(added), skipped]);
  return (
    <div class="import-summary" role="status">
      {errors.length > 0 ? (
        <p>{errors.length === 1 ? t('import_refused_one') : t('import_refused_many', String(errors.length))}</p>
      ) : (
        <p>{addedText}</p>
      )}
      {errors.length > 0 && (
        <ul class="errors">
          {errors.map((error) => (
            <li key={error.index}>{t('import_item_error', [String(error.index + 1), error.message])}</li>
          ))}
        </ul>
      )}
      {duplicates.length > 0 && (
        <ul class="duplicates">
          {duplicates.map((duplicate) => (
            <li key={duplicate.index}>
              {duplicate.issuer && duplicate.account
                ? t('import_already_there_account', [duplicate.issuer, duplicate.account])
                : t('import_already_there', duplicate.issuer || duplicate.account)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
