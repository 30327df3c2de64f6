import type { QrPixels } from '../../core/vault/vault-messages';

/** Largest side the pixels are scaled to: enough for a QR code, small enough for one message. */
const MAX_SIDE = 1024;

/** Decodes an image file and reads its RGBA pixels through a canvas (`getImageData`), scaled down when large. */
export async function imageFileToPixels(file: File): Promise<QrPixels> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('No 2D canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const image = context.getImageData(0, 0, width, height);
    return { width, height, data: image.data };
  } finally {
    bitmap.close();
  }
}
