/**
 * Decodes base64 into bytes. Accepts the standard alphabet and the URL-safe one (RFC 4648 §4/§5) and restores
 * missing padding, as Amplify does for SRP `SECRET_BLOCK`. Throws a RangeError on anything else.
 */
export function base64ToBytes(base64: string): Uint8Array {
  const standard = base64.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch (cause) {
    throw new RangeError('Invalid base64', { cause });
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
