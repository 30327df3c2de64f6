import { encode } from 'uqr';
import type { RgbaPixels } from '../../../core/otp/decode-qr-pixels';

/** A QR code of `text` as RGBA pixels (4 pixels a module, a 4-module quiet zone), as a page's image would give. */
export function qrPixels(text: string): RgbaPixels {
  const { data, size } = encode(text);
  const scale = 4;
  const side = (size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (!data[y]?.[x]) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        for (let dx = 0; dx < scale; dx += 1) {
          const at = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }
  }
  return { width: side, height: side, data: pixels };
}
