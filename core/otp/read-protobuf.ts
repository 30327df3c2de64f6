import { SidekeyError } from '../errors/sidekey-error';

/** One field of a protobuf message: varints as bigint, length-delimited fields as bytes. */
export type ProtobufField =
  | { field: number; wireType: 0; value: bigint }
  | { field: number; wireType: 2; value: Uint8Array }
  | { field: number; wireType: 1 | 5; value: Uint8Array };

/**
 * Splits a protobuf message into its top-level fields (wire types 0, 1, 2 and 5; groups are refused). A tiny
 * reader for the one message Sidekey reads, not a general decoder. Throws `MigrationBadPayload` on any
 * truncation or malformed tag.
 * @see https://protobuf.dev/programming-guides/encoding/
 */
export function readProtobuf(bytes: Uint8Array): ProtobufField[] {
  const fields: ProtobufField[] = [];
  let offset = 0;
  const varint = (): bigint => {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (offset >= bytes.length) throw bad('ends inside a number');
      const byte = bytes[offset++] ?? 0;
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
    }
    throw bad('has a number longer than 10 bytes');
  };
  const take = (length: number): Uint8Array => {
    if (length > bytes.length - offset) throw bad('ends inside a field');
    const slice = bytes.subarray(offset, offset + length);
    offset += length;
    return slice;
  };
  while (offset < bytes.length) {
    const tag = varint();
    const field = Number(tag >> 3n);
    const wireType = Number(tag & 7n);
    if (field < 1 || field > 536_870_911) throw bad('has a field number out of range');
    if (wireType === 0) fields.push({ field, wireType, value: varint() });
    else if (wireType === 2) {
      const length = varint();
      if (length > BigInt(bytes.length)) throw bad('has a field longer than the message');
      fields.push({ field, wireType, value: take(Number(length)) });
    } else if (wireType === 1 || wireType === 5) fields.push({ field, wireType, value: take(wireType === 1 ? 8 : 4) });
    else throw bad(`uses wire type ${wireType}, which this reader does not take`);
  }
  return fields;
}

function bad(detail: string): SidekeyError {
  return new SidekeyError({ code: 'MigrationBadPayload', message: `The migration data ${detail}.` });
}
