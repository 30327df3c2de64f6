import { SidekeyError } from '../../errors/sidekey-error';
import { FieldError } from '../../messages/field-error';

/**
 * Runs `work` and, when it fails with one of `fields`' codes, fails with the same code and message naming the input
 * field it concerns (a wrong old password at `oldPassword`), so a form marks that field without reading the text
 * (docs/messages.md §2). Any other failure passes through unchanged.
 */
export async function failAtField<T>(fields: Readonly<Record<string, string>>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const field = error instanceof SidekeyError && !(error instanceof FieldError) ? fields[error.code] : undefined;
    if (!field || !(error instanceof SidekeyError)) throw error;
    throw new FieldError({ code: error.code, field, message: error.message, cause: error });
  }
}
