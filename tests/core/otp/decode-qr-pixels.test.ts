import { describe, expect, it } from 'vitest';
import { decodeQrPixels } from '../../../core/otp/decode-qr-pixels';
import { qrRaster } from './qr-raster';

const uri = 'otpauth://totp/ACME:jo?secret=JBSWY3DPEHPK3PXP&issuer=ACME';

describe('decodeQrPixels', () => {
  it('reads the otpauth URI out of a QR code image', () => {
    expect(decodeQrPixels(qrRaster(uri))).toBe(uri);
  });

  it('reads a QR code drawn light on dark', () => {
    const image = qrRaster(uri);
    const inverted = image.data.map((value, index) => (index % 4 === 3 ? value : 255 - value));
    expect(decodeQrPixels({ ...image, data: inverted })).toBe(uri);
  });

  it('says so when the image holds no QR code', () => {
    const blank = { width: 40, height: 40, data: new Uint8ClampedArray(40 * 40 * 4).fill(255) };
    expect(() => decodeQrPixels(blank)).toThrow(expect.objectContaining({ code: 'QrNotFound' }));
  });

  it('refuses pixel buffers that do not match their size', () => {
    const bad = [
      { width: 10, height: 10, data: new Uint8ClampedArray(10) },
      { width: 0, height: 10, data: new Uint8ClampedArray(0) },
      { width: 1.5, height: 2, data: new Uint8ClampedArray(12) },
      { width: 10, height: 10, data: new Uint8Array(400) as unknown as Uint8ClampedArray },
    ];
    for (const pixels of bad) {
      expect(() => decodeQrPixels(pixels)).toThrow(expect.objectContaining({ code: 'QrBadPixels' }));
    }
  });
});
