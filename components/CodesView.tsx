import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CodeList } from './CodeList';
import type { CodeItem } from './CodeRow';
import { EmptyState } from './EmptyState';
import { useT } from './translator-context';

/** Keeps the entries whose issuer or account contains every word of `query` (case-insensitive). */
export function filterCodes(codes: CodeItem[], query: string): CodeItem[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return codes;
  return codes.filter((item) => {
    const haystack = `${item.issuer} ${item.account}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export interface CodesViewProps {
  codes: CodeItem[];
  now: number;
  copiedId?: string;
  optionsUrl: string;
  onCopy: (item: CodeItem) => void;
  onAdvance: (item: CodeItem) => void;
}

/**
 * Search plus the code list, with the keyboard model: `/` focuses search, Escape clears it, arrow keys
 * (and Home/End) move between rows, Enter copies (from search it copies the first match).
 */
export function CodesView(props: CodesViewProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [inList, setInList] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterCodes(props.codes, query), [props.codes, query]);
  const active = Math.min(activeIndex, Math.max(0, shown.length - 1));

  useEffect(() => {
    // `/` also works when nothing has focus (after a click on empty space), where no control sees the key.
    const onDocumentKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.target !== document.body) return;
      event.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, []);

  if (props.codes.length === 0) return <EmptyState optionsUrl={props.optionsUrl} />;

  const focusSearch = () => {
    setInList(false);
    search.current?.focus();
  };
  const moveTo = (index: number) => {
    setActiveIndex(Math.max(0, Math.min(shown.length - 1, index)));
    setInList(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const inSearch = event.target === search.current;
    if (event.key === '/' && !inSearch) focusSearch();
    else if (event.key === 'Escape' && query) {
      setQuery('');
      setActiveIndex(0);
      focusSearch();
    } else if (event.key === 'ArrowDown') moveTo(inSearch ? active : active + 1);
    else if (event.key === 'ArrowUp') {
      if (inSearch) return;
      if (active === 0) focusSearch();
      else moveTo(active - 1);
    } else if (event.key === 'Home' && !inSearch) moveTo(0);
    else if (event.key === 'End' && !inSearch) moveTo(shown.length - 1);
    else if (event.key === 'Enter' && inSearch && shown[active]) props.onCopy(shown[active]);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys bubble here from the focusable controls inside (the search field and the row buttons).
    <section class="codes-view" onKeyDown={onKeyDown}>
      <input
        ref={search}
        class="search"
        type="search"
        placeholder={t('codes_search_placeholder')}
        aria-label={t('codes_search_label')}
        // biome-ignore lint/a11y/noAutofocus: the popup opens to type a search or press ↓; nothing else competes for focus.
        autoFocus
        value={query}
        onInput={(event) => {
          setQuery((event.currentTarget as HTMLInputElement).value);
          setActiveIndex(0);
        }}
        onFocus={() => setInList(false)}
      />
      {shown.length === 0 ? (
        <p class="no-match">{t('codes_no_match', query)}</p>
      ) : (
        <CodeList
          codes={shown}
          now={props.now}
          activeIndex={active}
          focusActive={inList}
          copiedId={props.copiedId}
          onActiveChange={(index) => {
            setActiveIndex(index);
            setInList(true);
          }}
          onCopy={props.onCopy}
          onAdvance={props.onAdvance}
        />
      )}
    </section>
  );
}
