import type { CodeEntry } from '../../core/vault/vault-messages';

/** A `vault.listCodes` row for view tests; TOTP with a 30 s period ending at `periodEndsAt` unless overridden. */
export function codeEntry(overrides: Partial<CodeEntry> & { id: string }): CodeEntry {
  return {
    kind: 'totp',
    issuer: 'Example',
    account: 'alice@example.com',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: null,
    code: '123456',
    nextCode: '654321',
    periodEndsAt: 30_000,
    boundToOrigin: false,
    origins: [],
    cognito: null,
    createdAt: 0,
    ...overrides,
  };
}

/** Sends a bubbling keydown to `target`, as a keyboard would. */
export function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** Types `value` into an input (sets it and fires `input`). */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
