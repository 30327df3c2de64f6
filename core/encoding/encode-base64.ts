/**
 * Base64 of bytes (RFC 4648). `standard` (the default) is §4 with `=` padding, for JSON, storage and Cognito
 * fields; `url` is §5's URL-safe alphabet without padding, as JWS (RFC 7515 §2) and PKCE (RFC 7636 §4.2) use it.
 * Decode with {@link decodeBase64} from `./decode-base64`, which reads both.
 */
export function encodeBase64(bytes: Uint8Array, options: { alphabet?: 'standard' | 'url' } = {}): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const standard = btoa(binary);
  if (options.alphabet !== 'url') return standard;
  return standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
