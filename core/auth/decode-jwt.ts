/** A JWT as Amplify hands it out: the decoded payload, and the compact string back via `toString()`. */
export type JWT = {
  payload: Record<string, unknown> & { exp?: number; iat?: number; sub?: string };
  toString(): string;
};

/**
 * Decodes (does not verify) a compact JWS's payload (RFC 7519 §7.2 steps 1–7; base64url per RFC 7515 §2). The
 * engine only reads claims of tokens Cognito just handed to it over TLS; resource servers verify signatures.
 */
export function decodeJwt(token: string): JWT {
  const part = token.split('.')[1];
  if (!part) throw new TypeError('Not a JWT');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (part.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof payload !== 'object' || payload === null) throw new TypeError('JWT payload is not an object');
  return { payload: payload as JWT['payload'], toString: () => token };
}
