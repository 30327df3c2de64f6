export type PopupTab = 'codes' | 'accounts';

const TABS: Array<{ id: PopupTab; label: string }> = [
  { id: 'codes', label: 'Codes' },
  { id: 'accounts', label: 'Sign in' },
];

/** The popup's two views: the codes (default) and the user-pool accounts. */
export function PopupTabs(props: { current: PopupTab; onSelect: (tab: PopupTab) => void }) {
  return (
    <div class="tabs" role="tablist" aria-label="Sidekey views">
      {TABS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={props.current === tab.id}
          onClick={() => props.onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
