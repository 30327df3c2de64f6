import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type CodeItem, CodeRow } from './CodeRow';
import { useT } from './translator-context';

const ROW_HEIGHT = 56;
const VIEWPORT_HEIGHT = 448;
const OVERSCAN = 3;
/**
 * Rows the viewport shows before any scrolling: what the popup asks the worker for, and renders, first. The overscan
 * rows below it come with the rest of the list after that first paint (fewer elements to create in the first render,
 * which a profile of the popup's start showed is mostly element creation and insertion).
 */
export const FIRST_SCREEN_ROWS = Math.ceil(VIEWPORT_HEIGHT / ROW_HEIGHT);

export interface CodeListProps {
  codes: CodeItem[];
  now: number;
  activeIndex: number;
  /** Move DOM focus to the active row's copy button (true while the user navigates the list). */
  focusActive: boolean;
  copiedId?: string;
  onActiveChange: (index: number) => void;
  onCopy: (item: CodeItem) => void;
  onAdvance: (item: CodeItem) => void;
}

/**
 * The codes as a list of buttons. Only the rows in (or just around) the viewport are in the DOM, so a
 * thousand entries cost as much per tick as a dozen; rows sit at absolute offsets inside a full-height
 * spacer so the scroll bar stays true.
 */
export function CodeList(props: CodeListProps) {
  const t = useT();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const { codes, activeIndex } = props;

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || codes.length === 0) return;
    const rowTop = activeIndex * ROW_HEIGHT;
    let wanted = scrollTop;
    if (rowTop < wanted) wanted = rowTop;
    else if (rowTop + ROW_HEIGHT > wanted + VIEWPORT_HEIGHT) wanted = rowTop + ROW_HEIGHT - VIEWPORT_HEIGHT;
    if (wanted !== scrollTop) {
      element.scrollTop = wanted;
      setScrollTop(wanted);
      return;
    }
    if (props.focusActive) {
      const button = element.querySelector<HTMLButtonElement>(`button.copy[data-index="${activeIndex}"]`);
      if (button && document.activeElement !== button) button.focus();
    }
  }, [activeIndex, scrollTop, props.focusActive, codes.length]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(codes.length, Math.ceil((scrollTop + VIEWPORT_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let index = first; index < last; index++) {
    const item = codes[index]!;
    rows.push(
      <CodeRow
        key={item.id}
        item={item}
        index={index}
        setSize={codes.length}
        now={props.now}
        active={index === activeIndex}
        copied={item.id === props.copiedId}
        top={index * ROW_HEIGHT}
        onCopy={props.onCopy}
        onAdvance={props.onAdvance}
        onFocusRow={props.onActiveChange}
      />,
    );
  }
  return (
    <div
      ref={viewport}
      class="code-viewport"
      style={{ height: `${Math.min(VIEWPORT_HEIGHT, codes.length * ROW_HEIGHT)}px` }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <ul class="code-list" aria-label={t('codes_list_label')} style={{ height: `${codes.length * ROW_HEIGHT}px` }}>
        {rows}
      </ul>
    </div>
  );
}
