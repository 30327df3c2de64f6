import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { describeFailure, RESTART_CODES } from '../../../entrypoints/popup/describe-failure';
import { english, readLocale, translateWith } from '../../support/translate-messages';

const ROOT = join(import.meta.dirname, '../../..');
const german = translateWith(readLocale('de'));

/**
 * Every member of the failure-code unions, read from the sources by the TypeScript compiler: each request's codes
 * in the vault and account contracts (with the router's and the transport's), the vault's item codes and core's own.
 */
function failureCodes(): string[] {
  const probe = join(ROOT, 'tests/entrypoints/popup/failure-codes-probe.ts');
  const text = [
    "import type { SidekeyErrorCode } from '../../../core/errors/sidekey-error';",
    "import type { VaultErrorCode } from '../../../core/vault/vault-messages';",
    "import type { MessageErrorCode, MessageType } from '../../../entrypoints/extension-pages/create-message-client';",
    'export type Codes = MessageErrorCode<MessageType> | VaultErrorCode | SidekeyErrorCode;',
  ].join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (path) => path === probe || fileExists(path);
  host.getSourceFile = (path, language, ...rest) =>
    path === probe ? ts.createSourceFile(path, text, language) : getSourceFile(path, language, ...rest);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const alias = program.getSourceFile(probe)!.statements.find(ts.isTypeAliasDeclaration)!;
  const union = checker.getTypeAtLocation(alias.name);
  const members = union.isUnion() ? union.types : [union];
  return members.map((member) => {
    if (!member.isStringLiteral()) throw new Error(`${checker.typeToString(member)} is not a code`);
    return member.value;
  });
}

describe('describeFailure', () => {
  it('has a sentence in English and in German for every code of the failure unions', { timeout: 60_000 }, () => {
    const codes = failureCodes();
    expect(codes.length).toBeGreaterThan(100);
    expect(codes).toEqual(expect.arrayContaining(['UserPoolNotFound', 'SiteNotBound', 'TokenRevokedException']));
    const worker = 'the worker’s English';
    const unworded = codes.filter(
      (code) =>
        describeFailure({ code, message: worker }, english) === worker ||
        describeFailure({ code, message: worker }, german) === worker,
    );
    expect(unworded).toEqual([]);
  });

  it('turns Cognito’s wrong-code exceptions into one sentence', () => {
    expect(describeFailure({ code: 'CodeMismatchException', message: 'Invalid code provided' }, english)).toBe(
      'That code is not right.',
    );
    expect(describeFailure({ code: 'EnableSoftwareTokenMFAException', message: 'Code mismatch' }, english)).toBe(
      'That code is not right.',
    );
  });

  it('says an expired sign-in must start again, and marks it as restartable', () => {
    expect(describeFailure({ code: 'SignInSessionExpired', message: 'x' }, english)).toBe(
      'The sign-in expired; start again.',
    );
    expect(RESTART_CODES.has('SignInSessionExpired')).toBe(true);
    expect(RESTART_CODES.has('CodeMismatchException')).toBe(false);
  });

  it('words a refused pool setting by the field the reply names, in the browser’s language', () => {
    const refusal = { code: 'InvalidProfile', message: '"x" is not an app client id.' };
    expect(describeFailure({ ...refusal, field: 'userPoolClientId' }, english)).toBe(
      'That is not an app client id (letters, digits, + and _, up to 128).',
    );
    expect(describeFailure({ ...refusal, field: 'origins.2' }, german)).toBe(
      'Das ist keine Website-Adresse, die Sidekey verwenden kann: https://host oder http://localhost mit Port.',
    );
    expect(describeFailure({ ...refusal, field: 'toString' }, english)).toBe(
      'One of the pool’s settings is not valid. Check them and try again.',
    );
  });

  it('keeps the worker’s own message for a code outside the unions (a newer worker’s)', () => {
    expect(describeFailure({ code: 'SomethingNew', message: 'Something new went wrong.' }, english)).toBe(
      'Something new went wrong.',
    );
    expect(describeFailure({ code: 'constructor', message: 'Not a code.' }, english)).toBe('Not a code.');
  });
});
