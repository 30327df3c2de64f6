import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import { FieldError } from '../../../core/messages/field-error';
import {
  absentAsEmpty,
  boolean,
  booleanOr,
  dictionary,
  list,
  noInput,
  nullable,
  number,
  object,
  oneOf,
  optional,
  parser,
  refine,
  string,
  variants,
} from '../../../core/messages/shape';

/** What a parser threw, as the reply would carry it. */
function refusal(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (!(error instanceof SidekeyError)) throw error;
    return { code: error.code, field: error instanceof FieldError ? error.field : undefined, message: error.message };
  }
  throw new Error('expected a refusal');
}

describe('message input shapes', () => {
  const signIn = parser(
    object({
      profileId: string({ max: 64 }),
      password: optional(string()),
      options: optional(object({ flow: optional(oneOf(['SRP', 'PASSWORD'])), global: optional(boolean()) })),
    }),
  );

  it('answers the input typed, leaving out keys it does not name and optional ones not given', () => {
    expect(signIn({ profileId: 'p1', extra: 'ignored', options: { flow: 'SRP' } })).toEqual({
      profileId: 'p1',
      options: { flow: 'SRP' },
    });
    expect(Object.keys(signIn({ profileId: 'p1' }))).toEqual(['profileId']);
  });

  it('refuses with BadMessage naming the field by its path', () => {
    expect(refusal(() => signIn({ profileId: '' }))).toMatchObject({ code: 'BadMessage', field: 'profileId' });
    expect(refusal(() => signIn({ profileId: 'x'.repeat(65) }))).toMatchObject({ field: 'profileId' });
    expect(refusal(() => signIn({ profileId: 'p1', options: { flow: 'ADMIN' } }))).toMatchObject({
      code: 'BadMessage',
      field: 'options.flow',
      message: '"options.flow" must be one of SRP, PASSWORD.',
    });
    expect(refusal(() => signIn({ profileId: 'p1', options: { global: 'yes' } }))).toMatchObject({
      field: 'options.global',
    });
    expect(refusal(() => signIn({ profileId: 'p1', password: null }))).toMatchObject({ field: 'password' });
  });

  it('refuses input that is not an object without a field', () => {
    for (const input of [undefined, null, 'p1', 3, ['p1']]) {
      expect(refusal(() => signIn(input))).toEqual({
        code: 'BadMessage',
        field: undefined,
        message: 'The input must be an object.',
      });
    }
  });

  it('does not read keys an object only inherits', () => {
    const read = parser(object({ toString: optional(string()), constructor: optional(string()) }));
    expect(read({})).toEqual({});
  });

  it('names the item of a list or a dictionary that is wrong', () => {
    const read = parser(object({ ids: list(string(), { max: 2 }), attributes: optional(dictionary(string())) }));
    expect(refusal(() => read({ ids: ['a', 7] }))).toMatchObject({ field: 'ids.1' });
    expect(refusal(() => read({ ids: ['a', 'b', 'c'] }))).toMatchObject({ field: 'ids' });
    expect(refusal(() => read({ ids: [], attributes: { email: 1 } }))).toMatchObject({ field: 'attributes.email' });
  });

  it('checks numbers for being finite, whole and in range when asked', () => {
    const read = parser(object({ n: number({ integer: true, min: 0, max: 10 }) }));
    expect(read({ n: 10 })).toEqual({ n: 10 });
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, -1, 11, '5']) {
      expect(refusal(() => read({ n }))).toMatchObject({ field: 'n' });
    }
  });

  it('trims when asked and measures the trimmed text', () => {
    const read = parser(object({ name: string({ trim: true }) }));
    expect(read({ name: '  x ' })).toEqual({ name: 'x' });
    expect(refusal(() => read({ name: '   ' }))).toMatchObject({ field: 'name' });
  });

  it('tells null from absent only where the shape says so', () => {
    const read = parser(object({ cognito: optional(nullable(object({ id: string() }))) }));
    expect(read({ cognito: null })).toEqual({ cognito: null });
    expect(read({})).toEqual({});
    expect(parser(absentAsEmpty(object({ origin: optional(string()) })))(null)).toEqual({});
    expect(parser(noInput())(null)).toBeUndefined();
    expect(refusal(() => parser(noInput())({ extra: true }))).toMatchObject({ code: 'BadMessage' });
  });

  it('chooses a variant by its key and refuses an unknown one at that key', () => {
    const read = parser(
      variants('kind', { text: object({ payload: string() }), backup: object({ payload: string(), pass: string() }) }),
    );
    expect(read({ kind: 'backup', payload: 'p', pass: 'x' })).toEqual({ kind: 'backup', payload: 'p', pass: 'x' });
    expect(refusal(() => read({ kind: 'zip', payload: 'p' }))).toMatchObject({ field: 'kind' });
    expect(refusal(() => read({ kind: 'backup', payload: 'p' }))).toMatchObject({ field: 'pass' });
  });

  it('keeps the code of a refinement’s own error and adds the field', () => {
    const read = parser(
      object({
        origin: refine(string(), (value) => {
          if (!value.startsWith('https://')) throw new SidekeyError({ code: 'InvalidOrigin', message: 'not https' });
          return value;
        }),
      }),
    );
    expect(refusal(() => read({ origin: 'http://x' }))).toEqual({
      code: 'InvalidOrigin',
      field: 'origin',
      message: 'not https',
    });
  });

  it('reads a flag or an object where both are allowed, and refuses anything else at that field', () => {
    const read = parser(object({ auto: optional(booleanOr(object({ flow: optional(oneOf(['SRP'])) }))) }));
    expect(read({ auto: true })).toEqual({ auto: true });
    expect(read({ auto: false })).toEqual({ auto: false });
    expect(read({ auto: { flow: 'SRP', extra: 1 } })).toEqual({ auto: { flow: 'SRP' } });
    for (const auto of ['true', 1, null, ['SRP']]) {
      expect(refusal(() => read({ auto }))).toMatchObject({
        code: 'BadMessage',
        field: 'auto',
        message: '"auto" must be true, false or an object.',
      });
    }
    expect(refusal(() => read({ auto: { flow: 'ADMIN' } }))).toMatchObject({ field: 'auto.flow' });
  });

  it('answers a family’s own code in place of BadMessage, keeping the field', () => {
    const read = parser(object({ userPoolId: string() }), { code: 'InvalidProfile' });
    expect(refusal(() => read({}))).toMatchObject({ code: 'InvalidProfile', field: 'userPoolId' });
    expect(refusal(() => read('x'))).toMatchObject({ code: 'InvalidProfile', field: undefined });
  });
});
