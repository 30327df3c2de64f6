import { SidekeyError } from '../errors/sidekey-error';
import type { SignInEffect } from './sign-in-effect';
import type { AuthFlowType, SignInInput } from './sign-in-types';

type FlowInput = { username: string; password?: string; preferredChallenge?: string; session?: string };

const requirePassword = (password: string | undefined): string => {
  if (!password) throw new SidekeyError({ code: 'EmptySignInPassword', message: 'password is required to signIn' });
  return password;
};

/** USER_AUTH's first request for each preferred challenge (docs/cognito-api.md §2.6). */
const userAuth = ({ username, password, preferredChallenge, session }: FlowInput): SignInEffect => {
  const base = { type: 'initiate', authFlow: 'USER_AUTH', session } as const;
  if (!preferredChallenge) return { ...base, parameters: { USERNAME: username } };
  const parameters = { USERNAME: username, PREFERRED_CHALLENGE: preferredChallenge };
  if (preferredChallenge === 'PASSWORD_SRP') return { ...base, parameters, srpPassword: requirePassword(password) };
  if (preferredChallenge === 'PASSWORD')
    return { ...base, parameters: { ...parameters, PASSWORD: requirePassword(password) } };
  return { ...base, parameters };
};

/**
 * The first request of each sign-in flow (docs/cognito-api.md §2.2–§2.6), with Amplify's input checks. What
 * follows is decided by the challenge table.
 */
export const SIGN_IN_FLOWS: Record<AuthFlowType, (input: FlowInput) => SignInEffect> = {
  USER_SRP_AUTH: ({ username, password }) => ({
    type: 'initiate',
    authFlow: 'USER_SRP_AUTH',
    parameters: { USERNAME: username },
    srpPassword: requirePassword(password),
  }),
  USER_PASSWORD_AUTH: ({ username, password }) => ({
    type: 'initiate',
    authFlow: 'USER_PASSWORD_AUTH',
    parameters: { USERNAME: username, PASSWORD: requirePassword(password) },
    withDeviceKey: true,
  }),
  CUSTOM_WITHOUT_SRP: ({ username, password }) => {
    if (password)
      throw new SidekeyError({
        code: 'CustomAuthSignInPassword',
        message: 'A password is not needed when signing in with CUSTOM_WITHOUT_SRP',
      });
    return { type: 'initiate', authFlow: 'CUSTOM_AUTH', parameters: { USERNAME: username }, withDeviceKey: true };
  },
  CUSTOM_WITH_SRP: ({ username, password }) => ({
    type: 'initiate',
    authFlow: 'CUSTOM_AUTH',
    parameters: { USERNAME: username, CHALLENGE_NAME: 'SRP_A' },
    srpPassword: requirePassword(password),
  }),
  USER_AUTH: userAuth,
};

/** The first effect for a signIn call, after checking the username and the flow name. */
export function firstSignInEffect(input: SignInInput & { session?: string }): SignInEffect {
  if (!input.username)
    throw new SidekeyError({ code: 'EmptySignInUsername', message: 'username is required to signIn' });
  const flow = input.options?.authFlowType ?? 'USER_SRP_AUTH';
  if (!Object.hasOwn(SIGN_IN_FLOWS, flow))
    throw new SidekeyError({ code: 'SignInException', message: `Unknown authFlowType ${String(flow)}.` });
  return SIGN_IN_FLOWS[flow]({
    username: input.username,
    password: input.password,
    preferredChallenge: input.options?.preferredChallenge,
    session: input.session,
  });
}
