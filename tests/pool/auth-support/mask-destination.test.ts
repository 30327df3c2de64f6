import { describe, expect, it } from 'vitest';
import { maskDestination } from '../../../pool/auth-support/mask-destination';

describe('maskDestination', () => {
  it('keeps the first letters of an email’s local part and domain', () => {
    expect(maskDestination({ channel: 'EMAIL', destination: 'alice@example.com' })).toBe('a***@e***');
  });

  it('keeps the last four digits of a phone number, one star per hidden digit', () => {
    expect(maskDestination({ channel: 'SMS', destination: '+15550000002' })).toBe('+*******0002');
  });
});
