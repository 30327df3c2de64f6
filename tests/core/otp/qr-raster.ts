import { encode } from 'uqr';

/** Test-only: draws `text` as a QR code into RGBA pixels (scale px per module, 4-module quiet zone). */
export function qrRaster(text: string, scale = 4): { width: number; height: number; data: Uint8ClampedArray } {
  const { data: modules, size } = encode(text, { border: 4 });
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (modules[Math.floor(y / scale)]?.[Math.floor(x / scale)]) {
        const at = (y * width + x) * 4;
        data[at] = 0;
        data[at + 1] = 0;
        data[at + 2] = 0;
      }
    }
  }
  return { width, height: width, data };
}
