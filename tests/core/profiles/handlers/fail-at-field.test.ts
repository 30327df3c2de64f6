import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../../core/errors/sidekey-error';
import { FieldError } from '../../../../core/messages/field-error';
import { replyFromError } from '../../../../core/messages/reply';
import { failAtField } from '../../../../core/profiles/handlers/fail-at-field';

const FIELDS = { NotAuthorizedException: 'oldPassword' };
const failing = (error: unknown) => () => Promise.reject(error);

describe('failAtField', () => {
  it('answers what the work answers when it succeeds', async () => {
    await expect(failAtField(FIELDS, async () => 42)).resolves.toBe(42);
  });

  it('names the field of a listed code, keeping the code and the message', async () => {
    const error = new SidekeyError({ code: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    const thrown = await failAtField(FIELDS, failing(error)).catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(FieldError);
    expect(replyFromError(thrown)).toEqual({
      ok: false,
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
      field: 'oldPassword',
    });
  });

  it('passes any other failure through unchanged', async () => {
    const other = new SidekeyError({ code: 'LimitExceededException', message: 'Too many.' });
    await expect(failAtField(FIELDS, failing(other))).rejects.toBe(other);
    const plain = new Error('boom');
    await expect(failAtField(FIELDS, failing(plain))).rejects.toBe(plain);
    const already = new FieldError({ code: 'NotAuthorizedException', field: 'x', message: 'm' });
    await expect(failAtField(FIELDS, failing(already))).rejects.toBe(already);
  });
});
