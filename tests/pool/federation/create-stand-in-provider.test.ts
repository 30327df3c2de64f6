import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createClock } from '../../../pool/clock/create-clock';
import { createStandInProvider } from '../../../pool/federation/create-stand-in-provider';

const binding = {
  provider: 'ExampleCorp',
  clientId: 'corp-client',
  redirectUri: 'http://127.0.0.1:9229/oauth2/idpresponse',
};
const random = (bytes: number) => new Uint8Array(randomBytes(bytes));

describe('createStandInProvider', () => {
  it('redeems a code once for the person it was issued to, the same sub for the same address', () => {
    const standIn = createStandInProvider({ clock: createClock(), random });
    const code = standIn.issueCode({ ...binding, email: 'Fay@Example.com', name: 'Fay' });
    const claims = standIn.redeemCode(code, binding);
    expect(claims).toMatchObject({ email: 'Fay@Example.com', email_verified: true, name: 'Fay' });
    expect(claims?.sub).toMatch(/^[0-9a-f]{32}$/);
    expect(standIn.redeemCode(code, binding)).toBeUndefined();
    const again = standIn.redeemCode(standIn.issueCode({ ...binding, email: 'fay@example.com' }), binding);
    expect(again?.sub).toBe(claims?.sub);
    const elsewhere = standIn.redeemCode(
      standIn.issueCode({ ...binding, provider: 'Other', email: 'fay@example.com' }),
      { ...binding, provider: 'Other' },
    );
    expect(elsewhere?.sub).not.toBe(claims?.sub);
  });

  it('refuses a code for another provider, client or redirect URI, and one older than 5 minutes', () => {
    const clock = createClock();
    const standIn = createStandInProvider({ clock, random });
    const issue = () => standIn.issueCode({ ...binding, email: 'fay@example.com' });
    expect(standIn.redeemCode(issue(), { ...binding, provider: 'Google' })).toBeUndefined();
    expect(standIn.redeemCode(issue(), { ...binding, clientId: 'other' })).toBeUndefined();
    expect(standIn.redeemCode(issue(), { ...binding, redirectUri: 'https://evil.example/' })).toBeUndefined();
    const late = issue();
    clock.advance(5 * 60_000);
    expect(standIn.redeemCode(late, binding)).toBeUndefined();
  });
});
