import { SidekeyError } from '../errors/sidekey-error';
import { validateOtpParams } from '../otp/validate-otp-params';
import { normaliseOrigins } from './normalise-origin';
import type { ParsedImport } from './parse-import-payload';
import type { CognitoBinding } from './vault-messages';
import type { LoginEntry } from './vault-records';

/** A sign-in read from a backup, before it gets a new id. */
export type RestoredLogin = Omit<LoginEntry, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Checks each item of a decrypted backup like any other import: OTP entries through the same validation as a
 * URI, sign-ins for their shape. Bad items become indexed errors (entries first, then sign-ins after them).
 */
export function parseBackupItems(content: { entries: unknown[]; logins: unknown[] }): ParsedImport & {
  items: Array<{ origins: string[]; cognito: CognitoBinding | null }>;
  logins: RestoredLogin[];
} {
  const result = {
    items: [] as Array<ParsedImport['items'][number] & { origins: string[]; cognito: CognitoBinding | null }>,
    errors: [] as ParsedImport['errors'],
    logins: [] as RestoredLogin[],
  };
  const attempt = (index: number, read: () => void) => {
    try {
      read();
    } catch (error) {
      if (!(error instanceof SidekeyError)) throw error;
      result.errors.push({ index, code: error.code, message: error.message });
    }
  };
  for (const [index, raw] of content.entries.entries()) {
    attempt(index, () => {
      const item = record(raw);
      const params = validateOtpParams({ ...item, kind: item.kind, secret: item.secret });
      result.items.push({
        index,
        params,
        origins: normaliseOrigins(strings(item.origins)),
        cognito: cognito(item.cognito),
      });
    });
  }
  for (const [position, raw] of content.logins.entries()) {
    attempt(content.entries.length + position, () => {
      const item = record(raw);
      const { username, password, label } = item;
      if (
        typeof username !== 'string' ||
        typeof password !== 'string' ||
        !username ||
        username.length > 256 ||
        password.length > 1024
      ) {
        throw damaged();
      }
      const origins = normaliseOrigins(strings(item.origins));
      result.logins.push({
        username,
        password,
        label: typeof label === 'string' ? label.slice(0, 256) : '',
        origins,
        cognito: cognito(item.cognito),
      });
    });
  }
  return result;
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw damaged();
  return value as Record<string, unknown>;
}

function strings(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw damaged();
  return value;
}

function cognito(value: unknown): CognitoBinding | null {
  if (value === null || value === undefined) return null;
  const item = record(value);
  const { userPoolId, clientId, username } = item;
  if (
    [userPoolId, clientId, username].some((field) => typeof field !== 'string' || field === '' || field.length > 256)
  ) {
    throw damaged();
  }
  return { userPoolId, clientId, username } as CognitoBinding;
}

function damaged(): SidekeyError {
  return new SidekeyError({ code: 'BackupBadFormat', message: 'A backup item is damaged.' });
}
