import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../core/encoding/concat-bytes';

describe('concatBytes', () => {
  it('joins the parts in order into a new array, and nothing into an empty one', () => {
    const first = Uint8Array.of(1, 2);
    const joined = concatBytes(first, new Uint8Array(0), Uint8Array.of(3));
    expect(joined).toEqual(Uint8Array.of(1, 2, 3));
    first[0] = 9;
    expect(joined[0]).toBe(1);
    expect(concatBytes()).toEqual(new Uint8Array(0));
  });
});
