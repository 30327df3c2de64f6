import jsQR from 'jsqr';
import { SidekeyError } from '../errors/sidekey-error';

/** RGBA pixels as `ImageData` holds them. */
export interface RgbaPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

const MAX_PIXELS = 4096 * 4096;

/**
 * Finds and reads one QR code in RGBA pixels (the page extracts them from an image file or a captured tab) and
 * returns its text. Throws `QrBadPixels` when the buffer does not match its size, `QrNotFound` when no code reads.
 */
export function decodeQrPixels(pixels: RgbaPixels): string {
  const { width, height, data } = pixels;
  const sizeOk = Number.isSafeInteger(width) && Number.isSafeInteger(height) && width > 0 && height > 0;
  if (!sizeOk || width * height > MAX_PIXELS || !(data instanceof Uint8ClampedArray)) {
    throw new SidekeyError({ code: 'QrBadPixels', message: 'The image size is not usable.' });
  }
  if (data.length !== width * height * 4) {
    throw new SidekeyError({ code: 'QrBadPixels', message: 'The pixel data does not match the image size.' });
  }
  const found = jsQR(data, width, height, { inversionAttempts: 'attemptBoth' });
  if (!found || found.data === '') {
    throw new SidekeyError({ code: 'QrNotFound', message: 'No readable QR code was found in the image.' });
  }
  return found.data;
}
