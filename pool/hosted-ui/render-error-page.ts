import { escapeHtml } from './escape-html';

/** The hosted UI's error page (shown when it may not redirect: bad client_id or redirect_uri, RFC 6749 §4.1.2.1). */
export function renderErrorPage(options: { error: string; description: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Error</title></head>
<body>
<div class="modal-dialog"><div class="modal-content background-customizable">
<h1 class="errorMessage-customizable" id="errorMessage">An error was encountered with the requested page.</h1>
<p><code id="error">${escapeHtml(options.error)}</code>: <span id="errorDescription">${escapeHtml(options.description)}</span></p>
</div></div>
</body>
</html>`;
}
