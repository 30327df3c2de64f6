/** Amplify's `signInWithRedirect({ provider })`: a named social provider, a custom IdP name, or an IdP identifier. */
export type RedirectProvider =
  | 'Google'
  | 'Facebook'
  | 'Amazon'
  | 'Apple'
  | { custom: string }
  | { idpIdentifier: string };

const NAMED: Record<string, string> = {
  Google: 'Google',
  Facebook: 'Facebook',
  Amazon: 'LoginWithAmazon',
  Apple: 'SignInWithApple',
};

/**
 * The authorize request's IdP parameter for a provider, as Amplify maps it (docs/cognito-api.md §8.1): none →
 * `identity_provider=COGNITO`, named providers → Cognito's names, `{custom}` as given, `{idpIdentifier}` →
 * `idp_identifier`. https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
 */
export function identityProviderParam(provider?: RedirectProvider): { name: string; value: string } {
  if (provider === undefined) return { name: 'identity_provider', value: 'COGNITO' };
  if (typeof provider === 'string') return { name: 'identity_provider', value: NAMED[provider] ?? provider };
  if ('custom' in provider) return { name: 'identity_provider', value: provider.custom };
  return { name: 'idp_identifier', value: provider.idpIdentifier };
}
