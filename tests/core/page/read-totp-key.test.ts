import { describe, expect, it } from 'vitest';
import { readTotpKey } from '../../../core/page/read-totp-key';
import { qrPixels } from './qr-pixels';

const image = {} as HTMLImageElement;
const URI = 'otpauth://totp/AWSCognito:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=AWSCognito';

describe('readTotpKey', () => {
  it('reads the otpauth URI from the QR image, taking the account from its label', () => {
    const key = readTotpKey({ qrImage: image }, { readPixels: () => qrPixels(URI), account: 'someone-else' });
    expect(key).toEqual({ uri: URI, account: 'alice' });
  });

  it('falls back to the printed secret when the QR cannot be read, with the account being signed in', () => {
    const key = readTotpKey(
      { qrImage: image, secretText: ' jbsw y3dp ehpk 3pxp ' },
      { readPixels: () => null, account: 'alice' },
    );
    expect(key).toEqual({ secret: 'JBSWY3DPEHPK3PXP', account: 'alice' });
  });

  it('ignores a QR code that is not an otpauth URI', () => {
    const key = readTotpKey(
      { qrImage: image, secretText: 'JBSWY3DPEHPK3PXP' },
      { readPixels: () => qrPixels('https://example.com/'), account: undefined },
    );
    expect(key).toEqual({ secret: 'JBSWY3DPEHPK3PXP', account: '' });
  });

  it('answers null when neither the QR nor the text holds a key', () => {
    expect(readTotpKey({ secretText: 'Loading…' }, { readPixels: () => null, account: 'alice' })).toBeNull();
    expect(readTotpKey({ secretText: 'ABC' }, { readPixels: () => null, account: 'alice' })).toBeNull();
  });
});
