import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { FlowError } from './flow-error';

/**
 * Focus on a flow screen: its first input when it appears, and the input a failure names each time one arrives
 * (a new failure is a new object, so the same field is focused again after another wrong try). Both in the commit that
 * renders the screen or the failure, so focus is where it belongs before the next key is typed (an effect after paint
 * let keys typed in between land elsewhere).
 */
export function useScreenFocus(form: RefObject<HTMLFormElement | null>, error: FlowError | undefined): void {
  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [form]);
  useLayoutEffect(() => {
    const field = error?.field;
    if (!field) return;
    form.current?.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`)?.focus();
  }, [form, error]);
}
