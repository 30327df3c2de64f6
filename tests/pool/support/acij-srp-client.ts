import { createRequire } from 'node:module';

/*
 * The SRP client half of amazon-cognito-identity-js 6.3 (a genuine AWS client library, with its own jsbn
 * arithmetic), used as the independent party the pool's SRP server is checked against. Its typings export neither
 * AuthenticationHelper nor BigInteger, so the few members used are stated here (read from its lib/*.js).
 */

type Callback<T> = (error: unknown, value: T) => void;

interface AcijBigInteger {
  toString(radix: number): string;
  modPow(exponent: AcijBigInteger, modulus: AcijBigInteger, callback: Callback<AcijBigInteger>): void;
}

interface AcijAuthenticationHelper {
  smallAValue: AcijBigInteger;
  largeAValue: AcijBigInteger | undefined;
  getLargeAValue(callback: Callback<AcijBigInteger>): void;
  getPasswordAuthenticationKey(
    username: string,
    password: string,
    serverBValue: AcijBigInteger,
    salt: AcijBigInteger,
    callback: Callback<Uint8Array>,
  ): void;
}

const require = createRequire(import.meta.url);
const { default: AuthenticationHelper } = require('amazon-cognito-identity-js/lib/AuthenticationHelper') as {
  default: new (poolName: string) => AcijAuthenticationHelper;
};
const { default: BigInteger } = require('amazon-cognito-identity-js/lib/BigInteger') as {
  default: new (value: string, radix: number) => AcijBigInteger;
};

function fromCallback<T>(start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

/** The library's own SHA-256 (HMAC when given a key), the one its CognitoUser signs the claim with. */
const acijRequire = createRequire(require.resolve('amazon-cognito-identity-js'));
const { Sha256 } = acijRequire('@aws-crypto/sha256-js') as {
  Sha256: new (key: Uint8Array) => { update(data: Uint8Array | string): void; digestSync(): Uint8Array };
};

const big = (value: bigint) => new BigInteger(value.toString(16), 16);

/** `base^exponent mod modulus` by the library's jsbn BigInteger. */
export async function acijModPow(base: bigint, exponent: bigint, modulus: bigint): Promise<bigint> {
  const result = await fromCallback<AcijBigInteger>((done) => big(base).modPow(big(exponent), big(modulus), done));
  return BigInt(`0x${result.toString(16)}`);
}

/**
 * What the library's client sends for a PASSWORD_VERIFIER challenge: its SRP_A and the PASSWORD_CLAIM_SIGNATURE,
 * HMAC-SHA256 (the library's own) under the key it derives, over poolName ‖ userIdForSrp ‖ SECRET_BLOCK ‖ TIMESTAMP (as its
 * CognitoUser does). `a` fixes the client secret for known-answer vectors; without it the library draws one.
 */
export async function acijPasswordClaim(options: {
  poolName: string;
  userIdForSrp: string;
  password: string;
  saltHex: string;
  B: bigint;
  secretBlock: string;
  timestamp: string;
  a?: bigint;
}): Promise<{ A: bigint; signature: string }> {
  const helper = new AuthenticationHelper(options.poolName);
  if (options.a !== undefined) {
    helper.smallAValue = big(options.a);
    helper.largeAValue = undefined;
  }
  const A = await fromCallback<AcijBigInteger>((done) => helper.getLargeAValue(done));
  const key = await fromCallback<Uint8Array>((done) =>
    helper.getPasswordAuthenticationKey(
      options.userIdForSrp,
      options.password,
      big(options.B),
      new BigInteger(options.saltHex, 16),
      done,
    ),
  );
  const hmac = new Sha256(key);
  hmac.update(
    Buffer.concat([
      Buffer.from(options.poolName, 'utf8'),
      Buffer.from(options.userIdForSrp, 'utf8'),
      Buffer.from(options.secretBlock, 'base64'),
      Buffer.from(options.timestamp, 'utf8'),
    ]),
  );
  const signature = Buffer.from(hmac.digestSync()).toString('base64');
  return { A: BigInt(`0x${A.toString(16)}`), signature };
}
