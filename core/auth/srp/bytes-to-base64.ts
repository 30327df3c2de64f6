/** Standard base64 (RFC 4648 §4, with padding) of the bytes; runs in workers and Node alike. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
