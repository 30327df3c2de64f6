import { decodeBase64 } from '../encoding/decode-base64';
import { SidekeyError } from '../errors/sidekey-error';

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
  const invalid = (cause?: unknown) =>
    new SidekeyError({ code: 'InvalidJwt', message: 'A stored token is not a JWT.', cause });
  const part = token.split('.')[1];
  if (!part) throw invalid();
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(decodeBase64(part, { code: 'InvalidJwt' })));
  } catch (cause) {
    throw invalid(cause);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw invalid();
  return { payload: payload as JWT['payload'], toString: () => token };
}
