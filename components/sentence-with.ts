import { type ComponentChild, Fragment, h } from 'preact';
import type { MessageKey, Translate } from './translator-context';

/** Private-use characters, which no message holds: each stands for one part while the sentence is translated. */
const FIRST_MARK = 0xe000;
const MARKS = /([\ue000-\ue0ff])/;

/**
 * Message `key` with its placeholders filled, in order, by `parts` — elements as well as text (a name in bold, a
 * time) — wherever the language puts them in the sentence.
 */
export function sentenceWith(t: Translate, key: MessageKey, ...parts: ComponentChild[]): ComponentChild {
  const marks = parts.map((_, index) => String.fromCharCode(FIRST_MARK + index));
  const pieces = t(key, marks).split(MARKS);
  return h(
    Fragment,
    null,
    ...pieces.map((piece) => (MARKS.test(piece) ? parts[piece.charCodeAt(0) - FIRST_MARK] : piece)),
  );
}
