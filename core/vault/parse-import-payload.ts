import { SidekeyError } from '../errors/sidekey-error';
import { decodeQrPixels, type RgbaPixels } from '../otp/decode-qr-pixels';
import type { OtpParams } from '../otp/otp-params';
import { parseMigrationUri } from '../otp/parse-migration-uri';
import { parseOtpauthUri } from '../otp/parse-otpauth-uri';
import type { ImportResult } from './vault-messages';

/** Items read from an import, each with its position, and the typed errors of the ones that did not parse. */
export interface ParsedImport {
  items: Array<{ index: number; params: OtpParams }>;
  errors: ImportResult['errors'];
}

const MAX_LINES = 10_000;

/**
 * Parses a pasted URI, a list of URIs (one per line; blank lines and `#` comments skipped, `index` = line
 * number from 0), Google Authenticator migration URIs (one batch per line), or the text of a QR code found in
 * pixels. Per-item failures are collected; a broken container (migration data, no QR code) throws.
 */
export function parseImportPayload(
  input:
    | { kind: 'otpauth-uri' | 'otpauth-list' | 'migration'; payload: string }
    | { kind: 'qr-pixels'; payload: RgbaPixels },
): ParsedImport {
  const parsed: ParsedImport = { items: [], errors: [] };
  const attempt = (index: number, read: () => OtpParams | SidekeyError) => {
    try {
      const result = read();
      if (result instanceof SidekeyError) throw result;
      parsed.items.push({ index, params: result });
    } catch (error) {
      if (!(error instanceof SidekeyError)) throw error;
      parsed.errors.push({ index, code: error.code, message: error.message });
    }
  };
  const readMigration = (text: string, offset: number) => {
    const batch = parseMigrationUri(text);
    for (const [position, item] of batch.items.entries()) attempt(offset + position, () => item);
    return batch.items.length;
  };
  if (input.kind === 'qr-pixels') {
    const text = decodeQrPixels(input.payload);
    if (/^otpauth-migration:/i.test(text)) readMigration(text, 0);
    else attempt(0, () => parseOtpauthUri(text));
    return parsed;
  }
  if (input.kind === 'otpauth-uri') {
    attempt(0, () => parseOtpauthUri(input.payload));
    return parsed;
  }
  const lines = input.payload.split(/\r?\n/);
  if (lines.length > MAX_LINES) {
    throw new SidekeyError({ code: 'BadMessage', message: `Import at most ${MAX_LINES} lines at once.` });
  }
  let offset = 0;
  lines.forEach((line, lineIndex) => {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return;
    if (input.kind === 'otpauth-list') attempt(lineIndex, () => parseOtpauthUri(text));
    else offset += readMigration(text, offset);
  });
  if (parsed.items.length === 0 && parsed.errors.length === 0) {
    throw new SidekeyError({ code: 'OtpUriMissingSecret', message: 'There is nothing to import.' });
  }
  return parsed;
}
