/**
 * The demo site's pages: each is one Amplify app (one user pool + app client from pool/seed/demo.json) at a path
 * of the demo origin. Two pools because Cognito asks for TOTP set-up (MFA_SETUP) only where MFA is required.
 */
export interface DemoSite {
  /** Path of the page on the demo origin. */
  path: string;
  title: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Offer the passwordless first factors the pool allows (email code, passkey) beside the password. */
  passwordless: boolean;
  /**
   * The app client has the pool's hosted sign-in pages (OAuth code flow with Sidekey's redirect URLs and the
   * ExampleCorp provider, pool/seed/demo.json): `npm start` adds the pool with the pool's own address as its hosted
   * sign-in domain.
   */
  hostedSignIn?: true;
}

export const DEMO_SITES: readonly DemoSite[] = [
  {
    path: '/',
    title: 'Sidekey demo',
    userPoolId: 'local_Sidekey01',
    userPoolClientId: 'sidekeydemoclient000000001',
    passwordless: true,
    hostedSignIn: true,
  },
  {
    path: '/mfa-required',
    title: 'Sidekey demo — MFA required',
    userPoolId: 'local_SidekeyMfaOn',
    userPoolClientId: 'sidekeymfaclient0000000001',
    passwordless: false,
  },
];

/** A seeded user as the page lists it (public demo data). */
export interface DemoUser {
  username: string;
  password?: string;
  note?: string;
}

/** What the demo server answers at `/config.json`: where the pool is, and the users of each page's pool. */
export interface DemoConfig {
  /** The local pool's URL, as Amplify's `userPoolEndpoint`. */
  userPoolEndpoint: string;
  sites: (DemoSite & { users: DemoUser[] })[];
}

/** The page for a path (`/mfa-required/` too); the first site for any other path. */
export function siteForPath<T extends DemoSite>(sites: readonly T[], path: string): T {
  const trimmed = path.replace(/\/+$/, '') || '/';
  return sites.find((site) => site.path === trimmed) ?? sites[0]!;
}
