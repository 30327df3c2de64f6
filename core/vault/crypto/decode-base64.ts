import { SidekeyError } from '../../errors/sidekey-error';
import type { Bytes } from './bytes';

/** Decodes standard base64 (RFC 4648 §4), throwing a `SidekeyError` with `code` for anything else. */
export function decodeBase64(text: string, code: string): Bytes {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new SidekeyError({ code, message: 'Expected base64 data.' });
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
