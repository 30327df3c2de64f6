import type { PoolProfile } from './pool-profile';

/** A pool address that is not Amazon Cognito's own: allowed, but the user should know who gets their sign-ins. */
export interface PoolHostWarning {
  field: 'userPoolEndpoint' | 'hostedUiDomain';
  host: string;
  message: string;
}

/** Cognito's API hosts (`cognito-idp.<region>.amazonaws.com[.cn]`) and hosted-UI prefix domains. */
const AWS_API_HOST = /\.amazonaws\.com(\.cn)?$/;
const AWS_HOSTED_UI_HOST = /\.amazoncognito\.com(\.cn)?$/;

/** `host` (with any port) to show, `hostname` to judge; an unparsable address is judged as it is, never as AWS. */
function hostOf(address: string): { host: string; hostname: string } {
  try {
    const { host, hostname } = new URL(address);
    return { host, hostname };
  } catch {
    return { host: address, hostname: address };
  }
}

/**
 * The warnings a pool's addresses earn (docs/security.md §3): an endpoint that is not an AWS host, or a hosted UI
 * that is not a Cognito prefix domain, receives the user's password and tokens — a local pool or a company's proxy
 * or custom domain is fine, a look-alike is not, and only the user can tell them apart.
 */
export function poolHostWarnings(pool: Pick<PoolProfile, 'userPoolEndpoint' | 'hostedUi'>): PoolHostWarning[] {
  const warnings: PoolHostWarning[] = [];
  if (pool.userPoolEndpoint) {
    const { host, hostname } = hostOf(pool.userPoolEndpoint);
    if (!AWS_API_HOST.test(hostname))
      warnings.push({
        field: 'userPoolEndpoint',
        host,
        message: `Passwords and codes for this pool go to ${host}, which is not Amazon Cognito. Keep it only if you run or trust that server.`,
      });
  }
  if (pool.hostedUi) {
    const { host, hostname } = hostOf(pool.hostedUi.domain);
    if (!AWS_HOSTED_UI_HOST.test(hostname))
      warnings.push({
        field: 'hostedUiDomain',
        host,
        message: `Hosted sign-in for this pool opens ${host}, which is not an Amazon Cognito domain. Keep it only if it is your pool's custom domain.`,
      });
  }
  return warnings;
}
