import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { FlowError } from './flow-error';

/**
 * Focus on a flow screen: its first input when it appears, and the input a failure names each time one arrives
 * (a new failure is a new object, so the same field is focused again after another wrong try).
 */
export function useScreenFocus(form: RefObject<HTMLFormElement | null>, error: FlowError | undefined): void {
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [form]);
  useEffect(() => {
    const field = error?.field;
    if (!field) return;
    form.current?.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`)?.focus();
  }, [form, error]);
}
