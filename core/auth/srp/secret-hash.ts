import { encodeBase64 } from '../../encoding/encode-base64';
import { hmacSha256 } from './srp-group';

const utf8 = new TextEncoder();

/**
 * Cognito `SECRET_HASH` / `SecretHash` for app clients with a secret: base64(HMAC-SHA256(key = clientSecret,
 * message = username ‖ clientId)). AWS docs: "Computing secret hash values",
 * https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash
 */
export async function secretHash(options: {
  username: string;
  clientId: string;
  clientSecret: string;
}): Promise<string> {
  const mac = await hmacSha256(utf8.encode(options.clientSecret), utf8.encode(options.username + options.clientId));
  return encodeBase64(mac);
}
