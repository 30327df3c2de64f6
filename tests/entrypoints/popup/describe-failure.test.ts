import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure, RESTART_CODES } from '../../../entrypoints/popup/describe-failure';
import { stringUnion } from '../../support/string-union';
import { english, readLocale, translateWith } from '../../support/translate-messages';

const ROOT = join(import.meta.dirname, '../../..');
const german = translateWith(readLocale('de'));

/**
 * Every member of the failure-code unions: each request's codes in the vault and account contracts (with the
 * router's and the transport's), the vault's item codes and core's own.
 */
const failureCodes = () =>
  stringUnion(
    join(ROOT, 'tests/entrypoints/popup/failure-codes-probe.ts'),
    [
      "import type { SidekeyErrorCode } from '../../../core/errors/sidekey-error';",
      "import type { VaultErrorCode } from '../../../core/vault/vault-messages';",
      "import type { MessageErrorCode, MessageType } from '../../../entrypoints/extension-pages/create-message-client';",
      'export type Codes = MessageErrorCode<MessageType> | VaultErrorCode | SidekeyErrorCode;',
    ].join('\n'),
  );

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
