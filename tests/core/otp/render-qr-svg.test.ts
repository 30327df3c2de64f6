import { describe, expect, it } from 'vitest';
import { renderQrSvg } from '../../../core/otp/render-qr-svg';

describe('renderQrSvg', () => {
  it('renders a self-contained SVG document with dark modules', () => {
    const svg = renderQrSvg('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('viewBox');
    expect(svg).toMatch(/<path|<rect/);
    expect(svg).not.toContain('<script');
  });

  it('draws different codes for different secrets', () => {
    expect(renderQrSvg('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP')).not.toBe(
      renderQrSvg('otpauth://totp/x?secret=GEZDGNBVGY3TQOJQ'),
    );
  });
});
