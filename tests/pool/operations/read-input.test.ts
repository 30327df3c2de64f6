import { describe, expect, it } from 'vitest';
import { isCognitoError } from '../../../pool/errors/cognito-error';
import { readOptionalBoolean, readOptionalInteger, readString } from '../../../pool/operations/read-input';

/** What a reader threw, so its type and message can be checked. */
function thrown(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('expected the reader to throw');
}

describe('read-input', () => {
  it('refuses a member of the wrong type whose parsed object has a "toString" key with InvalidParameterException', () => {
    // Found by tests/pool/http/create-pool-handler.fuzz.test.ts: String() of this value threw a TypeError (a 500).
    const odd = JSON.parse('{"Username":{"toString":null},"Enabled":{"valueOf":1,"toString":2},"Limit":[{}]}');
    for (const read of [
      () => readString(odd, 'Username'),
      () => readOptionalBoolean(odd, 'Enabled'),
      () => readOptionalInteger(odd, 'Limit'),
    ]) {
      const error = thrown(read);
      expect(isCognitoError(error, 'InvalidParameterException')).toBe(true);
      expect((error as Error).message).toMatch(/^1 validation error detected: Value '.{1,64}' at '\w+'/);
    }
  });
});
