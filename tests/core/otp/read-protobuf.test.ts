import { describe, expect, it } from 'vitest';
import { readProtobuf } from '../../../core/otp/read-protobuf';

describe('readProtobuf', () => {
  it('reads varints, length-delimited and fixed-width fields', () => {
    // field 1 varint 150 (the protobuf docs' example 08 96 01), field 2 bytes "hi", field 3 fixed32, field 4 fixed64
    const bytes = Uint8Array.from([
      0x08, 0x96, 0x01, 0x12, 0x02, 0x68, 0x69, 0x1d, 1, 2, 3, 4, 0x21, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    const fields = readProtobuf(bytes);
    expect(fields.map((field) => [field.field, field.wireType])).toEqual([
      [1, 0],
      [2, 2],
      [3, 5],
      [4, 1],
    ]);
    expect(fields[0]?.value).toBe(150n);
    expect(fields[1]?.value).toEqual(new TextEncoder().encode('hi'));
  });

  it('reads a 64-bit varint such as a negative int64', () => {
    const minusOne = [0x38, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    expect(BigInt.asIntN(64, readProtobuf(Uint8Array.from(minusOne))[0]?.value as bigint)).toBe(-1n);
  });

  it('refuses truncated fields, groups, field 0 and over-long varints', () => {
    for (const bytes of [
      [0x08],
      [0x12, 0x05, 0x01],
      [0x0b],
      [0x00, 0x01],
      [0x08, ...Array(11).fill(0xff)],
      [0x1d, 1, 2],
    ]) {
      expect(() => readProtobuf(Uint8Array.from(bytes))).toThrow(
        expect.objectContaining({ code: 'MigrationBadPayload' }),
      );
    }
  });
});
