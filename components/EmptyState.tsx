import { useT } from './translator-context';

/** Stands for the scheme in the translated sentence, which the view shows as code. */
const SCHEME_MARK = '\u0001';

/** Shown when the vault is open but holds no entries: how to add the first one. */
export function EmptyState(props: { optionsUrl: string }) {
  const t = useT();
  // The scheme is shown as code wherever the language puts it in the sentence.
  const [before, after] = t('empty_body', SCHEME_MARK).split(SCHEME_MARK);
  return (
    <section class="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">{t('empty_title')}</h2>
      <p>
        {before}
        <code>otpauth://</code>
        {after}
      </p>
      <a class="button primary" href={props.optionsUrl} target="_blank" rel="noopener">
        {t('empty_add_link')}
      </a>
    </section>
  );
}
