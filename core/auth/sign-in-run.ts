import type { SignInState } from './sign-in-state';
import type { SignInDetails } from './sign-in-types';
import type { SrpClient } from './srp/srp-client';

/**
 * One signIn/confirmSignIn call in flight. `memory` holds what must never be stored — the password and the SRP
 * secrets — and is gone when the call returns.
 */
export type SignInRun = {
  state?: SignInState;
  typedUsername: string;
  signInDetails: SignInDetails;
  clientMetadata?: Record<string, string>;
  memory: { password?: string; srp?: SrpClient; deviceSrp?: SrpClient; passkeyDone?: boolean };
};
