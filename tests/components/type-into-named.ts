import { act } from 'preact/test-utils';
import { typeInto } from './code-entry-fixture';

/** Types `value` into the input named `name` under `root`, as a person would, and lets the view re-render. */
export function typeIntoNamed(root: HTMLElement, name: string, value: string): void {
  act(() => typeInto(root.querySelector<HTMLInputElement>(`[name="${name}"]`)!, value));
}
