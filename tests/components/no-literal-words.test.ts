import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Every word a view shows comes from public/_locales through useT() (docs/i18n.md §1). This test parses each .tsx
 * under components/ and fails on a word written into the markup: a JSX text child, or a person-facing attribute
 * given as a string literal (or a template or expression holding one).
 */
const ROOT = join(import.meta.dirname, '../..');

/** Attributes a person reads or hears. */
const WORDED_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label']);

/** Brand and protocol names and glyphs, which no language translates. Keep it short. */
const ALLOWED = new Set(['Sidekey', 'S', 'otpauth://', 'SHA1', 'SHA256', 'SHA512', 'us-east-1']);

/** An Amplify API name, which the account settings show on hover (`fetchDevices`, `updateMFAPreference (DISABLED)`). */
const API_NAME = /^[a-z]+[A-Z]\w*(?: \([\w: ]+\))?$/;

/**
 * A Cognito wire name shown on hover for developers (`USER_SRP_AUTH`, `identity_provider=`), or an example web
 * address (`https://app.example.com`): no language translates either.
 */
const WIRE_NAME = /^(?:[A-Za-z]+(?:_[A-Za-z]+)+=?|https?:\/\/[\w.:-]+)$/;

function views(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return views(path);
    return entry.name.endsWith('.tsx') ? [relative(ROOT, path)] : [];
  });
}

/** Text a person would read: it has a letter and is not a name every language keeps. */
const isWords = (text: string) =>
  /\p{L}/u.test(text) && !ALLOWED.has(text.trim()) && !API_NAME.test(text.trim()) && !WIRE_NAME.test(text.trim());

/** Operators whose string operands are compared, not shown (`field === 'label' ? … : …`). */
const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** String literals and template text inside an attribute's value (`{cond ? 'a' : 'b'}`, `{`x ${y}`}`). */
function literalsIn(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [
      node.head.text,
      ...node.templateSpans.map((span) => span.literal.text),
      ...node.templateSpans.flatMap((span) => literalsIn(span.expression)),
    ];
  }
  // A call's arguments are keys or values, not words (t('key'), format(x)); so are an index and a comparison.
  if (ts.isCallExpression(node) || ts.isElementAccessExpression(node)) return [];
  if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) return [];
  if (ts.isConditionalExpression(node)) return [...literalsIn(node.whenTrue), ...literalsIn(node.whenFalse)];
  return node.getChildren().flatMap(literalsIn);
}

/** Each word written into the markup of `path`, as `line: text`. */
function literalWords(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push(`${line}: ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isWords(node.text)) at(node, node.text);
    if (ts.isJsxAttribute(node) && WORDED_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      for (const text of literalsIn(node.initializer)) if (isWords(text)) at(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the views', () => {
  const paths = views(join(ROOT, 'components'));

  it('include every view', () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(paths).toContain('components/AccountsView.tsx');
  });

  it.each(paths)('%s writes no word into its markup: each comes from the locales', (path) => {
    expect(literalWords(path, readFileSync(join(ROOT, path), 'utf8'))).toEqual([]);
  });
});

describe('literalWords', () => {
  it('finds text children and worded attributes, and lets keys, glyphs and brand names through', () => {
    const source = [
      'const a = <p title="Hello" aria-label={t("a_key")}>Some words</p>;',
      'const b = <input placeholder={open ? "Open" : t("b_key")} alt={`Photo of $' + '{name}`} />;',
      'const c = <span aria-hidden="true">×</span>;',
      'const d = <h1 label={t("c_key", [name])}>Sidekey</h1>;',
      'const e = <p>{t("d_key")} — {count}</p>;',
      'const f = <a title="fetchDevices" placeholder={kind === "label" ? t("e_key") : "Pool name"} />;',
      'const g = <option title="USER_SRP_AUTH" label={`identity_provider=$' +
        '{wire}`} placeholder="https://a.example.com" />;',
      'const h = <option title="Sign_in now" alt="https://a.example.com is yours" />;',
    ].join('\n');
    expect(literalWords('x.tsx', source)).toEqual([
      '1: Hello',
      '1: Some words',
      '2: Open',
      '2: Photo of',
      '6: Pool name',
      '8: Sign_in now',
      '8: https://a.example.com is yours',
    ]);
  });
});
