import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from './translator-context';

/** Asks for one typed answer (a password, an email address, a custom challenge's answer). */
export function AnswerPrompt(props: {
  title: string;
  label: string;
  type: 'password' | 'email' | 'text';
  autoComplete: string;
  busy: boolean;
  onSubmit: (answer: string) => void;
  children?: ComponentChildren;
}) {
  const t = useT();
  const [answer, setAnswer] = useState('');
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{props.title}</h2>
      {props.children}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (answer) props.onSubmit(answer);
        }}
      >
        <label>
          {props.label}
          <input
            name="answer"
            type={props.type as 'text'}
            autoComplete={props.autoComplete}
            required
            value={answer}
            onInput={(event) => setAnswer(event.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={props.busy}>
          {t('step_continue')}
        </button>
      </form>
    </section>
  );
}
