/** Test-only protobuf writer for Google Authenticator's MigrationPayload (field numbers as in the parser's JSDoc). */
export interface MigrationItemFixture {
  secret: Uint8Array;
  name?: string;
  issuer?: string;
  algorithm?: number;
  digits?: number;
  type?: number;
  counter?: bigint | number;
}

function varint(value: bigint | number): number[] {
  let rest = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    const byte = Number(rest & 0x7fn);
    rest >>= 7n;
    out.push(rest > 0n ? byte | 0x80 : byte);
  } while (rest > 0n);
  return out;
}

const tag = (field: number, wireType: number) => varint((field << 3) | wireType);
const bytesField = (field: number, bytes: Uint8Array | number[]) => [
  ...tag(field, 2),
  ...varint(bytes.length),
  ...bytes,
];
const varintField = (field: number, value: bigint | number) => [...tag(field, 0), ...varint(value)];

function encodeItem(item: MigrationItemFixture): number[] {
  const out = bytesField(1, item.secret);
  if (item.name !== undefined) out.push(...bytesField(2, [...new TextEncoder().encode(item.name)]));
  if (item.issuer !== undefined) out.push(...bytesField(3, [...new TextEncoder().encode(item.issuer)]));
  if (item.algorithm !== undefined) out.push(...varintField(4, item.algorithm));
  if (item.digits !== undefined) out.push(...varintField(5, item.digits));
  if (item.type !== undefined) out.push(...varintField(6, item.type));
  if (item.counter !== undefined) out.push(...varintField(7, item.counter));
  return out;
}

export function encodePayload(
  items: MigrationItemFixture[],
  batch = { version: 1, size: 1, index: 0, id: 0 },
): Uint8Array {
  const out: number[] = [];
  for (const item of items) out.push(...bytesField(1, encodeItem(item)));
  out.push(...varintField(2, batch.version), ...varintField(3, batch.size), ...varintField(4, batch.index));
  out.push(...varintField(5, batch.id));
  return Uint8Array.from(out);
}

export function migrationUri(bytes: Uint8Array): string {
  return `otpauth-migration://offline?data=${encodeURIComponent(btoa(String.fromCharCode(...bytes)))}`;
}
