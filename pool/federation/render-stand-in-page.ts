import { escapeHtml } from '../hosted-ui/escape-html';

/**
 * The stand-in identity provider's sign-in page: who the provider is, a form taking the email address (and an
 * optional name) to sign in as, *Sign in* and *Cancel*. Both buttons post to the same address with the
 * provider's authorize query. `error` says what was wrong with the last post.
 */
export function renderStandInPage(options: { provider: string; query: string; error?: string }): string {
  const provider = escapeHtml(options.provider);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in with ${provider}</title>
<style>
  body { font-family: sans-serif; background: #eef1f5; }
  main { max-width: 380px; margin: 40px auto; background: #fff; padding: 16px 24px; border-radius: 6px; }
  label { display: block; margin-top: 12px; }
  input[type="email"], input[type="text"] { width: 100%; box-sizing: border-box; padding: 8px; margin-top: 4px; }
  .buttons { display: flex; gap: 8px; margin-top: 16px; }
  button { flex: 1; padding: 10px; }
  .note { color: #555; font-size: 0.9em; }
  .error { color: #b00020; }
</style>
</head>
<body>
<main>
  <h1 id="standInProvider">${provider}</h1>
  <p class="note">A stand-in identity provider served by the local user pool: nothing leaves this machine, and any
  email address signs in as that person.</p>
  ${options.error ? `<p id="standInError" class="error" role="alert">${escapeHtml(options.error)}</p>` : ''}
  <form name="standInSignIn" method="post" action="?${escapeHtml(options.query)}">
    <label for="standInEmail">Email address</label>
    <input id="standInEmail" name="email" type="email" autocomplete="email" required>
    <label for="standInName">Name (optional)</label>
    <input id="standInName" name="name" type="text" autocomplete="name">
    <div class="buttons">
      <button type="submit" name="action" value="sign-in">Sign in</button>
      <button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
    </div>
  </form>
</main>
</body>
</html>`;
}
