import type { ImportResult } from '../core/vault/vault-messages';

/** What an import did, in words: how many were added, which were already there, which items were refused. */
export function ImportSummary(props: { result: ImportResult }) {
  const { added, duplicates, errors } = props.result;
  return (
    <div class="import-summary" role="status">
      {errors.length > 0 ? (
        <p>
          Nothing was imported: {errors.length} {errors.length === 1 ? 'item has' : 'items have'} a problem. Fix{' '}
          {errors.length === 1 ? 'it' : 'them'} and import again.
        </p>
      ) : (
        <p>
          Added {added} {added === 1 ? 'code' : 'codes'}
          {duplicates.length > 0 ? `; ${duplicates.length} already in Sidekey (skipped).` : '.'}
        </p>
      )}
      {errors.length > 0 && (
        <ul class="errors">
          {errors.map((error) => (
            <li key={error.index}>
              Item {error.index + 1}: {error.message}
            </li>
          ))}
        </ul>
      )}
      {duplicates.length > 0 && (
        <ul class="duplicates">
          {duplicates.map((duplicate) => (
            <li key={duplicate.index}>
              Already there: {duplicate.issuer || duplicate.account}
              {duplicate.issuer && duplicate.account ? ` (${duplicate.account})` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
