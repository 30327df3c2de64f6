/**
 * How the filler shows its inline controls without depending on the view that draws them: core/page describes a
 * control (name, choices, callbacks); components/inline/show-inline-control.tsx draws it in a closed shadow root;
 * the filler content script passes one to the other (`showControl`).
 */

/** The tag of the element that hosts a control (a custom element name no page uses). */
export const CONTROL_HOST_TAG = 'sidekey-inline';

/**
 * One thing the user can pick in a control's list. `name` is its accessible name (it begins with `Sidekey`); the
 * list shows the name's words after `Sidekey: `, so what a person sees is part of what a screen reader or speech
 * input uses (WCAG 2.5.3).
 */
export interface ControlChoice {
  id: string;
  name: string;
}

/** What a control shows and whom it tells. */
export interface ControlView {
  /** The button's accessible name: `Sidekey: fill sign-in`, `Sidekey: fill code`, `Sidekey: save authenticator key`… */
  name: string;
  choices: ControlChoice[];
  /** The close button's accessible name: `Sidekey: close`. */
  closeName: string;
  /** A sentence shown above the choices (why there are none, what happened). */
  note?: string;
  /** Opens the list (when given, and again whenever `note` changes): to show what a choice led to. */
  open?: boolean;
  /** Called only for a trusted event (the user's own click or key), with that event. */
  onChoose: (choice: ControlChoice, event: Event) => void;
  onDismiss: () => void;
}

/** A shown control: its host element, and ways to change what it offers or take it away. */
export interface ControlHandle {
  host: HTMLElement;
  update: (view: ControlView) => void;
  /** Whether the page has left the control alone: still attached, its style ours, not faded by an ancestor. */
  isIntact: () => boolean;
  remove: () => void;
}

/** Shows a control on `anchor` (a field; the window's top-right corner when null). */
export type ShowControl = (options: { doc: Document; anchor: Element | null; view: ControlView }) => ControlHandle;
