import type { JSX } from 'preact';
import { pickCode } from '../core/page/pick-code';
import { ALL_FIRST_FACTORS } from '../core/profiles/factor-picked';
import { AnswerPrompt } from './AnswerPrompt';
import { ChoicePrompt } from './ChoicePrompt';
import { CodePrompt } from './CodePrompt';
import { NewPasswordPrompt } from './NewPasswordPrompt';
import type { PromptStepName, StepPromptProps } from './step-prompt-props';
import { TotpSetupPrompt } from './TotpSetupPrompt';
import { type Translate, useT } from './translator-context';

/** A step's props, and the translator its words come from (the table's entries are not components of their own). */
type PromptProps<S extends PromptStepName> = StepPromptProps<S> & { t: Translate };
type PromptTable = { [S in PromptStepName]: (props: PromptProps<S>) => JSX.Element };

/**
 * The one table from Amplify's `signInStep` (docs/cognito-api.md §9, §14) to the prompt that answers it. Every
 * prompt answers through `onConfirm(challengeResponse, options)`; the worker decides what the answer means.
 * `CONFIRM_SIGN_UP` and `RESET_PASSWORD` are not here: they open the popup's account flows (FlowStepName).
 */
export const STEP_PROMPTS: PromptTable = {
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: (props) => (
    <CodePrompt
      title={props.t('step_totp_title')}
      {...(props.savedTotp ? { offered: pickCode(props.savedTotp, props.now) } : {})}
      busy={props.busy}
      onSubmit={props.onConfirm}
    />
  ),
  CONFIRM_SIGN_IN_WITH_SMS_CODE: (props) => (
    <CodePrompt
      title={props.t('step_sms_title')}
      delivery={props.step.codeDeliveryDetails}
      busy={props.busy}
      onSubmit={props.onConfirm}
    />
  ),
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: (props) => (
    <CodePrompt
      title={props.t('step_email_title')}
      delivery={props.step.codeDeliveryDetails}
      busy={props.busy}
      onSubmit={props.onConfirm}
    />
  ),
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: (props) => (
    <ChoicePrompt
      title={props.t('step_mfa_choice_title')}
      choices={props.step.allowedMFATypes}
      preferred={props.preferredChoice}
      busy={props.busy}
      onChoose={props.onConfirm}
    />
  ),
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: (props) => (
    <ChoicePrompt
      title={props.t('step_mfa_setup_title')}
      choices={props.step.allowedMFATypes}
      preferred={props.preferredChoice}
      busy={props.busy}
      onChoose={props.onConfirm}
    />
  ),
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: (props) => (
    <ChoicePrompt
      title={props.t('step_first_factor_title')}
      choices={props.step.availableChallenges ?? ALL_FIRST_FACTORS}
      preferred={props.preferredChoice}
      busy={props.busy}
      onChoose={props.onConfirm}
    />
  ),
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: (props) => <TotpSetupPrompt {...props} />,
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: (props) => (
    <AnswerPrompt
      title={props.t('step_email_setup_title')}
      label={props.t('step_email_label')}
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
      title={props.t('step_challenge_title')}
      label={props.t('step_challenge_label')}
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
      title={props.t('step_password_title')}
      label={props.t('step_password_label')}
      type="password"
      autoComplete="current-password"
      busy={props.busy}
      onSubmit={props.onConfirm}
    />
  ),
  DONE: (props) => <p class="step">{props.t('step_done')}</p>,
};

/** Renders the prompt for the current step from {@link STEP_PROMPTS}. */
export function SignInStepPrompt(props: StepPromptProps) {
  const t = useT();
  const Prompt = STEP_PROMPTS[props.step.signInStep] as (props: PromptProps<PromptStepName>) => JSX.Element;
  return <Prompt {...props} t={t} />;
}
