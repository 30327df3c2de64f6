/**
 * A tiny "browser" for a sign-in through an identity provider over real HTTP: the app's authorize request, the
 * stand-in provider's page, its form posted as a person pressing *Sign in* (or *Cancel*), and the pool's
 * idpresponse. Resolves with every address visited and where the pool finally sent the person (the app's redirect
 * URI with a code or an error), or the status and page of the first answer that was not a redirect.
 */
export async function signInThroughProvider(options: {
  authorizeUrl: string;
  email: string;
  name?: string;
  action?: 'sign-in' | 'cancel';
}): Promise<{ visited: string[]; location?: string; status: number; html?: string }> {
  const visited: string[] = [];
  const get = async (address: string) => {
    visited.push(address);
    return fetch(address, { redirect: 'manual' });
  };
  const authorize = await get(options.authorizeUrl);
  const providerPage = authorize.headers.get('location');
  if (authorize.status !== 302 || !providerPage)
    return { visited, status: authorize.status, html: await authorize.text() };
  if (!new URL(providerPage).pathname.startsWith('/stand-in-idp/'))
    return { visited, status: 302, location: providerPage };
  const page = await get(providerPage);
  if (page.status !== 200) return { visited, status: page.status, html: await page.text() };
  await page.text();
  visited.push(`POST ${providerPage}`);
  const posted = await fetch(providerPage, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: options.email, name: options.name ?? '', action: options.action ?? 'sign-in' }),
  });
  const idpResponse = posted.headers.get('location');
  if (posted.status !== 302 || !idpResponse) return { visited, status: posted.status, html: await posted.text() };
  const answer = await get(idpResponse);
  const location = answer.headers.get('location');
  return location
    ? { visited, status: answer.status, location }
    : { visited, status: answer.status, html: await answer.text() };
}
