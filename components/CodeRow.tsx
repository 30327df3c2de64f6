import type { CodeEntry } from '../core/vault/vault-messages';
import { CountdownRing } from './CountdownRing';
import { useT } from './translator-context';

/** One entry's codes as the popup shows them (a `vault.listCodes` row). */
export type CodeItem = CodeEntry;

/** How many seconds before a period ends the next code is shown next to the current one. */
const NEXT_CODE_LEAD_SECONDS = 5;

/**
 * What a row shows at `now`: the current code, the seconds left, and the next code near the end of a
 * period. After the period has ended (before the worker's fresh reply arrives) the next code becomes current.
 */
export function codeAt(item: CodeItem, now: number): { code: string; remaining?: number; upcoming?: string } {
  if (item.kind === 'hotp' || item.periodEndsAt === null || item.period === null) return { code: item.code };
  if (now >= item.periodEndsAt && item.nextCode) {
    const remaining = Math.max(0, (item.periodEndsAt + item.period * 1000 - now) / 1000);
    return { code: item.nextCode, remaining };
  }
  const remaining = Math.max(0, (item.periodEndsAt - now) / 1000);
  return { code: item.code, remaining, upcoming: remaining <= NEXT_CODE_LEAD_SECONDS ? item.nextCode : undefined };
}

/** Groups digits for reading: `123456` → `123 456`, `12345678` → `1234 5678`. */
export function formatCode(code: string): string {
  if (code.length < 6) return code;
  const half = Math.floor(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

export interface CodeRowProps {
  item: CodeItem;
  index: number;
  setSize: number;
  now: number;
  active: boolean;
  copied: boolean;
  top: number;
  onCopy: (item: CodeItem) => void;
  onAdvance: (item: CodeItem) => void;
  onFocusRow: (index: number) => void;
}

/** One entry: a button that copies its code, a countdown ring (TOTP) or a next-code button (HOTP). */
export function CodeRow(props: CodeRowProps) {
  const t = useT();
  const { item, now } = props;
  const shown = codeAt(item, now);
  const name = item.issuer || item.account || t('code_unnamed');
  const tabIndex = props.active ? 0 : -1;
  return (
    <li
      class={props.active ? 'row active' : 'row'}
      style={{ top: `${props.top}px` }}
      aria-setsize={props.setSize}
      aria-posinset={props.index + 1}
    >
      <button
        type="button"
        class="copy"
        data-index={props.index}
        data-entry-id={item.id}
        tabIndex={tabIndex}
        onClick={() => props.onCopy(item)}
        onFocus={() => props.onFocusRow(props.index)}
      >
        <span class="visually-hidden">{t('code_copy_prefix')} </span>
        <span class="names">
          <span class="issuer">
            {name}
            {item.boundToOrigin && <span class="badge">{t('code_this_site')}</span>}
          </span>
          {item.issuer && <span class="account">{item.account}</span>}
        </span>
        <span class="codes">
          <span class="code" data-code={shown.code}>
            {formatCode(shown.code)}
          </span>
          {shown.upcoming && <span class="next-code">{t('code_next', formatCode(shown.upcoming))}</span>}
          {props.copied && <span class="copied">{t('code_copied')}</span>}
        </span>
      </button>
      {shown.remaining !== undefined ? (
        <CountdownRing remaining={shown.remaining} period={item.period ?? 30} />
      ) : (
        <button
          type="button"
          class="advance"
          tabIndex={tabIndex}
          aria-label={t('code_advance_label', name)}
          title={t('code_advance_title')}
          onClick={() => props.onAdvance(item)}
        >
          ↻
        </button>
      )}
    </li>
  );
}
