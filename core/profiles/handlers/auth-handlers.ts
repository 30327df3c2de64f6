import type { RequestHandler } from '../../messages/create-router';
import type { EngineRegistry } from '../create-engine-registry';
import type { ProfileStore } from '../create-profile-store';
import { type MessageNextStep, type MessageSignInOutput, toMessageOutput } from '../to-message-output';
import {
  parseConfirmSignInMessage,
  parseProfileMessage,
  parseSessionMessage,
  parseSignInMessage,
  parseSignOutMessage,
} from './parse-auth-input';

interface Context {
  profiles: ProfileStore;
  engines: EngineRegistry;
}

/** What the popup shows of a signed-in session: who, until when, and the raw tokens for developers to copy. */
export interface SessionSummary {
  signedIn: boolean;
  username?: string;
  userId?: string;
  expiresAt?: number;
  idToken?: string;
  accessToken?: string;
}

type Handler<Input, Output> = RequestHandler<Input, Output, Context>;

async function appNameFor(context: Context, profileId: string) {
  return (await context.profiles.get(profileId)).label;
}

/**
 * The sign-in engine's surface for Sidekey's own pages: one engine per profile (`engines.engineFor`), so a worker
 * that was stopped mid-sign-in picks the sign-in up from storage on its next wake.
 */
export const authHandlers = {
  'auth.signIn': {
    from: ['extension-page'],
    parse: parseSignInMessage,
    async run({ profileId, ...input }, context) {
      const engine = await context.engines.engineFor(profileId);
      return toMessageOutput(await engine.signIn(input), { appName: await appNameFor(context, profileId) });
    },
  } satisfies Handler<ReturnType<typeof parseSignInMessage>, MessageSignInOutput>,

  'auth.confirmSignIn': {
    from: ['extension-page'],
    parse: parseConfirmSignInMessage,
    async run({ profileId, ...input }, context) {
      const engine = await context.engines.engineFor(profileId);
      return toMessageOutput(await engine.confirmSignIn(input), { appName: await appNameFor(context, profileId) });
    },
  } satisfies Handler<ReturnType<typeof parseConfirmSignInMessage>, MessageSignInOutput>,

  'auth.pendingSignIn': {
    from: ['extension-page'],
    parse: parseProfileMessage,
    async run({ profileId }, context) {
      const pending = await (await context.engines.engineFor(profileId)).getPendingSignIn();
      if (!pending) return null;
      const appName = await appNameFor(context, profileId);
      const { nextStep } = toMessageOutput({ isSignedIn: false, nextStep: pending.nextStep }, { appName });
      return { username: pending.username, nextStep };
    },
  } satisfies Handler<{ profileId: string }, { username: string; nextStep: MessageNextStep } | null>,

  'auth.cancelSignIn': {
    from: ['extension-page'],
    parse: parseProfileMessage,
    async run({ profileId }, context) {
      await (await context.engines.engineFor(profileId)).cancelSignIn();
    },
  } satisfies Handler<{ profileId: string }, void>,

  'auth.signInWithRedirect': {
    from: ['extension-page'],
    parse: parseProfileMessage,
    async run({ profileId }, context) {
      return (await context.engines.engineFor(profileId)).signInWithRedirect();
    },
  } satisfies Handler<{ profileId: string }, { username: string }>,

  'auth.signOut': {
    from: ['extension-page'],
    parse: parseSignOutMessage,
    async run({ profileId, global }, context) {
      await (await context.engines.engineFor(profileId)).signOut({ global });
    },
  } satisfies Handler<ReturnType<typeof parseSignOutMessage>, void>,

  'auth.session': {
    from: ['extension-page'],
    parse: parseSessionMessage,
    async run({ profileId, forceRefresh }, context) {
      const engine = await context.engines.engineFor(profileId);
      const { tokens } = await engine.fetchAuthSession({ forceRefresh });
      if (!tokens) return { signedIn: false };
      const user = await engine.getCurrentUser();
      return {
        signedIn: true,
        username: user.username,
        userId: user.userId,
        expiresAt: (tokens.accessToken.payload.exp ?? 0) * 1000,
        idToken: tokens.idToken?.toString(),
        accessToken: tokens.accessToken.toString(),
      };
    },
  } satisfies Handler<ReturnType<typeof parseSessionMessage>, SessionSummary>,
};
