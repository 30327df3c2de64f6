import { SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, describe, expect, it } from 'vitest';
import type { PasskeyPort } from '../../../core/auth/auth-context';
import { createAuthClient, type SignInInput } from '../../../core/auth/index';
import { createRouter } from '../../../core/messages/create-router';
import { createFactorPreferences } from '../../../core/preferences/create-factor-preferences';
import { createEngineRegistry } from '../../../core/profiles/create-engine-registry';
import { createEngineStorage } from '../../../core/profiles/create-engine-storage';
import { createProfileStore } from '../../../core/profiles/create-profile-store';
import { accountFlowHandlers } from '../../../core/profiles/handlers/account-flow-handlers';
import { authHandlers } from '../../../core/profiles/handlers/auth-handlers';
import { profileHandlers } from '../../../core/profiles/handlers/profile-handlers';
import { startTestPool, type TestPool, type TestUser } from '../../pool/support/test-pool';
import { totpNow } from '../../pool/support/totp-now';
import { createSoftwareAuthenticator } from '../../pool/webauthn/software-authenticator';
import { createMemoryStorage } from '../auth/memory-storage';
import { extensionId, extensionOrigin, popup } from '../messages/extension-senders';
import { memoryArea } from '../storage/memory-area';
import { makeTestVault } from '../vault/make-test-vault';

/**
 * The reliability suite's worker-stop property below the browser (docs/reliability-suite.md §5): every sign-in
 * flow the engine supports is walked with the worker thrown away at every step boundary — after each step the
 * engine answered and once more after DONE — and a fresh one built on the same storage, as a restarted service
 * worker is. Each flow runs in two layers: a bare `createAuthClient` on the same storage, and the worker's own
 * stack (router → auth and account handlers → engine registry → routed, sealed engine storage over storage areas and a vault
 * reopened on the same IndexedDB). At each boundary the fresh worker must report the same pending step the old
 * one answered (what the popup shows when it reopens) and go on from there with nothing typed again; after DONE it
 * must still hold the tokens. A boundary where either fails counts as lost.
 */

type NextStep = { signInStep: string } & Record<string, unknown>;
/** The account calls (sign-up, confirmation, reset, auto sign-in) a flow may make around its sign-in. */
type AccountCallName =
  | 'signIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'resendSignUpCode'
  | 'autoSignIn'
  | 'resetPassword'
  | 'confirmResetPassword';
/** What the test needs of one running worker instance. */
interface RunningWorker {
  signIn(input: SignInInput): Promise<NextStep>;
  /** An account call; answers the step it reached (`signUpStep`, `resetPasswordStep`, `signInStep`, or a name). */
  call(name: AccountCallName, input: object): Promise<string>;
  confirmSignIn(challengeResponse: string): Promise<NextStep>;
  pendingSignIn(): Promise<{ username: string; nextStep: NextStep } | null>;
  /** The signed-in user's name and access token, or null when no tokens are held. */
  session(): Promise<{ username: string; accessToken: string } | null>;
  signOut(): Promise<void>;
}
/** Boots a layer's storage for one pool and answers `start`, which builds a fresh worker on that storage. */
type Layer = (pool: TestPool, passkeys: PasskeyPort) => Promise<() => RunningWorker>;

const RELYING_PARTY_ORIGIN = 'http://localhost:5173';

/** The step an account call's output reached, named as Amplify names it; a code resent or a reset done by name. */
function stepOf(output: unknown): string {
  const value = output as { nextStep?: Record<string, string>; deliveryMedium?: string } | undefined;
  const next = value?.nextStep;
  if (next) return next.signInStep ?? next.signUpStep ?? next.resetPasswordStep ?? 'UNKNOWN';
  return value?.deliveryMedium ? 'CODE_SENT' : 'PASSWORD_RESET';
}

/** A plain engine on one in-memory storage that outlives it. */
const engineLayer: Layer = async (pool, passkeys) => {
  const storage = createMemoryStorage();
  return () => {
    const auth = createAuthClient({
      userPoolId: pool.poolId,
      userPoolClientId: pool.clientId,
      userPoolEndpoint: pool.url,
      storage,
      passkeys,
    });
    return {
      signIn: async (input) => (await auth.signIn(input)).nextStep as NextStep,
      call: async (name, input) => stepOf(await (auth[name] as (input: object) => Promise<unknown>)(input)),
      confirmSignIn: async (challengeResponse) =>
        (await auth.confirmSignIn({ challengeResponse })).nextStep as NextStep,
      pendingSignIn: async () => ((await auth.getPendingSignIn()) as { username: string; nextStep: NextStep }) ?? null,
      async session() {
        const { tokens } = await auth.fetchAuthSession();
        if (!tokens) return null;
        return { username: (await auth.getCurrentUser()).username, accessToken: tokens.accessToken.toString() };
      },
      signOut: () => auth.signOut(),
    };
  };
};

/** The worker as the background wires it, over storage areas and a vault IndexedDB that outlive each instance. */
const handlersLayer: Layer = async (pool, passkeys) => {
  const local = memoryArea();
  const session = memoryArea();
  const vaults = makeTestVault();
  const start = () => {
    const vault = vaults.reopen();
    const profiles = createProfileStore({ area: local, now: () => Date.now(), newId: () => 'pool' });
    const engines = createEngineRegistry({
      profiles,
      platform: {
        storageFor: (profileId) => createEngineStorage({ profileId, local, session, sealer: vault }),
        passkeysFor: () => passkeys,
      },
    });
    const route = createRouter({
      extensionId,
      extensionOrigin,
      context: { profiles, engines, preferences: createFactorPreferences({ area: local, now: () => Date.now() }) },
      handlers: { ...profileHandlers, ...authHandlers, ...accountFlowHandlers },
    });
    return async <T>(type: string, input: object): Promise<T> => {
      const reply = await route({ type, input }, popup);
      if (!reply.ok) throw Object.assign(new Error(`${type}: ${reply.code}: ${reply.message}`), { code: reply.code });
      return reply.data as T;
    };
  };
  const added = await start()('profiles.add', {
    label: 'Pool',
    userPoolId: pool.poolId,
    userPoolClientId: pool.clientId,
    userPoolEndpoint: pool.url,
    origins: [RELYING_PARTY_ORIGIN],
  });
  expect(added).toMatchObject({ id: 'pool' });
  return () => {
    const send = start();
    const profileId = 'pool';
    return {
      signIn: async (input) => (await send<{ nextStep: NextStep }>('auth.signIn', { profileId, ...input })).nextStep,
      call: async (name, input) => stepOf(await send<unknown>(`auth.${name}`, { profileId, ...input })),
      confirmSignIn: async (challengeResponse) =>
        (await send<{ nextStep: NextStep }>('auth.confirmSignIn', { profileId, challengeResponse })).nextStep,
      pendingSignIn: () => send<{ username: string; nextStep: NextStep } | null>('auth.pendingSignIn', { profileId }),
      async session() {
        const summary = await send<{ signedIn: boolean; username?: string; accessToken?: string }>('auth.session', {
          profileId,
        });
        return summary.signedIn ? { username: summary.username!, accessToken: summary.accessToken! } : null;
      },
      signOut: () => send<void>('auth.signOut', { profileId }),
    };
  };
};

const layers = { engine: engineLayer, 'worker handlers': handlersLayer } satisfies Record<string, Layer>;

/** What a step's answer may use: the pool (its outbox and clock), the user, and what preparation left. */
interface FlowContext {
  pool: TestPool;
  username: string;
  totpSecret: string;
  /** The step being answered. */
  step: NextStep;
}
type Answer = string | ((context: FlowContext) => string | Promise<string>);
/** An account call and its input, which may read the pool's outbox. */
interface AccountCall {
  name: AccountCallName;
  input?: (context: Omit<FlowContext, 'step'>) => object | Promise<object>;
}
/**
 * One sign-in to DONE, after the account calls that lead to it (each on a fresh worker); a flow signs out between
 * attempts. Without `signIn`, the last call is the one that signs in (auto sign-in, or a plain `signIn` call).
 */
interface Attempt {
  calls?: AccountCall[];
  signIn?: (username: string) => SignInInput;
  answers: Answer[];
}
interface Flow {
  name: string;
  pool?: Omit<Parameters<typeof startTestPool>[0], 'users'>;
  /** The user the pool starts with; none for a flow that signs up. */
  user?: (username: string) => TestUser;
  /** Before the flow: enrol MFA or a passkey through a separate client, as the person did earlier. */
  prepare?: (setup: SetupContext) => Promise<{ totpSecret?: string }>;
  attempts: Attempt[];
  /** Every `signInStep` the flow answers, in order. */
  expected: string[];
}
interface SetupContext {
  pool: TestPool;
  username: string;
  passkeys: PasskeyPort;
}

const PASSWORD = 'Passw0rd!';
const emailUser = (username: string): TestUser => ({
  username,
  password: PASSWORD,
  attributes: { email: `${username}@example.com`, email_verified: 'true' },
});
const phoneUser = (username: string): TestUser => ({
  username,
  password: PASSWORD,
  attributes: { phone_number: '+15555550100', phone_number_verified: 'true' },
});
const everyContactUser = (username: string): TestUser => ({
  username,
  password: PASSWORD,
  attributes: {
    email: `${username}@example.com`,
    email_verified: 'true',
    phone_number: '+15555550100',
    phone_number_verified: 'true',
  },
});
const withPassword = (options?: SignInInput['options']) => (username: string) => ({
  username,
  password: PASSWORD,
  ...(options ? { options } : {}),
});
const withoutPassword = (options: SignInInput['options']) => (username: string) => ({ username, options });
const outboxCode: Answer = async ({ pool, username }) => (await pool.codes(username)).at(-1) ?? '';
const enrolledTotp: Answer = ({ pool, totpSecret }) => totpNow(pool, totpSecret);
const setupTotp: Answer = ({ pool, step }) =>
  totpNow(pool, (step.totpSetupDetails as { sharedSecret: string }).sharedSecret);

/** A pool that mails a confirmation code on sign-up. */
const signUpPool = { poolInput: { AutoVerifiedAttributes: ['email'] } };
const newAccount = (username: string) => ({
  username,
  password: PASSWORD,
  options: { userAttributes: { email: `${username}@example.com` }, autoSignIn: true },
});
const signUpRequest = (username: string) => ({
  Username: username,
  Password: PASSWORD,
  UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
});
const signUpCode = async ({ pool, username }: Omit<FlowContext, 'step'>) => ({
  username,
  confirmationCode: (await pool.codes(username)).at(-1) ?? '',
});

const firstFactorPool = (factors: string[]) => ({
  poolInput: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: factors } } },
});
const allFirstFactors = firstFactorPool(['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN']);

/** A client outside the flow (the person's earlier session) that signs in with the password, does `then`, signs out. */
async function asTheUser(
  { pool, username, passkeys }: SetupContext,
  then: (auth: ReturnType<typeof createAuthClient>) => Promise<void>,
): Promise<void> {
  const auth = createAuthClient({
    userPoolId: pool.poolId,
    userPoolClientId: pool.clientId,
    userPoolEndpoint: pool.url,
    storage: createMemoryStorage(),
    passkeys,
  });
  await auth.signIn({ username, password: PASSWORD, options: { authFlowType: 'USER_PASSWORD_AUTH' } });
  await then(auth);
  await auth.signOut();
}

/** Sets up and verifies TOTP, sets the MFA preference, and moves the pool past the period the setup code used. */
async function enrolTotp(setup: SetupContext, preference: Record<string, string>): Promise<{ totpSecret: string }> {
  let totpSecret = '';
  await asTheUser(setup, async (auth) => {
    totpSecret = (await auth.setUpTOTP()).sharedSecret;
    await auth.verifyTOTPSetup({ code: totpNow(setup.pool, totpSecret) });
    await auth.updateMFAPreference(preference);
  });
  await setup.pool.advance(30_000);
  return { totpSecret };
}

/** Turns passkeys on for the pool (relying party localhost) and registers one for the user. */
async function enrolPasskey(setup: SetupContext): Promise<{ totpSecret?: string }> {
  await setup.pool.sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: setup.pool.poolId,
      MfaConfiguration: 'OFF',
      WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' },
    }),
  );
  await asTheUser(setup, (auth) => auth.associateWebAuthnCredential());
  return {};
}

const flows: Flow[] = [
  {
    name: 'SRP (the default), password only',
    user: emailUser,
    attempts: [{ signIn: withPassword(), answers: [] }],
    expected: ['DONE'],
  },
  {
    name: 'USER_PASSWORD_AUTH',
    user: emailUser,
    attempts: [{ signIn: withPassword({ authFlowType: 'USER_PASSWORD_AUTH' }), answers: [] }],
    expected: ['DONE'],
  },
  {
    name: 'CUSTOM_WITH_SRP: password, then the custom challenge',
    pool: { localConfig: { CustomAuth: { mode: 'secret-answer', answer: '42', srpFirst: true } } },
    user: emailUser,
    attempts: [{ signIn: withPassword({ authFlowType: 'CUSTOM_WITH_SRP' }), answers: ['42'] }],
    expected: ['CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', 'DONE'],
  },
  {
    name: 'CUSTOM_WITHOUT_SRP: a wrong answer, a new challenge, the right answer',
    pool: { localConfig: { CustomAuth: { mode: 'secret-answer', answer: '42' } } },
    user: emailUser,
    attempts: [{ signIn: withoutPassword({ authFlowType: 'CUSTOM_WITHOUT_SRP' }), answers: ['41', '42'] }],
    expected: ['CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', 'DONE'],
  },
  ...(['PASSWORD', 'PASSWORD_SRP'] as const).map(
    (preferredChallenge): Flow => ({
      name: `USER_AUTH preferring ${preferredChallenge}`,
      pool: firstFactorPool(['PASSWORD', 'EMAIL_OTP']),
      user: emailUser,
      attempts: [{ signIn: withPassword({ authFlowType: 'USER_AUTH', preferredChallenge }), answers: [] }],
      expected: ['DONE'],
    }),
  ),
  {
    name: 'USER_AUTH preferring EMAIL_OTP',
    pool: firstFactorPool(['PASSWORD', 'EMAIL_OTP']),
    user: emailUser,
    attempts: [
      {
        signIn: withoutPassword({ authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' }),
        answers: [outboxCode],
      },
    ],
    expected: ['CONFIRM_SIGN_IN_WITH_EMAIL_CODE', 'DONE'],
  },
  {
    name: 'USER_AUTH preferring SMS_OTP',
    pool: firstFactorPool(['PASSWORD', 'SMS_OTP']),
    user: phoneUser,
    attempts: [
      { signIn: withoutPassword({ authFlowType: 'USER_AUTH', preferredChallenge: 'SMS_OTP' }), answers: [outboxCode] },
    ],
    expected: ['CONFIRM_SIGN_IN_WITH_SMS_CODE', 'DONE'],
  },
  {
    name: 'USER_AUTH preferring WEB_AUTHN',
    pool: firstFactorPool(['PASSWORD', 'WEB_AUTHN']),
    user: emailUser,
    prepare: enrolPasskey,
    attempts: [
      { signIn: withoutPassword({ authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' }), answers: [] },
    ],
    expected: ['DONE'],
  },
  ...(['PASSWORD', 'PASSWORD_SRP'] as const).map(
    (factor): Flow => ({
      name: `USER_AUTH first-factor selection, then ${factor} and the password`,
      pool: allFirstFactors,
      user: everyContactUser,
      prepare: enrolPasskey,
      attempts: [{ signIn: withoutPassword({ authFlowType: 'USER_AUTH' }), answers: [factor, PASSWORD] }],
      expected: ['CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', 'CONFIRM_SIGN_IN_WITH_PASSWORD', 'DONE'],
    }),
  ),
  ...(
    [
      ['EMAIL_OTP', 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE'],
      ['SMS_OTP', 'CONFIRM_SIGN_IN_WITH_SMS_CODE'],
    ] as const
  ).map(
    ([factor, codeStep]): Flow => ({
      name: `USER_AUTH first-factor selection, then ${factor} and the code`,
      pool: allFirstFactors,
      user: everyContactUser,
      prepare: enrolPasskey,
      attempts: [{ signIn: withoutPassword({ authFlowType: 'USER_AUTH' }), answers: [factor, outboxCode] }],
      expected: ['CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', codeStep, 'DONE'],
    }),
  ),
  {
    name: 'USER_AUTH first-factor selection, then WEB_AUTHN',
    pool: allFirstFactors,
    user: everyContactUser,
    prepare: enrolPasskey,
    attempts: [{ signIn: withoutPassword({ authFlowType: 'USER_AUTH' }), answers: ['WEB_AUTHN'] }],
    expected: ['CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', 'DONE'],
  },
  {
    name: 'TOTP MFA',
    pool: { mfa: { configuration: 'OPTIONAL', totp: true } },
    user: emailUser,
    prepare: (setup) => enrolTotp(setup, { totp: 'PREFERRED' }),
    attempts: [{ signIn: withPassword(), answers: [enrolledTotp] }],
    expected: ['CONFIRM_SIGN_IN_WITH_TOTP_CODE', 'DONE'],
  },
  {
    name: 'SMS MFA',
    pool: { mfa: { configuration: 'OPTIONAL', totp: true, sms: true } },
    user: phoneUser,
    prepare: async (setup) => {
      await asTheUser(setup, (auth) => auth.updateMFAPreference({ sms: 'PREFERRED' }));
      return {};
    },
    attempts: [{ signIn: withPassword(), answers: [outboxCode] }],
    expected: ['CONFIRM_SIGN_IN_WITH_SMS_CODE', 'DONE'],
  },
  {
    name: 'email MFA',
    pool: { mfa: { configuration: 'OPTIONAL', totp: true, email: true } },
    user: emailUser,
    prepare: async (setup) => {
      await asTheUser(setup, (auth) => auth.updateMFAPreference({ email: 'PREFERRED' }));
      return {};
    },
    attempts: [{ signIn: withPassword(), answers: [outboxCode] }],
    expected: ['CONFIRM_SIGN_IN_WITH_EMAIL_CODE', 'DONE'],
  },
  ...(
    [
      ['TOTP', enrolledTotp, 'CONFIRM_SIGN_IN_WITH_TOTP_CODE'],
      ['EMAIL', outboxCode, 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE'],
    ] as const
  ).map(
    ([choice, code, codeStep]): Flow => ({
      name: `MFA selection, then ${choice}`,
      pool: { mfa: { configuration: 'OPTIONAL', totp: true, email: true } },
      user: emailUser,
      prepare: (setup) => enrolTotp(setup, { totp: 'ENABLED', email: 'ENABLED' }),
      attempts: [{ signIn: withPassword(), answers: [choice, code] }],
      expected: ['CONTINUE_SIGN_IN_WITH_MFA_SELECTION', codeStep, 'DONE'],
    }),
  ),
  {
    name: 'TOTP set-up during sign-in (MFA required, TOTP only)',
    pool: { mfa: { configuration: 'ON', totp: true } },
    user: emailUser,
    attempts: [{ signIn: withPassword(), answers: [setupTotp] }],
    expected: ['CONTINUE_SIGN_IN_WITH_TOTP_SETUP', 'DONE'],
  },
  {
    name: 'MFA set-up selection, then TOTP set-up',
    pool: { mfa: { configuration: 'ON', totp: true, email: true } },
    user: (username) => ({ username, password: PASSWORD }),
    attempts: [{ signIn: withPassword(), answers: ['TOTP', setupTotp] }],
    expected: ['CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', 'DONE'],
  },
  {
    name: 'MFA set-up selection, then email set-up and the emailed code',
    pool: { mfa: { configuration: 'ON', totp: true, email: true } },
    user: (username) => ({ username, password: PASSWORD }),
    attempts: [{ signIn: withPassword(), answers: ['EMAIL', ({ username }) => `${username}@example.com`, outboxCode] }],
    expected: [
      'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION',
      'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP',
      'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
      'DONE',
    ],
  },
  {
    name: 'new password required',
    user: (username) => ({ username, password: 'Temp0rary!', temporary: true }),
    attempts: [{ signIn: (username) => ({ username, password: 'Temp0rary!' }), answers: ['N3w-Passw0rd!'] }],
    expected: ['CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'DONE'],
  },
  {
    name: 'new password required, then TOTP set-up',
    pool: { mfa: { configuration: 'ON', totp: true } },
    user: (username) => ({ username, password: 'Temp0rary!', temporary: true }),
    attempts: [{ signIn: (username) => ({ username, password: 'Temp0rary!' }), answers: ['N3w-Passw0rd!', setupTotp] }],
    expected: ['CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', 'DONE'],
  },
  {
    name: 'sign-up, confirmation by the emailed code, then auto sign-in with nothing typed again',
    pool: signUpPool,
    attempts: [
      {
        calls: [
          { name: 'signUp', input: ({ username }) => newAccount(username) },
          { name: 'confirmSignUp', input: signUpCode },
          { name: 'autoSignIn' },
        ],
        answers: [],
      },
    ],
    expected: ['CONFIRM_SIGN_UP', 'COMPLETE_AUTO_SIGN_IN', 'DONE'],
  },
  {
    name: 'reset password, confirmation with the emailed code and a new password, then a sign-in with it',
    user: emailUser,
    attempts: [
      {
        calls: [
          { name: 'resetPassword', input: ({ username }) => ({ username }) },
          {
            name: 'confirmResetPassword',
            input: async (context) => ({ ...(await signUpCode(context)), newPassword: 'N3w-Passw0rd!' }),
          },
        ],
        signIn: (username) => ({ username, password: 'N3w-Passw0rd!' }),
        answers: [],
      },
    ],
    expected: ['CONFIRM_RESET_PASSWORD_WITH_CODE', 'PASSWORD_RESET', 'DONE'],
  },
  {
    name: 'a sign-in that needs the sign-up confirmed: a code resent, the confirmation, then the sign-in',
    pool: signUpPool,
    prepare: async ({ pool, username }) => {
      const signedUp = await pool.call('SignUp', { ClientId: pool.clientId, ...signUpRequest(username) });
      expect(signedUp.status).toBe(200);
      return {};
    },
    attempts: [
      {
        calls: [
          { name: 'signIn', input: ({ username }) => ({ username, password: PASSWORD }) },
          { name: 'resendSignUpCode', input: ({ username }) => ({ username }) },
          { name: 'confirmSignUp', input: signUpCode },
          { name: 'signIn', input: ({ username }) => ({ username, password: PASSWORD }) },
        ],
        answers: [],
      },
    ],
    expected: ['CONFIRM_SIGN_UP', 'CODE_SENT', 'DONE', 'DONE'],
  },
  {
    name: 'remembered device: TOTP on a new device, then a sign-in the device answers',
    pool: {
      mfa: { configuration: 'OPTIONAL', totp: true },
      poolInput: {
        DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
      },
    },
    user: emailUser,
    prepare: (setup) => enrolTotp(setup, { totp: 'PREFERRED' }),
    attempts: [
      { signIn: withPassword(), answers: [enrolledTotp] },
      { signIn: withPassword(), answers: [] },
    ],
    expected: ['CONFIRM_SIGN_IN_WITH_TOTP_CODE', 'DONE', 'DONE'],
  },
];

/** What JSON keeps of a step (the engine's TOTP set-up step carries a function), for comparing across workers. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

interface Walk {
  steps: string[];
  boundaries: number;
  lost: string[];
}

/** Walks one flow in one layer, starting a fresh worker at every step boundary. */
async function walk(flow: Flow, layer: Layer): Promise<Walk> {
  const username = 'uma';
  const pool = await startTestPool({ ...flow.pool, users: flow.user ? [flow.user(username)] : [] });
  pools.push(pool);
  // The authenticator is the person's, outside the worker: it keeps its credentials across worker restarts.
  const authenticator = createSoftwareAuthenticator({ origin: RELYING_PARTY_ORIGIN });
  const passkeys: PasskeyPort = {
    get: async (options) => authenticator.get(options as never) as never,
    create: async (options) => authenticator.create(options as never) as never,
  };
  const { totpSecret = '' } = (await flow.prepare?.({ pool, username, passkeys })) ?? {};
  const start = await layer(pool, passkeys);
  const result: Walk = { steps: [], boundaries: 0, lost: [] };
  try {
    await walkAttempts({ flow, start, result, context: { pool, username, totpSecret } });
  } catch (error) {
    // A step that fails after a restart is a sign-in lost at that boundary.
    const code = (error as { code?: string }).code ?? String(error);
    result.lost.push(`${flow.name}: step ${result.steps.length + 1} failed: ${code}`);
  }
  return result;
}

/** The attempts of one flow, each step on a fresh worker; what a restarted worker forgot goes into `result.lost`. */
async function walkAttempts(options: {
  flow: Flow;
  start: () => RunningWorker;
  result: Walk;
  context: Omit<FlowContext, 'step'>;
}): Promise<void> {
  const { flow, start, result, context } = options;
  const lose = (what: string) => result.lost.push(`${flow.name}: ${what}`);
  for (const [index, attempt] of flow.attempts.entries()) {
    for (const [callIndex, call] of (attempt.calls ?? []).entries()) {
      const worker = start();
      if (callIndex > 0) {
        // The worker stopped after the previous call; the fresh one must go on with nothing typed again.
        result.boundaries += 1;
        if ((await worker.pendingSignIn()) !== null) lose(`before ${call.name} a sign-in is reported pending`);
      }
      result.steps.push(await worker.call(call.name, (await call.input?.(context)) ?? {}));
    }
    if (!attempt.signIn) {
      await checkAfterDone({ flow, start, result, context, index });
      continue;
    }
    if (attempt.calls?.length) result.boundaries += 1;
    let step = await start().signIn(attempt.signIn(context.username));
    result.steps.push(step.signInStep);
    for (const answer of attempt.answers) {
      // The worker stops here; the next request meets a fresh one.
      const worker = start();
      result.boundaries += 1;
      const pending = await worker.pendingSignIn();
      if (pending?.username !== context.username || !isDeepEqual(plain(pending.nextStep), plain(step))) {
        lose(`after ${step.signInStep} the restarted worker reports ${JSON.stringify(pending)}`);
      }
      const response =
        typeof answer === 'string' ? answer : await answer({ ...context, step: plain(step) as NextStep });
      step = await worker.confirmSignIn(response);
      result.steps.push(step.signInStep);
    }
    await checkAfterDone({ flow, start, result, context, index });
  }
}

/** Once more after DONE: the restarted worker holds the tokens and no sign-in in progress; signs out between attempts. */
async function checkAfterDone(options: {
  flow: Flow;
  start: () => RunningWorker;
  result: Walk;
  context: Omit<FlowContext, 'step'>;
  index: number;
}): Promise<void> {
  const { flow, start, result, context, index } = options;
  const lose = (what: string) => result.lost.push(`${flow.name}: ${what}`);
  const worker = start();
  result.boundaries += 1;
  const session = await worker.session();
  if (session?.username !== context.username) lose(`attempt ${index + 1}: after DONE the worker has no session`);
  if ((await worker.pendingSignIn()) !== null) lose(`attempt ${index + 1}: a sign-in is still pending after DONE`);
  if (index < flow.attempts.length - 1) await worker.signOut();
}

function isDeepEqual(left: unknown, right: unknown): boolean {
  try {
    expect(left).toEqual(right);
    return true;
  } catch {
    return false;
  }
}

const pools: TestPool[] = [];
const tally = { flows: 0, boundaries: 0, lost: [] as string[] };
afterAll(async () => {
  for (const pool of pools) await pool.stop();
});

describe('a sign-in survives a worker stop at every step boundary', () => {
  it.each(flows.map((flow) => [flow.name, flow] as const))('%s', async (_name, flow) => {
    const walks = await Promise.all(Object.values(layers).map((layer) => walk(flow, layer)));
    for (const [layerName, result] of Object.keys(layers).map((name, index) => [name, walks[index]!] as const)) {
      expect(result.steps, layerName).toEqual(flow.expected);
      expect(result.lost, layerName).toEqual([]);
      tally.boundaries += result.boundaries;
      tally.lost.push(...result.lost);
    }
    tally.flows += 1;
  });

  it('covers every flow in both layers with no sign-in lost', () => {
    console.log(
      `[worker-stop] ${tally.flows} flows × ${tally.boundaries} steps (${Object.keys(layers).length} layers: ` +
        `${Object.keys(layers).join(', ')}), ${tally.lost.length} lost`,
    );
    expect(tally.flows).toBe(flows.length);
    expect(tally.lost).toEqual([]);
  });
});
