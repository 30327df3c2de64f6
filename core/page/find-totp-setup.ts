import { isRendered } from './is-rendered';
import type { TotpSetupSource } from './sign-in-page';

const QR_WORDS = /\bqr\b|qr[-_ ]?code|qrcode/i;
const MAX_SECRET_TEXT = 80;

/**
 * Where a page that is not the Amplify Authenticator shows an authenticator key next to its code field: a rendered
 * image that says it is a QR code (alt, title, id, class or file name), or a `data:` image as square as a QR code;
 * and an element whose whole text is a Base32 secret (16 or more characters of A–Z and 2–7, in groups or not, with
 * at least one digit so that a long word is not taken for one). The QR is decoded only on the user's choice.
 */
export function findTotpSetup(root: ParentNode, view: Window): TotpSetupSource | undefined {
  const qrImage = [...root.querySelectorAll('img')].find((image) => isRendered(image, view) && looksLikeQr(image));
  const secretText = findSecretText(root, view);
  if (!qrImage && !secretText) return undefined;
  return { ...(qrImage ? { qrImage } : {}), ...(secretText ? { secretText } : {}) };
}

function looksLikeQr(image: HTMLImageElement): boolean {
  const src = image.getAttribute('src') ?? '';
  const words = [image.alt, image.title, image.id, image.className, src.startsWith('data:') ? '' : src];
  if (words.some((word) => QR_WORDS.test(word))) return true;
  const width = Number(image.getAttribute('width') ?? image.naturalWidth);
  const height = Number(image.getAttribute('height') ?? image.naturalHeight);
  return src.startsWith('data:image/') && width >= 64 && Math.abs(width - height) <= 2;
}

function findSecretText(root: ParentNode, view: Window): string | undefined {
  for (const element of root.querySelectorAll('code, kbd, samp, pre, span, div, p, strong, b, td, dd, output')) {
    if (element.childElementCount > 0) continue;
    const text = element.textContent?.trim() ?? '';
    if (text.length < 16 || text.length > MAX_SECRET_TEXT) continue;
    const compact = text.replace(/[\s-]/g, '');
    if (compact.length >= 16 && /^[A-Z2-7]+=*$/i.test(compact) && /[2-7]/.test(compact) && isRendered(element, view)) {
      return text;
    }
  }
  return undefined;
}
