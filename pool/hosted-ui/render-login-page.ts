import { escapeHtml } from './escape-html';

/**
 * The classic hosted UI's sign-in page (docs/sign-in-pages.md): the form is rendered twice for responsive layouts
 * (`.visible-xs.visible-sm` and `.visible-md.visible-lg`), so every id — `signInFormUsername`,
 * `signInFormPassword`, `cognito-asf-data`, `loginErrorMessage` — appears twice, as on Cognito's page; the submit
 * button is `input[name="signInSubmitButton"]` "Sign in". Both forms post to `/login` with the authorize query.
 */
export function renderLoginPage(options: {
  query: string;
  csrfToken: string;
  clientName: string;
  username?: string;
  error?: string;
}): string {
  const form = (layout: string) => `
  <div class="modal-content background-customizable modal-content-mobile ${layout}">
    <div class="banner-customizable"><center><span class="logo-customizable">${escapeHtml(options.clientName)}</span></center></div>
    <div class="modal-body">
      <div><h3 class="textDescription-customizable">Sign in with your username and password</h3></div>
      ${options.error ? `<p id="loginErrorMessage" class="errorMessage-customizable">${escapeHtml(options.error)}</p>` : ''}
      <form name="cognitoSignInForm" method="post" action="/login?${escapeHtml(options.query)}" class="cognito-asf">
        <input name="_csrf" type="hidden" value="${escapeHtml(options.csrfToken)}">
        <input name="cognitoAsfData" type="hidden" id="cognito-asf-data" value="">
        <label class="label-customizable" for="signInFormUsername">Username</label>
        <div><input id="signInFormUsername" name="username" type="text" class="form-control inputField-customizable" placeholder="Username" autocapitalize="none" autocomplete="username" required value="${escapeHtml(options.username ?? '')}"></div>
        <label class="label-customizable" for="signInFormPassword">Password</label>
        <div><input id="signInFormPassword" name="password" type="password" class="form-control inputField-customizable" placeholder="Password" autocomplete="current-password" required></div>
        <input name="signInSubmitButton" type="submit" value="Sign in" class="btn btn-primary submitButton-customizable" aria-label="submit">
      </form>
    </div>
  </div>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Signin</title>
<style>
  body { font-family: sans-serif; background: #f6f6f6; }
  .modal-content { max-width: 360px; margin: 40px auto; background: #fff; padding: 16px 24px; border-radius: 6px; }
  .form-control { width: 100%; box-sizing: border-box; margin: 4px 0 12px; padding: 8px; }
  .btn-primary { width: 100%; padding: 10px; }
  .errorMessage-customizable { color: #b00020; }
  @media (max-width: 991px) { .visible-md.visible-lg { display: none; } }
  @media (min-width: 992px) { .visible-xs.visible-sm { display: none; } }
</style>
</head>
<body>
<div class="modal-dialog">${form('visible-xs visible-sm')}${form('visible-md visible-lg')}
</div>
</body>
</html>`;
}
