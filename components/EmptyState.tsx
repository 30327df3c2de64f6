import { sentenceWith } from './sentence-with';
import { useT } from './translator-context';

/** Shown when the vault is open but holds no entries: how to add the first one. */
export function EmptyState(props: { optionsUrl: string }) {
  const t = useT();
  return (
    <section class="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">{t('empty_title')}</h2>
      {/* The scheme is shown as code wherever the language puts it in the sentence. */}
      <p>{sentenceWith(t, 'empty_body', <code>otpauth://</code>)}</p>
      <a class="button primary" href={props.optionsUrl} target="_blank" rel="noopener">
        {t('empty_add_link')}
      </a>
    </section>
  );
}
