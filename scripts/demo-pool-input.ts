import type { DemoSite } from '../demo/demo-sites';
import type { DemoPasswordPolicy } from '../demo/describe-password-policy';

/**
 * The `profiles.add` input (docs/messages.md) `npm start` sends for one demo page's pool: labelled with the page,
 * bound to the demo origin, on the local pool's endpoint, with the pool's password policy when known and — where the
 * page's app client has the hosted sign-in pages — the local pool's own address as the hosted sign-in domain (the
 * local pool serves /oauth2/* and /login itself), so *Hosted sign-in page* works without an edit in Settings.
 */
export function demoPoolInput(
  site: DemoSite & { passwordPolicy?: DemoPasswordPolicy },
  options: { demoUrl: string; userPoolEndpoint: string },
) {
  return {
    label: site.title,
    userPoolId: site.userPoolId,
    userPoolClientId: site.userPoolClientId,
    userPoolEndpoint: options.userPoolEndpoint,
    origins: [options.demoUrl],
    ...(site.hostedSignIn ? { hostedUiDomain: new URL(options.userPoolEndpoint).origin } : {}),
    ...(site.passwordPolicy ? { passwordPolicy: site.passwordPolicy } : {}),
  };
}
