import { createRequire } from 'node:module';

/*
 * amazon-cognito-identity-js 6.3 as an independent SRP oracle for tests and the bench. Its typings do not export
 * AuthenticationHelper or BigInteger, so this file states the few members used (read from lib/AuthenticationHelper.js).
 */

type Callback<T> = (error: unknown, value: T) => void;

/** jsbn-style BigInteger shipped inside amazon-cognito-identity-js. */
export interface AcijBigInteger {
  toString(radix: number): string;
}

/** The members of AuthenticationHelper the tests drive. */
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
  generateHashDevice(deviceGroupKey: string, username: string, callback: (error: unknown) => void): void;
  getSaltDevices(): string;
  getVerifierDevices(): string;
  getRandomPassword(): string;
}

const require = createRequire(import.meta.url);
const helperModule = require('amazon-cognito-identity-js/lib/AuthenticationHelper') as {
  default: new (poolName: string) => AcijAuthenticationHelper;
};
const bigIntegerModule = require('amazon-cognito-identity-js/lib/BigInteger') as {
  default: new (value: string, radix: number) => AcijBigInteger;
};

/** A new AuthenticationHelper for `poolName` (its constructor draws a random a and computes A, as the library does). */
export const createAcijHelper = (poolName: string) => new helperModule.default(poolName);

/** The library's BigInteger from hex. */
export const acijBigInteger = (hex: string) => new bigIntegerModule.default(hex, 16);

/** Runs a node-style callback API as a promise. */
export function fromCallback<T>(start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}
