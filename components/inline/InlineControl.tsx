import { useEffect, useRef, useState } from 'preact/hooks';
import type { ControlChoice, ControlView } from '../../core/page/control-port';

export type InlineChoice = ControlChoice;

export interface InlineControlProps extends ControlView {
  /** Whether an event came from the user; the browser's `isTrusted` unless a test stands in for the browser. */
  isTrusted?: (event: Event) => boolean;
}

const byUser = (event: Event) => event.isTrusted;

/**
 * Sidekey's inline control, shown on a field of a sign-in step: a small button that opens a list of choices
 * (saved sign-ins, a code, save this key…) and a close button. Keyboard reachable: Tab to the button, Enter or
 * Space opens, arrow keys move through the list, Escape closes the list and then the control. Nothing happens on
 * an event the page could have made up: every action needs a trusted event.
 */
export function InlineControl(props: InlineControlProps) {
  const [open, setOpen] = useState(props.open ?? false);
  const list = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const trusted = props.isTrusted ?? byUser;

  useEffect(() => {
    if (open) list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);
  const reopen = props.open ? (props.note ?? '') : undefined;
  useEffect(() => {
    if (reopen !== undefined) setOpen(true);
  }, [reopen]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!trusted(event)) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (open) {
        setOpen(false);
        opener.current?.focus();
      } else props.onDismiss();
      return;
    }
    if (!open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(event.target as HTMLButtonElement);
    const next = items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
    next?.focus();
  };

  return (
    <div class="sidekey" role="toolbar" aria-label="Sidekey" onKeyDown={onKeyDown}>
      <div class="bar">
        <button
          type="button"
          class="open"
          ref={opener}
          aria-label={props.name}
          aria-haspopup="menu"
          aria-expanded={open}
          onClick={(event) => trusted(event) && setOpen(!open)}
        >
          <span aria-hidden="true">S</span>
        </button>
        <button
          type="button"
          class="close"
          aria-label={props.closeName}
          onClick={(event) => trusted(event) && props.onDismiss()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {open && (
        <div class="panel">
          {props.note && <p class="note">{props.note}</p>}
          <div ref={list} role="menu" aria-label={props.name}>
            {props.choices.map((choice) => (
              <button
                key={choice.id}
                type="button"
                role="menuitem"
                aria-label={choice.name}
                onClick={(event) => {
                  if (!trusted(event)) return;
                  setOpen(false);
                  props.onChoose(choice, event);
                }}
              >
                {visibleLabel(choice.name)}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * What a choice shows: its accessible name without the leading `Sidekey: ` (the panel is Sidekey's), first letter
 * capitalised, so the visible label is part of the name (WCAG 2.5.3, label in name) for speech input.
 */
function visibleLabel(name: string): string {
  const words = name.replace(/^Sidekey:\s*/, '');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The control's own style sheet, inside its shadow root (the page's styles never reach it). */
export const INLINE_CONTROL_CSS = `
:host { all: initial; }
.sidekey { position: relative; width: 46px; font: 13px/1.4 system-ui, sans-serif; color: #1b1b1f; pointer-events: auto; }
.bar { display: flex; gap: 2px; }
button { font: inherit; cursor: pointer; }
.open { width: 24px; height: 24px; border-radius: 6px; border: 1px solid #3d5afe; background: #3d5afe; color: #fff;
  font-weight: 700; padding: 0; }
.close { width: 18px; height: 24px; border: none; background: transparent; color: #555; padding: 0; }
.open:focus-visible, .close:focus-visible, .panel button:focus-visible { outline: 2px solid #ff9800; outline-offset: 1px; }
.panel { position: absolute; top: 28px; right: 0; min-width: 220px; max-width: 320px; background: #fff;
  border: 1px solid #c5c8d4; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 4px; }
.note { margin: 4px 8px; color: #444; }
.panel button { display: block; width: 100%; text-align: left; border: none; background: transparent;
  padding: 6px 8px; border-radius: 6px; color: inherit; }
.panel button:hover { background: #eef0fb; }
`;
