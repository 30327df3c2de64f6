import type { RgbaPixels } from '../otp/decode-qr-pixels';

/** Largest image read, per side: a set-up QR is a few hundred pixels; anything bigger is scaled down to this. */
const MAX_SIDE = 1024;

/**
 * The RGBA pixels of an image on the page, drawn on a canvas of the image's own document. Works for `data:` and
 * same-origin images (Amplify's QR is a `data:` PNG); answers null for an image not loaded yet, a tainted
 * (cross-origin) canvas, or where there is no canvas.
 */
export function readImagePixels(image: HTMLImageElement): RgbaPixels | null {
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  if (!image.complete || width === 0 || height === 0) return null;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = image.ownerDocument.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  try {
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const data = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: data.data };
  } catch {
    return null;
  }
}
