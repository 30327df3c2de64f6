import { useState } from 'preact/hooks';
import { PasswordField } from './PasswordField';
import { useT } from './translator-context';

/** A new password, plus the attributes the pool still needs (docs/cognito-api.md §2.8 `missingAttributes`, e.g. `email`). */
export function NewPasswordPrompt(props: {
  missingAttributes?: string[];
  busy: boolean;
  onSubmit: (password: string, userAttributes: Record<string, string>) => void;
}) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const missing = props.missingAttributes ?? [];
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{t('new_password_title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (password) props.onSubmit(password, attributes);
        }}
      >
        <PasswordField
          label={t('new_password_label')}
          name="new-password"
          autoComplete="new-password"
          value={password}
          onInput={setPassword}
        />
        {missing.map((name) => (
          <label key={name}>
            {name.replaceAll('_', ' ')}
            <input
              name={`attribute-${name}`}
              required
              value={attributes[name] ?? ''}
              onInput={(event) => setAttributes({ ...attributes, [name]: event.currentTarget.value })}
            />
          </label>
        ))}
        <button type="submit" disabled={props.busy}>
          {t('new_password_button')}
        </button>
      </form>
    </section>
  );
}
