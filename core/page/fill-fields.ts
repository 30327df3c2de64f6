import { checkFillFrame, type FrameRefusal } from './check-fill-frame';
import { checkFillableField, type FieldRefusal } from './check-fillable-field';
import type { CodeField } from './sign-in-page';
import { writeFieldValue } from './write-field-value';

/** What a fill did: written, or refused before writing anything. */
export type FillOutcome =
  | { ok: true; filled: number }
  | { ok: false; reason: FieldRefusal | FrameRefusal | 'untrusted-event' | 'code-length'; field?: HTMLInputElement };

/** One value for one input. */
export type FieldWrite = readonly [field: HTMLInputElement, value: string];

/** Where and on what a fill acts: the frame's window, the user's event, and Sidekey's own control host. */
export interface FillContext {
  view: Window;
  event: Event;
  ownHost?: Element;
}

/**
 * Whether `fields` may be filled now: the action came from the user (`event.isTrusted`, so a page cannot forge
 * the click), the frame may be filled (core/page/check-fill-frame.ts), and every field is visible and unobscured
 * (core/page/check-fillable-field.ts). The filler asks this before it asks the worker for a secret.
 */
export function checkFill(fields: readonly HTMLInputElement[], context: FillContext): FillOutcome {
  if (!context.event.isTrusted) return { ok: false, reason: 'untrusted-event' };
  const frame = checkFillFrame(context.view);
  if (frame) return { ok: false, reason: frame };
  for (const field of fields) {
    const refusal = checkFillableField(field, context.view, context.ownHost ? { ownHost: context.ownHost } : {});
    if (refusal) return { ok: false, reason: refusal, field };
  }
  return { ok: true, filled: 0 };
}

/** Fills `writes` all-or-nothing: every {@link checkFill} check runs again before the first write. */
export function fillFields(writes: readonly FieldWrite[], context: FillContext): FillOutcome {
  const checked = checkFill(
    writes.map(([field]) => field),
    context,
  );
  if (!checked.ok) return checked;
  for (const [field, value] of writes) writeFieldValue(field, value);
  return { ok: true, filled: writes.length };
}

/**
 * The writes that put `code` into a code field: the whole code into a single input, one digit per input into a
 * split field (refused as `code-length` when the count of inputs differs from the code's length).
 */
export function codeWrites(field: CodeField, code: string): FieldWrite[] | 'code-length' {
  if (field.kind === 'single') return [[field.input, code]];
  if (field.inputs.length !== code.length) return 'code-length';
  return field.inputs.map((input, index) => [input, code.charAt(index)] as const);
}
