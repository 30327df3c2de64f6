import type { ScanBox } from '../../components/QrScanScreen';

/** Natural size of an image given as a (data) URL. */
export async function imageSize(url: string): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/**
 * Reads the QR code inside `box` of a screenshot (or anywhere on it) and answers the text it holds. The decoder is
 * loaded only here, so it costs the popup's first paint nothing. Throws `QrNotFound`/`QrBadPixels` SidekeyErrors.
 */
export async function readQrFromImage(url: string, box: ScanBox | undefined): Promise<string> {
  const blob = await (await fetch(url)).blob();
  const bitmap = box
    ? await createImageBitmap(blob, box.x, box.y, Math.max(1, box.width), Math.max(1, box.height))
    : await createImageBitmap(blob);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(bitmap, 0, 0);
    const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const { decodeQrPixels } = await import('../../core/otp/decode-qr-pixels');
    return decodeQrPixels({ width: image.width, height: image.height, data: image.data });
  } finally {
    bitmap.close();
  }
}
