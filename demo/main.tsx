/** @jsxImportSource react */
import '@aws-amplify/ui-react/styles.css';
import './demo.css';
import { Amplify } from 'aws-amplify';
import { createRoot } from 'react-dom/client';
import { DemoApp } from './DemoApp';
import { type DemoConfig, siteForPath } from './demo-sites';

/** Reads the runtime config the demo server injects, points Amplify at the local pool and shows the page. */
async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    root.render(<p role="alert">The demo server gave no config ({response.status}).</p>);
    return;
  }
  const config = (await response.json()) as DemoConfig;
  const site = siteForPath(config.sites, location.pathname);
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: site.userPoolId,
        userPoolClientId: site.userPoolClientId,
        userPoolEndpoint: config.userPoolEndpoint,
        loginWith: { username: true },
        signUpVerificationMethod: 'code',
        userAttributes: { email: { required: true } },
        ...(site.passwordless
          ? { passwordless: { emailOtpEnabled: true, webAuthn: { relyingPartyId: 'localhost' } } }
          : {}),
      },
    },
  });
  document.title = site.title;
  root.render(<DemoApp site={site} sites={config.sites} />);
}

void main();
