import type { ContractHandlers } from '../../messages/message-contract';
import { booleanOr, dictionary, object, optional, parser, string } from '../../messages/shape';
import type { AccountRequests } from '../account-messages';
import type { EngineRegistry } from '../create-engine-registry';
import type { ProfileStore } from '../create-profile-store';
import { toMessageOutput } from '../to-message-output';
import { clientMetadata, profileId, signInOptions } from './account-input';
import { failAtField } from './fail-at-field';

interface Context {
  profiles: ProfileStore;
  engines: Pick<EngineRegistry, 'engineFor'>;
}

type AccountFlowRequests = Pick<
  AccountRequests,
  | 'auth.signUp'
  | 'auth.confirmSignUp'
  | 'auth.resendSignUpCode'
  | 'auth.autoSignIn'
  | 'auth.resetPassword'
  | 'auth.confirmResetPassword'
>;

const username = string({ max: 256 });
const code = string({ trim: true, max: 64 });
const metadataOnly = optional(object({ clientMetadata }));

/** A wrong or old code is about the code field (an empty one the parser refuses, naming its field). */
const CODE_FIELD = {
  CodeMismatchException: 'confirmationCode',
  ExpiredCodeException: 'confirmationCode',
} as const;

/** The input each request's failures concern, by code (docs/messages.md, "Failures at a field"). */
const FIELDS = {
  signUp: {
    UsernameExistsException: 'username',
    InvalidPasswordException: 'password',
  },
  confirmSignUp: CODE_FIELD,
  resetPassword: { UserNotFoundException: 'username' },
  confirmResetPassword: {
    ...CODE_FIELD,
    InvalidPasswordException: 'newPassword',
  },
} as const;

/**
 * Sign-up, confirmation, auto sign-in and password reset for Sidekey's own pages (docs/cognito-api.md §6), each
 * the engine's Amplify call of the same name on the profile's engine. The auto sign-in `auth.signUp` arms is kept in
 * the profile's engine storage (storage.session, the password sealed; docs/security.md §1.1), so a worker stopped
 * between sign-up, confirmation and `auth.autoSignIn` still finishes it.
 */
export const accountFlowHandlers = {
  'auth.signUp': {
    from: ['extension-page'],
    parse: parser(
      object({
        profileId,
        username,
        password: string({ max: 256 }),
        options: optional(
          object({
            userAttributes: optional(dictionary(string({ min: 0, max: 2048 }), { max: 50 })),
            clientMetadata,
            autoSignIn: optional(booleanOr(signInOptions)),
          }),
        ),
      }),
    ),
    async run({ profileId, ...input }, context) {
      const engine = await context.engines.engineFor(profileId);
      return failAtField(FIELDS.signUp, () => engine.signUp(input));
    },
  },

  'auth.confirmSignUp': {
    from: ['extension-page'],
    parse: parser(object({ profileId, username, confirmationCode: code, options: metadataOnly })),
    async run({ profileId, ...input }, context) {
      const engine = await context.engines.engineFor(profileId);
      return failAtField(FIELDS.confirmSignUp, () => engine.confirmSignUp(input));
    },
  },

  'auth.resendSignUpCode': {
    from: ['extension-page'],
    parse: parser(object({ profileId, username, options: metadataOnly })),
    async run({ profileId, ...input }, context) {
      return (await context.engines.engineFor(profileId)).resendSignUpCode(input);
    },
  },

  'auth.autoSignIn': {
    from: ['extension-page'],
    parse: parser(object({ profileId })),
    async run({ profileId }, context) {
      const output = await (await context.engines.engineFor(profileId)).autoSignIn();
      return toMessageOutput(output, { appName: (await context.profiles.get(profileId)).label });
    },
  },

  'auth.resetPassword': {
    from: ['extension-page'],
    parse: parser(object({ profileId, username, options: metadataOnly })),
    async run({ profileId, ...input }, context) {
      const engine = await context.engines.engineFor(profileId);
      return failAtField(FIELDS.resetPassword, () => engine.resetPassword(input));
    },
  },

  'auth.confirmResetPassword': {
    from: ['extension-page'],
    parse: parser(
      object({ profileId, username, confirmationCode: code, newPassword: string({ max: 256 }), options: metadataOnly }),
    ),
    async run({ profileId, ...input }, context) {
      const engine = await context.engines.engineFor(profileId);
      await failAtField(FIELDS.confirmResetPassword, () => engine.confirmResetPassword(input));
    },
  },
} satisfies ContractHandlers<AccountFlowRequests, Context>;
