import type { JSX } from 'preact';
import { ALL_FIRST_FACTORS } from '../core/profiles/factor-picked';
import { AnswerPrompt } from './AnswerPrompt';
import { ChoicePrompt } from './ChoicePrompt';
import { CodePrompt } from './CodePrompt';
import { NewPasswordPrompt } from './NewPasswordPrompt';
import { NoticePrompt } from './NoticePrompt';
import type { StepName, StepPromptProps } from './step-prompt-props';
import { TotpSetupPrompt } from './TotpSetupPrompt';

type PromptTable = { [S in StepName]: (props: StepPromptProps<S>) => JSX.Element };

/**
 * The one table from Amplify's `signInStep` (docs/cognito-api.md §9, §14) to the prompt that answers it. Every
 * prompt answers through `onConfirm(challengeResponse, options)`; the worker decides what the answer means.
 */
export const STEP_PROMPTS: PromptTable = {
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: (props) => (
    <CodePrompt title="Enter the code from your authenticator" busy={props.busy} onSubmit={props.onConfirm} />
  ),
  CONFIRM_SIGN_IN_WITH_SMS_CODE: (props) => (
    <CodePrompt
      title="Enter the code from the text message"
      delivery={props.step.codeDeliveryDetails}
      busy={props.busy}
      onSubmit={props.onConfirm}
    />
  ),
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: (props) => (
    <CodePrompt
      title="Enter the code from the email"
      delivery={props.step.codeDeliveryDetails}
      busy={props.busy}
      onSubmit={props.onConfirm}
    />
  ),
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: (props) => (
    <ChoicePrompt
      title="How do you want to confirm it is you?"
      choices={props.step.allowedMFATypes}
      preferred={props.preferredChoice}
      busy={props.busy}
      onChoose={props.onConfirm}
    />
  ),
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: (props) => (
    <ChoicePrompt
      title="Set up a second step for signing in"
      choices={props.step.allowedMFATypes}
      preferred={props.preferredChoice}
      busy={props.busy}
      onChoose={props.onConfirm}
    />
  ),
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: (props) => (
    <ChoicePrompt
      title="How do you want to sign in?"
      choices={props.step.availableChallenges ?? ALL_FIRST_FACTORS}
      preferred={props.preferredChoice}
      busy={props.busy}
      onChoose={props.onConfirm}
    />
  ),
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: (props) => <TotpSetupPrompt {...props} />,
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: (props) => (
    <AnswerPrompt
      title="Set up email codes"
      label="Email address"
      type="email"
      autoComplete="email"
      busy={props.busy}
      onSubmit={props.onConfirm}
    />
  ),
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: (props) => (
    <NewPasswordPrompt
      missingAttributes={props.step.missingAttributes}
      busy={props.busy}
      onSubmit={(password, userAttributes) =>
        props.onConfirm(password, Object.keys(userAttributes).length > 0 ? { userAttributes } : undefined)
      }
    />
  ),
  CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE: (props) => (
    <AnswerPrompt
      title="Answer the challenge"
      label="Answer"
      type="text"
      autoComplete="off"
      busy={props.busy}
      onSubmit={props.onConfirm}
    >
      <dl class="challenge-info">
        {Object.entries(props.step.additionalInfo).map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </AnswerPrompt>
  ),
  CONFIRM_SIGN_IN_WITH_PASSWORD: (props) => (
    <AnswerPrompt
      title="Enter your password"
      label="Password"
      type="password"
      autoComplete="current-password"
      busy={props.busy}
      onSubmit={props.onConfirm}
    />
  ),
  CONFIRM_SIGN_UP: (props) => (
    <NoticePrompt title="Confirm your account first" onRestart={props.onRestart}>
      <p>
        This account is not confirmed yet. Use the code the pool sent when you signed up, on the site where you signed
        up. Sidekey cannot confirm accounts yet.
      </p>
    </NoticePrompt>
  ),
  RESET_PASSWORD: (props) => (
    <NoticePrompt title="Reset your password first" onRestart={props.onRestart}>
      <p>
        The pool asks for a new password. Use “Forgot password” on the site that uses this pool, then sign in again.
        Sidekey cannot reset passwords yet.
      </p>
    </NoticePrompt>
  ),
  DONE: () => <p class="step">Signed in.</p>,
};

/** Renders the prompt for the current step from {@link STEP_PROMPTS}. */
export function SignInStepPrompt(props: StepPromptProps) {
  const Prompt = STEP_PROMPTS[props.step.signInStep] as (props: StepPromptProps) => JSX.Element;
  return <Prompt {...props} />;
}
