import { decodeQrPixels, type RgbaPixels } from '../otp/decode-qr-pixels';
import { parseOtpauthUri } from '../otp/parse-otpauth-uri';
import type { CapturedTotpSecret } from './page-messages';
import type { TotpSetupSource } from './sign-in-page';

const BASE32_SECRET = /^[A-Z2-7]{16,}=*$/;

/**
 * The authenticator key a TOTP set-up page shows: the `otpauth://` URI in its QR image (decoded from the image's
 * pixels), else the Base32 secret it prints. `account` names the account being set up when the QR does not;
 * Amplify's QR label is `AWSCognito:<username>`, so the QR's own account wins. Answers null when neither reads.
 */
export function readTotpKey(
  source: TotpSetupSource,
  ports: { readPixels: (image: HTMLImageElement) => RgbaPixels | null; account: string | undefined },
): CapturedTotpSecret | null {
  const fromQr = source.qrImage ? readQrUri(source.qrImage, ports.readPixels) : null;
  if (fromQr) return { uri: fromQr.uri, account: fromQr.account || ports.account || '' };
  const secret = source.secretText?.replace(/[\s-]/g, '').toUpperCase();
  if (secret && BASE32_SECRET.test(secret)) return { secret, account: ports.account ?? '' };
  return null;
}

function readQrUri(
  image: HTMLImageElement,
  readPixels: (image: HTMLImageElement) => RgbaPixels | null,
): { uri: string; account: string } | null {
  try {
    const pixels = readPixels(image);
    if (!pixels) return null;
    const text = decodeQrPixels(pixels);
    const params = parseOtpauthUri(text);
    return { uri: text, account: params.account };
  } catch {
    return null;
  }
}
