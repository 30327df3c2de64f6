import { describe, expect, it } from 'vitest';
import { formatSrpTimestamp } from '../../../../core/auth/srp/srp-timestamp';

describe('formatSrpTimestamp', () => {
  it('matches the examples of docs/cognito-api.md §3.7', () => {
    expect(formatSrpTimestamp(new Date('2025-08-05T09:03:07Z'))).toBe('Tue Aug 5 09:03:07 UTC 2025');
    expect(formatSrpTimestamp(new Date('2024-12-31T23:59:59Z'))).toBe('Tue Dec 31 23:59:59 UTC 2024');
  });

  it('matches the TIMESTAMP the recorded clients sent', () => {
    expect(formatSrpTimestamp(new Date('2026-11-26T11:22:47.160Z'))).toBe('Thu Nov 26 11:22:47 UTC 2026');
  });

  it('uses UTC whatever the offset of the given instant, with midnight as 00', () => {
    expect(formatSrpTimestamp(new Date('2024-03-01T00:30:00+02:00'))).toBe('Thu Feb 29 22:30:00 UTC 2024');
    expect(formatSrpTimestamp(new Date('2023-01-01T00:00:00Z'))).toBe('Sun Jan 1 00:00:00 UTC 2023');
  });

  it('refuses an invalid date', () => {
    expect(() => formatSrpTimestamp(new Date('nope'))).toThrow(RangeError);
  });
});
