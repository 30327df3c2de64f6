/** People's names for Amplify's MFA types and Cognito's first factors. */
const LABELS: Record<string, string> = {
  TOTP: 'Authenticator app',
  SMS: 'Text message',
  EMAIL: 'Email',
  PASSWORD: 'Password',
  PASSWORD_SRP: 'Password (SRP)',
  EMAIL_OTP: 'Email code',
  SMS_OTP: 'Text message code',
  WEB_AUTHN: 'Passkey',
};

/** One button per choice; the choice's own name is the answer sent to confirmSignIn. */
export function ChoicePrompt(props: {
  title: string;
  choices: readonly string[];
  busy: boolean;
  onChoose: (choice: string) => void;
}) {
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{props.title}</h2>
      <div class="choices">
        {props.choices.map((choice) => (
          <button
            key={choice}
            type="button"
            data-choice={choice}
            disabled={props.busy}
            onClick={() => props.onChoose(choice)}
          >
            {LABELS[choice] ?? choice}
          </button>
        ))}
      </div>
    </section>
  );
}
