/**
 * An OAuth 2.0 error the hosted UI answers with (RFC 6749 §4.1.2.1 for the authorize redirect, §5.2 for the token
 * endpoint, RFC 6750 §3.1 for userInfo). `redirect` says whether the authorize endpoint may send it back to the
 * client's redirect_uri (only once client_id and redirect_uri are known good).
 */
export class OAuthError extends Error {
  override readonly name = 'OAuthError';
  readonly error: string;
  readonly status: number;
  readonly redirect: boolean;

  constructor(options: { error: string; description: string; status?: number; redirect?: boolean }) {
    super(options.description);
    this.error = options.error;
    this.status = options.status ?? 400;
    this.redirect = options.redirect ?? false;
  }
}
