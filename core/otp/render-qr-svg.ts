import { renderSVG } from 'uqr';

/**
 * Renders text (an otpauth URI) as a QR code SVG string, medium error correction, white quiet zone, so any
 * authenticator app can scan it off the screen.
 */
export function renderQrSvg(text: string): string {
  return renderSVG(text, { ecc: 'M', border: 2 });
}
