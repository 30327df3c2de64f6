/** @jsxImportSource react */
import { Authenticator } from '@aws-amplify/ui-react';
import { DemoUsers } from './DemoUsers';
import type { DemoConfig } from './demo-sites';
import { SignedIn } from './SignedIn';

type DemoPage = DemoConfig['sites'][number];

/** One demo page: Amplify UI's Authenticator on this page's pool, the seeded users beside it, links to the others. */
export function DemoApp(props: { site: DemoPage; sites: DemoPage[] }) {
  const { site } = props;
  return (
    <main className="demo">
      <header>
        <h1>{site.title}</h1>
        <nav aria-label="Demo pages">
          {props.sites
            .filter((other) => other.path !== site.path)
            .map((other) => (
              <a key={other.path} href={other.path}>
                {other.title}
              </a>
            ))}
        </nav>
      </header>
      <Authenticator
        signUpAttributes={['email']}
        formFields={{ setupTotp: { QR: { totpIssuer: 'Sidekey demo' } } }}
        // The password form first; "Other sign-in options" offers the email code and the passkey.
        passwordless={site.passwordless ? { preferredAuthMethod: 'PASSWORD' } : undefined}
      >
        {({ user, signOut }) => (
          <SignedIn username={user?.username ?? ''} onSignOut={() => signOut?.()} passkeys={site.passwordless} />
        )}
      </Authenticator>
      <DemoUsers userPoolId={site.userPoolId} users={site.users} />
    </main>
  );
}
