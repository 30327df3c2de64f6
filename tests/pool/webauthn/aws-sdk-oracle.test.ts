import {
  CompleteWebAuthnRegistrationCommand,
  DeleteWebAuthnCredentialCommand,
  ListWebAuthnCredentialsCommand,
  StartWebAuthnRegistrationCommand,
  WebAuthnChallengeNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPool } from '../../../pool/start-pool';
import { sdkFor } from '../support/sdk-pool';
import { accessTokenFor, passkeySeed, startPool } from './passkey-pool';
import { createSoftwareAuthenticator } from './software-authenticator';

/** The AWS SDK v3 as a wire oracle: it must parse the pool's passkey answers as it parses Cognito's. */
describe('passkey operations through the AWS SDK v3', () => {
  let pool: RunningPool;
  beforeAll(async () => {
    pool = await startPool({ seed: passkeySeed() });
  });
  afterAll(() => pool.stop());

  it('registers, lists (CreatedAt as a Date), refuses a spent challenge and deletes', async () => {
    const sdk = sdkFor(pool.url);
    const AccessToken = accessTokenFor(pool);
    const authenticator = createSoftwareAuthenticator({ origin: 'http://localhost:3000' });
    const start = await sdk.send(new StartWebAuthnRegistrationCommand({ AccessToken }));
    const options = start.CredentialCreationOptions as Parameters<typeof authenticator.create>[0];
    const credential = authenticator.create(options);
    await sdk.send(new CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: credential }));

    const list = await sdk.send(new ListWebAuthnCredentialsCommand({ AccessToken }));
    expect(list.Credentials).toHaveLength(1);
    const [item] = list.Credentials!;
    expect(item!.CredentialId).toBe(credential.id);
    expect(item!.CreatedAt).toBeInstanceOf(Date);
    expect(Math.abs(item!.CreatedAt!.getTime() - pool.clock.now())).toBeLessThan(60_000);

    await expect(
      sdk.send(new CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: credential })),
    ).rejects.toBeInstanceOf(WebAuthnChallengeNotFoundException);

    await sdk.send(new DeleteWebAuthnCredentialCommand({ AccessToken, CredentialId: credential.id }));
    const after = await sdk.send(new ListWebAuthnCredentialsCommand({ AccessToken }));
    expect(after.Credentials).toEqual([]);
  });
});
