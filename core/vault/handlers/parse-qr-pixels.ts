import { decodeBase64 } from '../../encoding/decode-base64';
import { SidekeyError } from '../../errors/sidekey-error';
import { parseObject } from '../../messages/parse-input';
import type { RgbaPixels } from '../../otp/decode-qr-pixels';
import { MAX_QR_PIXELS } from '../vault-messages';

/**
 * Reads the `qr-pixels` payload. Chrome's runtime messaging serialises as JSON, so pages send the RGBA bytes
 * base64-encoded; a real Uint8ClampedArray (Firefox's structured clone, tests) is accepted too.
 */
export function parseQrPixels(input: unknown): RgbaPixels {
  const record = parseObject(input, 'QR image');
  const { width, height, data } = record;
  if (typeof width !== 'number' || typeof height !== 'number' || width * height > MAX_QR_PIXELS) {
    throw new SidekeyError({ code: 'QrBadPixels', message: 'Send at most 2048×2048 pixels (scale the image down).' });
  }
  if (data instanceof Uint8ClampedArray) return { width, height, data };
  if (typeof data === 'string' && data.length <= Math.ceil((MAX_QR_PIXELS * 4) / 3) + 4) {
    const bytes = decodeBase64(data, { code: 'QrBadPixels' });
    return { width, height, data: new Uint8ClampedArray(bytes.buffer) };
  }
  throw new SidekeyError({ code: 'QrBadPixels', message: 'The pixels must be base64 RGBA bytes.' });
}
