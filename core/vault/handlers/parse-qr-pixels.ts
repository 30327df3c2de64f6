import { decodeBase64 } from '../../encoding/decode-base64';
import { SidekeyError } from '../../errors/sidekey-error';
import { number, object, refine, type Shape } from '../../messages/shape';
import type { RgbaPixels } from '../../otp/decode-qr-pixels';
import { MAX_QR_PIXELS } from '../vault-messages';

const MAX_BASE64 = Math.ceil((MAX_QR_PIXELS * 4) / 3) + 4;

function badPixels(message: string): SidekeyError {
  return new SidekeyError({ code: 'QrBadPixels', message });
}

/**
 * Reads the `qr-pixels` payload. Chrome's runtime messaging serialises as JSON, so pages send the RGBA bytes
 * base64-encoded; a real Uint8ClampedArray (Firefox's structured clone, tests) is accepted too.
 */
export const parseQrPixels: Shape<RgbaPixels> = refine(
  object({
    width: number({ integer: true, min: 0 }),
    height: number({ integer: true, min: 0 }),
    data: (value) => value,
  }),
  ({ width, height, data }) => {
    if (width * height > MAX_QR_PIXELS) throw badPixels('Send at most 2048×2048 pixels (scale the image down).');
    if (data instanceof Uint8ClampedArray) return { width, height, data };
    if (typeof data === 'string' && data.length <= MAX_BASE64) {
      const bytes = decodeBase64(data, { code: 'QrBadPixels' });
      return { width, height, data: new Uint8ClampedArray(bytes.buffer) };
    }
    throw badPixels('The pixels must be base64 RGBA bytes.');
  },
);
