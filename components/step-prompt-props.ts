import type { ConfirmSignInOptions } from '../core/profiles/account-message-shapes';
import type { MessageNextStep } from '../core/profiles/to-message-output';
import type { CodeItem } from './CodeRow';

type StepName = MessageNextStep['signInStep'];
type StepOf<S extends StepName> = Extract<MessageNextStep, { signInStep: S }>;

/**
 * The steps the popup answers with an account flow of its own (an unconfirmed account confirms, a password that
 * must be reset is reset: entrypoints/popup/accounts-reducer.ts), never with a step prompt.
 */
type FlowStepName = 'CONFIRM_SIGN_UP' | 'RESET_PASSWORD';
/** The steps a prompt answers (components/SignInStepPrompt.tsx). */
export type PromptStepName = Exclude<StepName, FlowStepName>;
export type PromptStep = StepOf<PromptStepName>;

/** `auth.confirmSignIn` options a prompt may send along with its answer (Amplify's names). */
export type ConfirmOptions = ConfirmSignInOptions;

/** What every sign-in step prompt gets: its step, and one way to answer it. */
export interface StepPromptProps<S extends PromptStepName = PromptStepName> {
  step: StepOf<S>;
  busy: boolean;
  now: number;
  onConfirm: (challengeResponse: string, options?: ConfirmOptions) => void;
  onRestart: () => void;
  /** TOTP setup: stores the otpauth URI in Sidekey's vault, so Sidekey is the authenticator. */
  onSaveTotp: (setupUri: string) => void;
  /** TOTP setup: the vault entry saved from the setup URI, whose current code the prompt offers. */
  savedTotp?: CodeItem;
  /** At a factor choice: the answer this account picked last, focused so Enter confirms it. */
  preferredChoice?: string;
}
