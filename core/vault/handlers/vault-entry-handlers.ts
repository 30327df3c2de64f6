import { parseObject } from '../../messages/parse-input';
import { parseOtpauthUri } from '../../otp/parse-otpauth-uri';
import { validateOtpParams } from '../../otp/validate-otp-params';
import type { Vault } from '../create-vault';
import type { OtpFields } from '../vault-messages';
import { parseOptionalObject, readCognito, readId, readNumber, readString, readStringList } from './parse-vault-input';
import type { VaultHandler } from './vault-lifecycle-handlers';

const pagesOnly = ['extension-page'] as const;

/** `vault.listCodes`, `vault.addEntry`, `vault.updateEntry`, `vault.deleteEntry`, `vault.advanceHotp`. */
export function vaultEntryHandlers(vault: Vault) {
  return {
    'vault.listCodes': {
      from: pagesOnly,
      parse: (input) => {
        const record = parseOptionalObject(input);
        return {
          origin: readString(record, 'origin', { maxLength: 2048, optional: true }),
          at: readNumber(record, 'at'),
        };
      },
      run: (input) => vault.listCodes(input ?? {}),
    } satisfies VaultHandler<'vault.listCodes'>,
    'vault.addEntry': {
      from: pagesOnly,
      parse: (input) => {
        const record = parseObject(input);
        const binding = {
          origins: readStringList(record, 'origins'),
          cognito: readCognito(record, { nullable: false }) ?? undefined,
        };
        if (typeof record.uri === 'string')
          return { uri: readString(record, 'uri', { maxLength: 4096 }) as string, ...binding };
        return { fields: parseObject(record.fields, 'fields') as unknown as OtpFields, ...binding };
      },
      run: (input) => {
        // Typed OtpUri* errors for bad fields come from the same checks a URI goes through.
        const params = 'uri' in input ? parseOtpauthUri(input.uri) : validateOtpParams(input.fields);
        return vault.addEntry({ params, origins: input.origins, cognito: input.cognito });
      },
    } satisfies VaultHandler<'vault.addEntry'>,
    'vault.updateEntry': {
      from: pagesOnly,
      parse: (input) => {
        const record = parseObject(input);
        return {
          id: readId(record),
          issuer: readString(record, 'issuer', { maxLength: 256, optional: true, allowEmpty: true }),
          account: readString(record, 'account', { maxLength: 256, optional: true, allowEmpty: true }),
          origins: readStringList(record, 'origins'),
          cognito: readCognito(record, { nullable: true }),
        };
      },
      run: (input) => vault.updateEntry(input),
    } satisfies VaultHandler<'vault.updateEntry'>,
    'vault.deleteEntry': {
      from: pagesOnly,
      parse: (input) => ({ id: readId(parseObject(input)) }),
      run: (input) => vault.deleteEntry(input.id),
    } satisfies VaultHandler<'vault.deleteEntry'>,
    'vault.advanceHotp': {
      from: pagesOnly,
      parse: (input) => ({ id: readId(parseObject(input)) }),
      run: (input) => vault.advanceHotp(input.id),
    } satisfies VaultHandler<'vault.advanceHotp'>,
  };
}
