import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRequestFailure } from '../../../core/page/describe-fill-refusal';
import { stringUnion } from '../../support/string-union';
import { english, readLocale, translateWith } from '../../support/translate-messages';

const ROOT = join(import.meta.dirname, '../../..');
const german = translateWith(readLocale('de'));

describe('describeRequestFailure', () => {
  it('has a sentence in English and in German for every code a page request can fail with', { timeout: 60_000 }, () => {
    const codes = stringUnion(
      join(ROOT, 'tests/core/page/page-codes-probe.ts'),
      "import type { PageErrorCode } from '../../../core/page/page-messages';\nexport type Codes = PageErrorCode;",
    );
    expect(codes).toEqual(expect.arrayContaining(['ForbiddenSender', 'PageOriginNotAllowed', 'PageEntryNotFound']));
    const worker = 'the worker’s English';
    const unworded = codes.filter(
      (code) =>
        describeRequestFailure({ code, message: worker }, english) === worker ||
        describeRequestFailure({ code, message: worker }, german) === worker,
    );
    expect(unworded).toEqual([]);
  });

  it('words a refused origin in the browser’s language, and keeps the worker’s message for an unknown code', () => {
    expect(describeRequestFailure({ code: 'PageOriginNotAllowed', message: 'x' }, german)).toMatch(
      /^Sidekey füllt hier nicht aus/,
    );
    expect(describeRequestFailure({ code: 'SomethingNew', message: 'Something new.' }, english)).toBe('Something new.');
    expect(describeRequestFailure({ code: 'toString', message: 'Not a code.' }, english)).toBe('Not a code.');
  });
});
