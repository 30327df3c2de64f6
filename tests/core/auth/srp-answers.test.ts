import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { fakeTokens } from './fake-cognito';

const NOW_SECONDS = Date.UTC(2026, 10, 26, 12, 0, 0) / 1000;
const device = { deviceKey: 'us-east-1_dev-9', deviceGroupKey: 'grp-9', randomPasswordKey: 'cGFzc3dvcmQ=' };
const emailParameters = { CODE_DELIVERY_DESTINATION: 'a***@e***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' };

// Each row: the challenge the user answers, how they answer it, and the options that start that sign-in. Amplify
// docs/cognito-api.md §4.1 lists the answers after which it does not handle DEVICE_SRP_AUTH; we handle it after all.
const rows = [
  { challenge: 'NEW_PASSWORD_REQUIRED', parameters: {}, answer: 'N3w-Passw0rd!' },
  {
    challenge: 'SELECT_MFA_TYPE',
    parameters: { MFAS_CAN_CHOOSE: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' },
    answer: 'TOTP',
  },
  { challenge: 'MFA_SETUP', parameters: { MFAS_CAN_SETUP: '["EMAIL_OTP"]' }, answer: 'alice@example.com' },
  { challenge: 'CUSTOM_CHALLENGE', parameters: { question: '?' }, answer: '42' },
  { challenge: 'EMAIL_OTP', parameters: emailParameters, answer: '12345678' },
  { challenge: 'SOFTWARE_TOKEN_MFA', parameters: {}, answer: '123456' },
  { challenge: 'SELECT_CHALLENGE', parameters: {}, answer: 'EMAIL_OTP' },
];

describe('DEVICE_SRP_AUTH after any answer', () => {
  it.each(rows)(
    'runs device SRP when Cognito asks for it after a $challenge answer',
    async ({ challenge, parameters, answer }) => {
      const { auth, cognito, storage } = createFakeClient({
        InitiateAuth: [
          () => ({
            ChallengeName: challenge,
            Session: 'S1',
            ChallengeParameters: { USERNAME: 'alice', ...parameters },
          }),
        ],
        RespondToAuthChallenge: [
          () => ({ ChallengeName: 'DEVICE_SRP_AUTH', Session: 'S2', ChallengeParameters: { USERNAME: 'alice' } }),
          () => ({
            ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
            Session: 'S3',
            ChallengeParameters: { USERNAME: 'alice', SALT: 'ab', SRP_B: '5f3e', SECRET_BLOCK: 'AAEC' },
          }),
          () => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds: NOW_SECONDS }) }),
        ],
      });
      for (const [field, value] of Object.entries(device))
        await storage.setItem(`CognitoIdentityServiceProvider.client1.alice.${field}`, value);
      await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
      expect(await auth.confirmSignIn({ challengeResponse: answer })).toEqual({
        isSignedIn: true,
        nextStep: { signInStep: 'DONE' },
      });
      const names = cognito.of('RespondToAuthChallenge').map((request) => request.body.ChallengeName);
      expect(names.slice(1)).toEqual(['DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
      expect(cognito.of('RespondToAuthChallenge')[2]?.body.ChallengeResponses).toMatchObject({
        DEVICE_KEY: 'us-east-1_dev-9',
      });
    },
  );

  it('refuses DEVICE_SRP_AUTH with DeviceMetadataNotFoundException when no device is stored', async () => {
    const { auth } = createFakeClient({
      InitiateAuth: [
        () => ({ ChallengeName: 'DEVICE_SRP_AUTH', Session: 'S1', ChallengeParameters: { USERNAME: 'alice' } }),
      ],
    });
    await expect(
      auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } }),
    ).rejects.toMatchObject({
      code: 'DeviceMetadataNotFoundException',
    });
  });
});
