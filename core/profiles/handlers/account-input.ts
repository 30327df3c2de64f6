import { dictionary, optional, string } from '../../messages/shape';

/** The input shapes every accounts handler shares (core/profiles/account-messages.ts). */

/** A pool profile's id, as `profiles.list` answers it. */
export const profileId = string({ max: 64 });

/** Amplify's `clientMetadata`: handed to the pool's Lambda triggers (a custom challenge's among them) as given. */
export const clientMetadata = optional(dictionary(string({ min: 0, max: 2048 }), { max: 50 }));
