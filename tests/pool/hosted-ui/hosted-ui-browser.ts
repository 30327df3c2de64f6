/**
 * A tiny "browser" for the classic hosted UI over real HTTP: follows the authorize redirect to the sign-in page,
 * reads the first of its two forms (action, `_csrf`) and posts the credentials with the CSRF cookie, as a person
 * pressing "Sign in" would. Resolves with the final redirect (Location) or the re-rendered page.
 */
export async function signInThroughHostedUi(options: {
  authorizeUrl: string;
  username: string;
  password: string;
}): Promise<{ status: number; location?: string; html?: string }> {
  const authorize = await fetch(options.authorizeUrl, { redirect: 'manual' });
  const loginLocation = authorize.headers.get('location');
  if (authorize.status !== 302 || !loginLocation) {
    return { status: authorize.status, html: await authorize.text(), location: loginLocation ?? undefined };
  }
  const loginUrl = new URL(loginLocation, options.authorizeUrl);
  if (loginUrl.origin !== new URL(options.authorizeUrl).origin) return { status: 302, location: loginLocation };
  const page = await fetch(loginUrl, { redirect: 'manual' });
  const html = await page.text();
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const form = readFirstForm(html);
  const body = new URLSearchParams({
    _csrf: form.csrf,
    username: options.username,
    password: options.password,
    signInSubmitButton: 'Sign in',
  });
  const post = await fetch(new URL(form.action, loginUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: body.toString(),
  });
  const location = post.headers.get('location') ?? undefined;
  return location ? { status: post.status, location } : { status: post.status, html: await post.text() };
}

function readFirstForm(html: string): { action: string; csrf: string } {
  const action = /<form[^>]*name="cognitoSignInForm"[^>]*action="([^"]*)"/.exec(html)?.[1];
  const csrf = /<input name="_csrf" type="hidden" value="([^"]*)"/.exec(html)?.[1];
  if (action === undefined || csrf === undefined) throw new Error('No sign-in form on the page');
  return { action: action.replace(/&amp;/g, '&'), csrf };
}
