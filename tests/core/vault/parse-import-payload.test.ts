import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import { parseImportPayload } from '../../../core/vault/parse-import-payload';

const good = (issuer: string) => `otpauth://totp/${issuer}:me?secret=JBSWY3DPEHPK3PXP`;

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe('parseImportPayload', () => {
  it('numbers list items by line, skipping blank lines and comments', () => {
    const parsed = parseImportPayload({
      kind: 'otpauth-list',
      payload: `# export\n\n${good('A')}\nnot a uri\n${good('B')}`,
    });
    expect(parsed.items.map((item) => [item.index, item.params.issuer])).toEqual([
      [2, 'A'],
      [4, 'B'],
    ]);
    expect(parsed.errors).toEqual([{ index: 3, code: 'OtpUriBadScheme', message: expect.any(String) }]);
  });

  it('says there is nothing to import for an empty list', () => {
    expect(() => parseImportPayload({ kind: 'otpauth-list', payload: '\n  \n# only a comment' })).toThrow(
      expect.objectContaining({ code: 'OtpUriMissingSecret' }),
    );
  });

  it('accounts for every line of 500 random lists: each line is an item or a typed error, never a crash', () => {
    const random = seeded(6238);
    const pieces = [
      good('A'),
      good('B'),
      'otpauth://totp/x?secret=1',
      'otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP',
      '%',
      '',
    ];
    for (let round = 0; round < 500; round++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const line = pieces[Math.floor(random() * pieces.length)] ?? '';
        const cut = Math.floor(random() * (line.length + 1));
        return random() < 0.3 ? line.slice(0, cut) + line.slice(cut + 1) : line;
      });
      try {
        const parsed = parseImportPayload({ kind: 'otpauth-list', payload: lines.join('\n') });
        const nonBlank = lines.filter((line) => line.trim() !== '' && !line.trim().startsWith('#')).length;
        expect(parsed.items.length + parsed.errors.length).toBe(nonBlank);
        for (const error of parsed.errors) expect(error.code).toMatch(/^OtpUri/);
      } catch (error) {
        expect(error).toBeInstanceOf(SidekeyError);
        expect((error as SidekeyError).code).toBe('OtpUriMissingSecret');
      }
    }
  });
});
