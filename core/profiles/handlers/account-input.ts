import { dictionary, object, oneOf, optional, string } from '../../messages/shape';

/** The input shapes every accounts handler shares (core/profiles/account-messages.ts). */

/** A pool profile's id, as `profiles.list` answers it. */
export const profileId = string({ max: 64 });

/** Amplify's `clientMetadata`: handed to the pool's Lambda triggers (a custom challenge's among them) as given. */
export const clientMetadata = optional(dictionary(string({ min: 0, max: 2048 }), { max: 50 }));

/**
 * Amplify's sign-in options: the flow, the first factor asked for (USER_AUTH) and client metadata. `auth.signIn`
 * takes them, and `auth.signUp` as its `autoSignIn` for the sign-in after confirmation.
 */
export const signInOptions = object({
  authFlowType: optional(
    oneOf(['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'CUSTOM_WITH_SRP', 'CUSTOM_WITHOUT_SRP', 'USER_AUTH']),
  ),
  preferredChallenge: optional(oneOf(['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'])),
  clientMetadata,
});
