import { SidekeyError } from '../../errors/sidekey-error';

/**
 * Reads a hex string from Cognito's ChallengeParameters (`SRP_B`, `SALT`; any length, either case) as a
 * non-negative integer. Anything else is an `InvalidSrpParameter` error naming the field.
 */
export function parseSrpHex(options: { field: string; hex: string }): bigint {
  if (!/^[0-9a-fA-F]+$/.test(options.hex)) {
    throw new SidekeyError({ code: 'InvalidSrpParameter', message: `${options.field} is not a hex string.` });
  }
  return BigInt(`0x${options.hex}`);
}
