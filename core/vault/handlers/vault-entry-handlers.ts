import {
  absentAsEmpty,
  nullable,
  number,
  object,
  optional,
  parser,
  plainObject,
  refine,
  string,
} from '../../messages/shape';
import { parseOtpauthUri } from '../../otp/parse-otpauth-uri';
import { validateOtpParams } from '../../otp/validate-otp-params';
import type { Vault } from '../create-vault';
import { cognitoBinding, entryId, origins, rankOrigin } from './vault-input-shapes';
import type { VaultHandlers } from './vault-lifecycle-handlers';

const pagesOnly = ['extension-page'] as const;

/** Typed by hand: checked as a URI's parameters would be, so a bad field answers the same OtpUri* code. */
const otpFields = refine(plainObject(), (draft) =>
  validateOtpParams({ ...draft, kind: draft.kind, secret: draft.secret }),
);
const binding = { origins: optional(origins), cognito: optional(cognitoBinding) };
const entryByUri = parser(object({ uri: string(), ...binding }));
const entryByFields = parser(object({ fields: otpFields, ...binding }));
const hasUri = (input: unknown) => typeof (input as { uri?: unknown } | null)?.uri === 'string';

/**
 * A time to make codes for: whole milliseconds from 1970 up to the last instant a `Date` holds (ECMA-262 §21.4.1.22),
 * so a counter is never negative or past what HOTP's 8-byte counter and the clock can mean (docs/security.md §3.3).
 */
const epochMillis = number({ integer: true, min: 0, max: 8.64e15 });

/** `vault.listCodes`, `vault.addEntry`, `vault.updateEntry`, `vault.deleteEntry`, `vault.advanceHotp`. */
export function vaultEntryHandlers(vault: Vault) {
  return {
    'vault.listCodes': {
      from: pagesOnly,
      parse: parser(
        absentAsEmpty(
          object({
            id: optional(entryId),
            origin: optional(rankOrigin),
            at: optional(epochMillis),
            limit: optional(number({ integer: true, min: 1, max: 10_000 })),
          }),
        ),
      ),
      run: (input) => vault.listCodes(input ?? {}),
    },
    'vault.addEntry': {
      from: pagesOnly,
      parse: (input) => (hasUri(input) ? entryByUri(input) : entryByFields(input)),
      run: (input) => {
        // Typed OtpUri* errors for bad fields come from the same checks a URI goes through.
        const params = 'uri' in input ? parseOtpauthUri(input.uri) : validateOtpParams(input.fields);
        return vault.addEntry({ params, origins: input.origins, cognito: input.cognito });
      },
    },
    'vault.updateEntry': {
      from: pagesOnly,
      parse: parser(
        object({
          id: entryId,
          issuer: optional(string({ min: 0, max: 256 })),
          account: optional(string({ min: 0, max: 256 })),
          origins: optional(origins),
          cognito: optional(nullable(cognitoBinding)),
        }),
      ),
      run: (input) => vault.updateEntry(input),
    },
    'vault.deleteEntry': {
      from: pagesOnly,
      parse: parser(object({ id: entryId })),
      run: (input) => vault.deleteEntry(input.id),
    },
    'vault.advanceHotp': {
      from: pagesOnly,
      parse: parser(object({ id: entryId })),
      run: (input) => vault.advanceHotp(input.id),
    },
  } satisfies VaultHandlers<
    'vault.listCodes' | 'vault.addEntry' | 'vault.updateEntry' | 'vault.deleteEntry' | 'vault.advanceHotp'
  >;
}
