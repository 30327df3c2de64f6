import { AdminResetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import * as amplify from 'aws-amplify/auth';
import { Secret, TOTP } from 'otpauth';
import { afterAll, describe, expect, it } from 'vitest';
import { configureAmplify } from '../../pool/support/configure-amplify';
import { startTestPool, type TestPool, type TestUser } from '../../pool/support/test-pool';
import { enableTotpMfa } from './enable-totp-mfa';
import { createPoolAuthClient } from './pool-auth-client';

/**
 * Parity: the same scenario, on the same kind of pool and user, through aws-amplify v6 (Node, `userPoolEndpoint`)
 * and through createAuthClient must walk the same `nextStep.signInStep` values and fail with the same names.
 */

/** The slice of the API both clients share, with Amplify's names. */
type Api = Pick<
  typeof amplify,
  | 'confirmResetPassword'
  | 'forgetDevice'
  | 'signIn'
  | 'confirmSignIn'
  | 'signOut'
  | 'setUpTOTP'
  | 'verifyTOTPSetup'
  | 'updateMFAPreference'
  | 'signUp'
  | 'confirmSignUp'
  | 'autoSignIn'
>;
type Scenario = {
  name: string;
  /** The steps Amplify walks here (so a pool change cannot make both clients wrong the same way unnoticed). */
  expected: string[];
  pool?: Parameters<typeof startTestPool>[0];
  mfa?: 'ON' | 'OPTIONAL';
  /** Email MFA on too (with TOTP). */
  email?: boolean;
  /** SMS MFA on too. */
  sms?: boolean;
  user: (username: string) => TestUser | undefined;
  run: (api: Api, pool: TestPool, username: string, record: (label: string) => void) => Promise<void>;
};

const totp = (pool: TestPool, secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: pool.pool.clock.now() });
const otherThan = (code: string) => code.replace(/./g, (digit) => String((Number(digit) + 1) % 10));
const passwordUser = (username: string): TestUser => ({
  username,
  password: 'Passw0rd!',
  attributes: { email: `${username}@example.com`, email_verified: 'true' },
});
const phoneUser = (username: string): TestUser => ({
  username,
  password: 'Passw0rd!',
  attributes: { phone_number: '+15555550100', phone_number_verified: 'true' },
});
const firstFactors = {
  poolInput: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } } },
};

/** Runs `call`, recording its signInStep/signUpStep or its error name (Amplify: `name`; ours: `code`). */
const step = async (record: (label: string) => void, call: () => Promise<{ nextStep: object }>) => {
  try {
    const { nextStep } = await call();
    record(
      String(
        (nextStep as { signInStep?: string; signUpStep?: string }).signInStep ??
          (nextStep as { signUpStep?: string }).signUpStep,
      ),
    );
  } catch (error) {
    const { code, name } = error as { code?: string; name?: string };
    record(`error:${code ?? name}`);
  }
};

const scenarios: Scenario[] = [
  {
    name: 'SRP (default) sign-in',
    expected: ['DONE'],
    user: passwordUser,
    run: (api, _pool, username, record) => step(record, () => api.signIn({ username, password: 'Passw0rd!' })),
  },
  {
    name: 'SRP with a wrong password',
    expected: ['error:NotAuthorizedException'],
    user: passwordUser,
    run: (api, _pool, username, record) => step(record, () => api.signIn({ username, password: 'Wr0ng-pass!' })),
  },
  {
    name: 'USER_PASSWORD_AUTH, wrong then right',
    expected: ['error:NotAuthorizedException', 'DONE'],
    user: passwordUser,
    run: async (api, _pool, username, record) => {
      const options = { authFlowType: 'USER_PASSWORD_AUTH' as const };
      await step(record, () => api.signIn({ username, password: 'Wr0ng-pass!', options }));
      await step(record, () => api.signIn({ username, password: 'Passw0rd!', options }));
    },
  },
  {
    name: 'temporary password',
    expected: ['CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'DONE'],
    user: (username) => ({ username, password: 'Temp0rary!', temporary: true }),
    run: async (api, _pool, username, record) => {
      await step(record, () => api.signIn({ username, password: 'Temp0rary!' }));
      await step(record, () => api.confirmSignIn({ challengeResponse: 'N3w-Passw0rd!' }));
    },
  },
  {
    name: 'TOTP set up while signed in, then challenged',
    expected: ['DONE', 'CONFIRM_SIGN_IN_WITH_TOTP_CODE', 'error:CodeMismatchException', 'DONE'],
    mfa: 'OPTIONAL',
    user: passwordUser,
    run: async (api, pool, username, record) => {
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      const { sharedSecret } = await api.setUpTOTP();
      await api.verifyTOTPSetup({ code: totp(pool, sharedSecret) });
      await api.updateMFAPreference({ totp: 'PREFERRED' });
      await api.signOut();
      await pool.advance(30_000);
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      const code = totp(pool, sharedSecret);
      await step(record, () => api.confirmSignIn({ challengeResponse: otherThan(code) }));
      await step(record, () => api.confirmSignIn({ challengeResponse: code }));
    },
  },
  {
    name: 'MFA ON with only TOTP: setup during sign-in',
    expected: ['CONTINUE_SIGN_IN_WITH_TOTP_SETUP', 'DONE'],
    mfa: 'ON',
    user: passwordUser,
    run: async (api, pool, username, record) => {
      const started = await api.signIn({ username, password: 'Passw0rd!' });
      record(started.nextStep.signInStep);
      const secret = 'totpSetupDetails' in started.nextStep ? started.nextStep.totpSetupDetails.sharedSecret : '';
      await step(record, () => api.confirmSignIn({ challengeResponse: totp(pool, secret) }));
    },
  },
  {
    name: 'USER_AUTH with EMAIL_OTP',
    expected: ['CONFIRM_SIGN_IN_WITH_EMAIL_CODE', 'error:CodeMismatchException', 'DONE'],
    pool: firstFactors,
    user: passwordUser,
    run: async (api, pool, username, record) => {
      await step(record, () =>
        api.signIn({ username, options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } }),
      );
      const code = (await pool.codes(username)).at(-1) ?? '';
      await step(record, () => api.confirmSignIn({ challengeResponse: otherThan(code) }));
      await step(record, () => api.confirmSignIn({ challengeResponse: code }));
    },
  },
  ...(['PASSWORD_SRP', 'PASSWORD'] as const).map(
    (factor): Scenario => ({
      name: `USER_AUTH without preference, then ${factor}`,
      expected: ['CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', 'CONFIRM_SIGN_IN_WITH_PASSWORD', 'DONE'],
      pool: firstFactors,
      user: passwordUser,
      run: async (api, _pool, username, record) => {
        await step(record, () => api.signIn({ username, options: { authFlowType: 'USER_AUTH' } }));
        await step(record, () => api.confirmSignIn({ challengeResponse: factor }));
        await step(record, () => api.confirmSignIn({ challengeResponse: 'Passw0rd!' }));
      },
    }),
  ),
  {
    name: 'USER_AUTH preferring PASSWORD_SRP',
    expected: ['DONE'],
    pool: firstFactors,
    user: passwordUser,
    run: (api, _pool, username, record) =>
      step(record, () =>
        api.signIn({
          username,
          password: 'Passw0rd!',
          options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' },
        }),
      ),
  },
  {
    name: 'USER_AUTH preferring PASSWORD',
    expected: ['DONE'],
    pool: firstFactors,
    user: passwordUser,
    run: (api, _pool, username, record) =>
      step(record, () =>
        api.signIn({
          username,
          password: 'Passw0rd!',
          options: { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD' },
        }),
      ),
  },
  {
    name: 'CUSTOM_WITHOUT_SRP, wrong answer then right',
    expected: ['CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', 'DONE'],
    pool: { localConfig: { CustomAuth: { mode: 'secret-answer', answer: '42' } } },
    user: passwordUser,
    run: async (api, _pool, username, record) => {
      await step(record, () => api.signIn({ username, options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } }));
      await step(record, () => api.confirmSignIn({ challengeResponse: '41' }));
      await step(record, () => api.confirmSignIn({ challengeResponse: '42' }));
    },
  },
  {
    name: 'CUSTOM_WITH_SRP, password first',
    expected: ['CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', 'DONE'],
    pool: { localConfig: { CustomAuth: { mode: 'secret-answer', answer: '42', srpFirst: true } } },
    user: passwordUser,
    run: async (api, _pool, username, record) => {
      await step(record, () =>
        api.signIn({ username, password: 'Passw0rd!', options: { authFlowType: 'CUSTOM_WITH_SRP' } }),
      );
      await step(record, () => api.confirmSignIn({ challengeResponse: '42' }));
    },
  },
  {
    name: 'MFA setup choice: EMAIL, then the address, then the emailed code',
    expected: [
      'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION',
      'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP',
      'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
      'DONE',
    ],
    mfa: 'ON',
    email: true,
    user: (username) => ({ username, password: 'Passw0rd!' }),
    run: async (api, pool, username, record) => {
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      await step(record, () => api.confirmSignIn({ challengeResponse: 'EMAIL' }));
      await step(record, () => api.confirmSignIn({ challengeResponse: `${username}@example.com` }));
      const code = (await pool.codes(username)).at(-1) ?? '';
      await step(record, () => api.confirmSignIn({ challengeResponse: code }));
    },
  },
  {
    name: 'MFA setup choice: TOTP',
    expected: ['CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', 'DONE'],
    mfa: 'ON',
    email: true,
    user: (username) => ({ username, password: 'Passw0rd!' }),
    run: async (api, pool, username, record) => {
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      const chosen = await api.confirmSignIn({ challengeResponse: 'TOTP' });
      record(chosen.nextStep.signInStep);
      const secret = 'totpSetupDetails' in chosen.nextStep ? chosen.nextStep.totpSetupDetails.sharedSecret : '';
      await step(record, () => api.confirmSignIn({ challengeResponse: totp(pool, secret) }));
    },
  },
  {
    name: 'MFA choice between TOTP and email (SELECT_MFA_TYPE)',
    expected: [
      'DONE',
      'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
      'error:IncorrectMFAMethod',
      'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
      'DONE',
    ],
    mfa: 'OPTIONAL',
    email: true,
    user: passwordUser,
    run: async (api, pool, username, record) => {
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      const { sharedSecret } = await api.setUpTOTP();
      await api.verifyTOTPSetup({ code: totp(pool, sharedSecret) });
      await api.updateMFAPreference({ totp: 'ENABLED', email: 'ENABLED' });
      await api.signOut();
      await pool.advance(30_000);
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      await step(record, () => api.confirmSignIn({ challengeResponse: 'PHONE' }));
      await step(record, () => api.confirmSignIn({ challengeResponse: 'TOTP' }));
      await step(record, () => api.confirmSignIn({ challengeResponse: totp(pool, sharedSecret) }));
    },
  },
  {
    name: 'an unconfirmed account is the CONFIRM_SIGN_UP step',
    expected: ['CONFIRM_SIGN_UP', 'CONFIRM_SIGN_UP'],
    pool: { poolInput: { AutoVerifiedAttributes: ['email'] } },
    user: () => undefined,
    run: async (api, _pool, username, record) => {
      await step(record, () =>
        api.signUp({
          username,
          password: 'Passw0rd!',
          options: { userAttributes: { email: `${username}@example.com` } },
        }),
      );
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
    },
  },
  {
    name: 'a required password reset is the RESET_PASSWORD step',
    expected: ['RESET_PASSWORD', 'DONE'],
    user: passwordUser,
    run: async (api, pool, username, record) => {
      await pool.sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: pool.poolId, Username: username }));
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      const code = (await pool.codes(username)).at(-1) ?? '';
      await api.confirmResetPassword({ username, confirmationCode: code, newPassword: 'N3w-Passw0rd!' });
      await step(record, () => api.signIn({ username, password: 'N3w-Passw0rd!' }));
    },
  },
  {
    name: 'USER_AUTH with SMS_OTP',
    expected: ['CONFIRM_SIGN_IN_WITH_SMS_CODE', 'DONE'],
    pool: { poolInput: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'SMS_OTP'] } } } },
    user: phoneUser,
    run: async (api, pool, username, record) => {
      await step(record, () =>
        api.signIn({ username, options: { authFlowType: 'USER_AUTH', preferredChallenge: 'SMS_OTP' } }),
      );
      await step(record, async () =>
        api.confirmSignIn({ challengeResponse: (await pool.codes(username)).at(-1) ?? '' }),
      );
    },
  },
  {
    name: 'SMS MFA',
    expected: ['DONE', 'CONFIRM_SIGN_IN_WITH_SMS_CODE', 'error:CodeMismatchException', 'DONE'],
    mfa: 'OPTIONAL',
    sms: true,
    user: phoneUser,
    run: async (api, pool, username, record) => {
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      await api.updateMFAPreference({ sms: 'PREFERRED' });
      await api.signOut();
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      const code = (await pool.codes(username)).at(-1) ?? '';
      await step(record, () => api.confirmSignIn({ challengeResponse: otherThan(code) }));
      await step(record, () => api.confirmSignIn({ challengeResponse: code }));
    },
  },
  {
    name: 'a remembered device answers DEVICE_SRP_AUTH instead of the TOTP step, until it is forgotten',
    expected: ['DONE', 'DONE', 'CONFIRM_SIGN_IN_WITH_TOTP_CODE', 'DONE'],
    mfa: 'OPTIONAL',
    pool: {
      poolInput: {
        DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
      },
    },
    user: passwordUser,
    run: async (api, pool, username, record) => {
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      const { sharedSecret } = await api.setUpTOTP();
      await api.verifyTOTPSetup({ code: totp(pool, sharedSecret) });
      await api.updateMFAPreference({ totp: 'PREFERRED' });
      await api.signOut();
      await pool.advance(30_000);
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      await api.forgetDevice();
      await api.signOut();
      await step(record, () => api.signIn({ username, password: 'Passw0rd!' }));
      await step(record, () => api.confirmSignIn({ challengeResponse: totp(pool, sharedSecret) }));
    },
  },
  {
    name: 'sign-up, confirm, auto sign-in',
    expected: ['CONFIRM_SIGN_UP', 'COMPLETE_AUTO_SIGN_IN', 'DONE'],
    pool: { poolInput: { AutoVerifiedAttributes: ['email'] } },
    user: () => undefined,
    run: async (api, pool, username, record) => {
      await step(record, () =>
        api.signUp({
          username,
          password: 'Passw0rd!',
          options: { userAttributes: { email: `${username}@example.com` }, autoSignIn: true },
        }),
      );
      const code = (await pool.codes(username)).at(-1) ?? '';
      await step(record, () => api.confirmSignUp({ username, confirmationCode: code }));
      await step(record, () => api.autoSignIn());
    },
  },
];

const pools: TestPool[] = [];
afterAll(async () => {
  for (const pool of pools) await pool.stop();
});

/** A fresh pool per client run, so neither client sees codes or lockouts the other caused. */
async function runScenario(scenario: Scenario, client: 'amplify' | 'ours'): Promise<string[]> {
  const username = `${client}-user`;
  const user = scenario.user(username);
  const pool = await startTestPool({ ...scenario.pool, users: user ? [user] : [] });
  pools.push(pool);
  if (scenario.mfa) await enableTotpMfa(pool, scenario.mfa, { email: scenario.email, sms: scenario.sms });
  const steps: string[] = [];
  const record = (label: string) => steps.push(label);
  if (client === 'amplify') {
    configureAmplify(pool);
    // Amplify names a new device from `navigator.userAgent`; Node 20 has no navigator, so without this stand-in
    // Amplify silently skips ConfirmDevice and never remembers a device.
    const hadNavigator = 'navigator' in globalThis;
    if (!hadNavigator)
      Object.defineProperty(globalThis, 'navigator', { configurable: true, value: { userAgent: 'node' } });
    try {
      await scenario.run(amplify, pool, username, record);
    } finally {
      await amplify.signOut();
      if (!hadNavigator) delete (globalThis as { navigator?: unknown }).navigator;
    }
  } else {
    await scenario.run(createPoolAuthClient(pool).auth as unknown as Api, pool, username, record);
  }
  return steps;
}

describe('createAuthClient walks the same steps as Amplify v6', () => {
  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    // Each client gets its own pool, so the two runs share nothing and can overlap.
    const [theirs, ours] = await Promise.all([runScenario(scenario, 'amplify'), runScenario(scenario, 'ours')]);
    expect(theirs).toEqual(scenario.expected);
    expect(ours).toEqual(theirs);
  });
});
