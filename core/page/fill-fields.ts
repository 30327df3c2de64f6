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

/**
 * Fills `writes` all-or-nothing, and only when it is safe: the action came from the user (`event.isTrusted`, so a
 * page cannot forge the click), the frame may be filled (core/page/check-fill-frame.ts), and every target field is
 * visible and unobscured (core/page/check-fillable-field.ts). Every check runs before the first write.
 */
export function fillFields(
  writes: readonly FieldWrite[],
  context: { view: Window; event: Event; ownHost?: Element },
): FillOutcome {
  if (!context.event.isTrusted) return { ok: false, reason: 'untrusted-event' };
  const frame = checkFillFrame(context.view);
  if (frame) return { ok: false, reason: frame };
  for (const [field] of writes) {
    const refusal = checkFillableField(field, context.view, context.ownHost ? { ownHost: context.ownHost } : {});
    if (refusal) return { ok: false, reason: refusal, field };
  }
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
