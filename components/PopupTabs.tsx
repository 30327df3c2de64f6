import { type MessageKey, useT } from './translator-context';

export type PopupTab = 'codes' | 'accounts';

const TABS: Array<{ id: PopupTab; label: MessageKey }> = [
  { id: 'codes', label: 'tabs_codes' },
  { id: 'accounts', label: 'tabs_sign_in' },
];

/** The popup's two views: the codes (default) and the user-pool accounts. */
export function PopupTabs(props: { current: PopupTab; onSelect: (tab: PopupTab) => void }) {
  const t = useT();
  return (
    <div class="tabs" role="tablist" aria-label={t('tabs_label')}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={props.current === tab.id}
          onClick={() => props.onSelect(tab.id)}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
