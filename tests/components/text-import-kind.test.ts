import { describe, expect, it } from 'vitest';
import { textImportKind } from '../../components/text-import-kind';

describe('textImportKind', () => {
  it('tells a migration link, one link and a list apart', () => {
    expect(textImportKind('otpauth-migration://offline?data=abc')).toBe('migration');
    expect(textImportKind('otpauth://totp/a?secret=x')).toBe('otpauth-uri');
    expect(textImportKind('otpauth://totp/a?secret=x\n  otpauth://totp/b?secret=y\n')).toBe('otpauth-list');
  });
});
