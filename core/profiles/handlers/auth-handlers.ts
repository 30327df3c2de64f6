import type { ContractHandlers } from '../../messages/message-contract';
import { boolean, dictionary, object, oneOf, optional, parser, type Shape, string } from '../../messages/shape';
import type { FactorPreferences } from '../../preferences/create-factor-preferences';
import type { RedirectProviderInput } from '../account-message-shapes';
import type { AccountRequests } from '../account-messages';
import type { EngineRegistry } from '../create-engine-registry';
import type { ProfileStore } from '../create-profile-store';
import { choiceForFactor, choiceOfStep, type FactorPick, factorPicked, firstFactorPicked } from '../factor-picked';
import { toMessageOutput } from '../to-message-output';
import { clientMetadata, profileId, signInOptions } from './account-input';
import type { accountSettingsHandlers } from './account-settings-handlers';

interface Context {
  profiles: ProfileStore;
  engines: Pick<EngineRegistry, 'engineFor' | 'signOut'>;
  preferences: Pick<FactorPreferences, 'remember' | 'preferred'>;
}

type AuthRequests = Omit<
  AccountRequests,
  | 'profiles.list'
  | 'profiles.add'
  | 'profiles.update'
  | 'profiles.remove'
  | 'auth.listPasskeys'
  | 'auth.registerPasskey'
  | 'auth.deletePasskey'
  | 'auth.signInSite'
  | 'auth.signUp'
  | 'auth.confirmSignUp'
  | 'auth.resendSignUpCode'
  | 'auth.autoSignIn'
  | 'auth.resetPassword'
  | 'auth.confirmResetPassword'
  | keyof typeof accountSettingsHandlers
  | 'site.fillPage'
  | 'site.discoverPool'
>;

const withProfile = parser(object({ profileId }));
const namedProvider = oneOf(['Google', 'Facebook', 'Amazon', 'Apple']);
const customProvider = object({ custom: string({ max: 128 }) });
/** Amplify's social provider names, or `{ custom }` naming the pool's OIDC/SAML provider. */
const redirectProvider: Shape<RedirectProviderInput> = (value, field) =>
  typeof value === 'string' ? namedProvider(value, field) : customProvider(value, field);

async function appNameFor(context: Context, id: string) {
  return (await context.profiles.get(id)).label;
}

/**
 * Remembers a factor the person picked in the popup for this pool's account, so a page of a site the pool serves
 * preselects it too. A preference is a hint: failing to store it never fails the sign-in.
 */
async function rememberPick(context: Context, profileId: string, username: string, pick: FactorPick | null) {
  if (!pick) return;
  try {
    const { userPoolId } = await context.profiles.get(profileId);
    await context.preferences.remember({ scopes: [{ userPoolId }], username, ...pick });
  } catch {
    // Unreadable preferences stay as they are (core/preferences/create-factor-preferences.ts).
  }
}

/**
 * The sign-in engine's surface for Sidekey's own pages (core/profiles/account-messages.ts): one engine per profile
 * (`engines.engineFor`), so a worker that was stopped mid-sign-in picks the sign-in up from storage on its next wake.
 */
export const authHandlers = {
  'auth.signIn': {
    from: ['extension-page'],
    parse: parser(
      object({
        profileId,
        username: string({ max: 256 }),
        password: optional(string()),
        options: optional(signInOptions),
      }),
    ),
    async run({ profileId, ...input }, context) {
      const engine = await context.engines.engineFor(profileId);
      const output = await engine.signIn(input);
      if (input.options?.authFlowType === 'USER_AUTH') {
        await rememberPick(context, profileId, input.username, firstFactorPicked(input.options.preferredChallenge));
      }
      return toMessageOutput(output, { appName: await appNameFor(context, profileId) });
    },
  },

  'auth.confirmSignIn': {
    from: ['extension-page'],
    parse: parser(
      object({
        profileId,
        challengeResponse: string(),
        options: optional(
          object({
            userAttributes: optional(dictionary(string({ min: 0 }))),
            friendlyDeviceName: optional(string()),
            clientMetadata,
          }),
        ),
      }),
    ),
    async run({ profileId, ...input }, context) {
      const engine = await context.engines.engineFor(profileId);
      const pending = await engine.getPendingSignIn().catch(() => undefined);
      const output = await engine.confirmSignIn(input);
      if (pending) {
        await rememberPick(
          context,
          profileId,
          pending.username,
          factorPicked(pending.nextStep, input.challengeResponse),
        );
      }
      return toMessageOutput(output, { appName: await appNameFor(context, profileId) });
    },
  },

  'auth.pendingSignIn': {
    from: ['extension-page'],
    parse: withProfile,
    async run({ profileId }, context) {
      const pending = await (await context.engines.engineFor(profileId)).getPendingSignIn();
      if (!pending) return null;
      const appName = await appNameFor(context, profileId);
      const { nextStep } = toMessageOutput({ isSignedIn: false, nextStep: pending.nextStep }, { appName });
      return { username: pending.username, nextStep };
    },
  },

  'auth.preferredFactor': {
    from: ['extension-page'],
    parse: withProfile,
    async run({ profileId }, context) {
      const pending = await (await context.engines.engineFor(profileId)).getPendingSignIn();
      const choice = pending ? choiceOfStep(pending.nextStep) : null;
      if (!pending || !choice) return null;
      const { userPoolId, origins } = await context.profiles.get(profileId);
      // A pick in the popup is kept under the pool, one on a page under its origin: either is this account's.
      const scopes = [{ userPoolId }, ...origins.map((origin) => ({ origin }))];
      const factor = await context.preferences.preferred({ scopes, username: pending.username, choice });
      return factor ? choiceForFactor(pending.nextStep, factor) : null;
    },
  },

  'auth.cancelSignIn': {
    from: ['extension-page'],
    parse: withProfile,
    async run({ profileId }, context) {
      await (await context.engines.engineFor(profileId)).cancelSignIn();
    },
  },

  'auth.signInWithRedirect': {
    from: ['extension-page'],
    parse: parser(object({ profileId, provider: optional(redirectProvider) })),
    async run({ profileId, provider }, context) {
      return (await context.engines.engineFor(profileId)).signInWithRedirect(provider ? { provider } : undefined);
    },
  },

  'auth.signOut': {
    from: ['extension-page'],
    parse: parser(object({ profileId, global: optional(boolean()) })),
    async run({ profileId, global }, context) {
      await context.engines.signOut(profileId, { global: global === true });
    },
  },

  'auth.session': {
    from: ['extension-page'],
    parse: parser(object({ profileId, forceRefresh: optional(boolean()) })),
    async run({ profileId, forceRefresh }, context) {
      const engine = await context.engines.engineFor(profileId);
      const { tokens } = await engine.fetchAuthSession({ forceRefresh: forceRefresh === true });
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
  },
} satisfies ContractHandlers<AuthRequests, Context>;
