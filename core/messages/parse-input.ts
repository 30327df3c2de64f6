import { parser, plainObject, string } from './shape';

/*
 * The two field readers entrypoints/background/page-handlers.ts still uses, kept only until the `page.*` handlers
 * read their input with core/messages/shape.ts like every other request; both are built on it, so their errors
 * are the same (`BadMessage` with the refused `field`). New code uses shape.ts.
 */

const readObject = parser(plainObject());

/** Reads a plain object, or throws `BadMessage`. */
export function parseObject(input: unknown): Record<string, unknown> {
  return readObject(input);
}

/** Reads a non-empty string field of at most `maxLength` (default 4096) characters, or throws `BadMessage`. */
export function parseString(
  record: Record<string, unknown>,
  key: string,
  options: { maxLength?: number } = {},
): string {
  return string({ max: options.maxLength })(record[key], key);
}
