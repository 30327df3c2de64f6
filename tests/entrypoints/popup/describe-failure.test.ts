import { describe, expect, it } from 'vitest';
import { describeFailure, RESTART_CODES } from '../../../entrypoints/popup/describe-failure';
import { english } from '../../support/translate-messages';

describe('describeFailure', () => {
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

  it('keeps the worker’s own message for codes it has no sentence for', () => {
    expect(describeFailure({ code: 'InvalidProfile', message: '"x" is not an app client id.' }, english)).toBe(
      '"x" is not an app client id.',
    );
  });
});
