/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts as a BufferSource under TypeScript 5.7+. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** A source of cryptographically random bytes (the worker passes `crypto.getRandomValues`). */
export type RandomBytes = (length: number) => Bytes;
