/** One OTP credential, as parsed from an otpauth URI, a migration payload or typed fields. */
export interface OtpParams {
  kind: 'totp' | 'hotp';
  /** Canonical base32 (RFC 4648 alphabet, upper case, no padding, no spaces). */
  secret: string;
  algorithm: 'SHA1' | 'SHA256' | 'SHA512';
  digits: number;
  /** TOTP step in seconds (kept at the default 30 for HOTP). */
  period: number;
  /** HOTP moving factor (0 for TOTP). */
  counter: number;
  issuer: string;
  account: string;
}

/**
 * Accepted ranges. RFC 4226 §5.3 allows 6+ digits (we cap at 10, the most a 31-bit value has); RFC 6238 §4.1
 * leaves the step open (we accept 1 s to 1 h). Secrets shorter than 80 bits are refused (RFC 4226 §4 asks for
 * at least 128 bits, but real issuers still hand out 80-bit ones).
 */
export const OTP_LIMITS = {
  digits: { min: 6, max: 10 },
  period: { min: 1, max: 3600 },
  secretBytes: { min: 10, max: 512 },
  text: { max: 256 },
} as const;

export const OTP_ALGORITHMS = ['SHA1', 'SHA256', 'SHA512'] as const;
