/**
 * Which import a pasted text is: a Google Authenticator export link, one `otpauth://` link, or a list of them. In
 * its own file so the popup's QR scan uses it without loading the settings page's ImportPanel at every open.
 */
export function textImportKind(text: string): 'migration' | 'otpauth-uri' | 'otpauth-list' {
  const lines = text
    .trim()
    .split(/\s*\n\s*/)
    .filter(Boolean);
  if (lines.length === 1 && lines[0]!.toLowerCase().startsWith('otpauth-migration:')) return 'migration';
  return lines.length === 1 ? 'otpauth-uri' : 'otpauth-list';
}
