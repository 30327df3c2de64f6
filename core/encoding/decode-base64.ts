import { SidekeyError } from '../errors/sidekey-error';

/** Either alphabet, then at most two `=`; a length of 4n + 1 characters cannot encode whole bytes. */
const base64Pattern = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * Decodes base64 (RFC 4648) in the standard alphabet (§4) or the URL-safe one (§5), with or without `=` padding, as
 * Amplify reads SRP `SECRET_BLOCK` and as JWTs and otpauth-migration URIs carry it. Anything else (other
 * characters, padding in the middle or on a length that needs none, a length of 4n + 1) is a `SidekeyError` with
 * the caller's `code`, so each caller reports bad input in its own terms.
 */
export function decodeBase64(text: string, options: { code: string }): Uint8Array<ArrayBuffer> {
  const unpadded = text.replace(/=+$/, '');
  const padding = text.length - unpadded.length;
  const valid =
    base64Pattern.test(text) &&
    unpadded.length % 4 !== 1 &&
    (padding === 0 || (text.length % 4 === 0 && padding === (4 - (unpadded.length % 4)) % 4));
  const invalid = (cause?: unknown) =>
    new SidekeyError({ code: options.code, message: 'Expected base64 data.', cause });
  if (!valid) throw invalid();
  let binary: string;
  try {
    binary = atob(unpadded.replace(/-/g, '+').replace(/_/g, '/'));
  } catch (cause) {
    throw invalid(cause);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
