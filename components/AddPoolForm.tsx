import { useState } from 'preact/hooks';
import type { ContractReply } from '../core/messages/message-contract';
import type { AccountRequests } from '../core/profiles/account-messages';
import { COGNITO_DEFAULT_POLICY, type PasswordPolicy } from '../core/profiles/password-policy';
import { OriginsField, parseOriginsText } from './OriginsField';
import { PasswordPolicyField } from './PasswordPolicyField';
import { type PoolField, poolFieldForFailure } from './pool-field-for-failure';

/** What the form sends: `profiles.add`'s input (core/profiles/account-messages.ts). */
export type AddPoolInput = AccountRequests['profiles.add']['input'];

/** `profiles.add`'s reply, whose `field` places a refusal under its field. */
export type AddPoolReply = ContractReply<AccountRequests, 'profiles.add'>;

/** The endpoint `npm run pool` listens on (pool/cli.ts). */
const LOCAL_POOL_ENDPOINT = 'http://127.0.0.1:9229/';

const EMPTY = {
  label: '',
  userPoolId: '',
  userPoolClientId: '',
  userPoolEndpoint: '',
  origins: '',
  hostedUiDomain: '',
};

const LABELS: Record<PoolField, string> = {
  label: 'Name',
  userPoolId: 'User pool id',
  userPoolClientId: 'App client id',
  userPoolEndpoint: 'Endpoint URL (leave empty for AWS)',
  origins: 'Sites where it may be used',
  hostedUiDomain: 'Hosted sign-in domain (optional)',
  passwordPolicy: 'Password policy',
};

const PLACEHOLDERS: Partial<Record<PoolField, string>> = {
  label: 'My app',
  userPoolId: 'us-east-1_AbC123',
  userPoolEndpoint: LOCAL_POOL_ENDPOINT,
  hostedUiDomain: 'auth.example.com',
};

/** Whether the form's policy is still Cognito's default (then `profiles.add` is sent none). */
const isDefaultPolicy = (policy: PasswordPolicy) =>
  (Object.keys(COGNITO_DEFAULT_POLICY) as (keyof PasswordPolicy)[]).every(
    (rule) => policy[rule] === COGNITO_DEFAULT_POLICY[rule],
  );

/** Adds a user pool + app client; each refusal is shown under the field it is about. */
export function AddPoolForm(props: { onAdd: (input: AddPoolInput) => Promise<AddPoolReply> }) {
  const [values, setValues] = useState(EMPTY);
  const [policy, setPolicy] = useState(COGNITO_DEFAULT_POLICY);
  const [errors, setErrors] = useState<{ field?: PoolField; message: string }>();
  const [busy, setBusy] = useState(false);
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    const input: AddPoolInput = {
      label: optional(values.label),
      userPoolId: values.userPoolId.trim(),
      userPoolClientId: values.userPoolClientId.trim(),
      userPoolEndpoint: optional(values.userPoolEndpoint),
      origins: parseOriginsText(values.origins),
      hostedUiDomain: optional(values.hostedUiDomain),
      ...(isDefaultPolicy(policy) ? {} : { passwordPolicy: policy }),
    };
    setBusy(true);
    const reply = await props.onAdd(input);
    setBusy(false);
    if (reply.ok) {
      setValues(EMPTY);
      setPolicy(COGNITO_DEFAULT_POLICY);
      return setErrors(undefined);
    }
    setErrors({ field: poolFieldForFailure(reply), message: reply.message });
  };

  const fieldError = (field: PoolField) =>
    errors?.field === field && (
      <span class="field-error" id={`pool-${field}-error`} role="alert">
        {errors.message}
      </span>
    );
  const input = (field: Exclude<PoolField, 'origins' | 'passwordPolicy'>, { required = false } = {}) => (
    <label>
      {LABELS[field]}
      <input
        name={field}
        required={required}
        placeholder={PLACEHOLDERS[field]}
        aria-invalid={errors?.field === field}
        aria-describedby={errors?.field === field ? `pool-${field}-error` : undefined}
        value={values[field]}
        onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
      />
      {fieldError(field)}
    </label>
  );

  return (
    <form class="add-pool" onSubmit={submit} aria-labelledby="add-pool-title">
      <h3 id="add-pool-title">Add a user pool</h3>
      {input('label')}
      {input('userPoolId', { required: true })}
      {input('userPoolClientId', { required: true })}
      {input('userPoolEndpoint')}
      <p class="hint">
        For the local pool (npm run pool):{' '}
        <button
          type="button"
          class="use-local-pool"
          onClick={() => setValues({ ...values, userPoolEndpoint: LOCAL_POOL_ENDPOINT })}
        >
          use {LOCAL_POOL_ENDPOINT}
        </button>
      </p>
      <OriginsField value={values.origins} onInput={(origins) => setValues({ ...values, origins })} />
      {fieldError('origins')}
      {input('hostedUiDomain')}
      <PasswordPolicyField value={policy} onInput={setPolicy} error={fieldError('passwordPolicy')} />
      {errors && !errors.field && (
        <p class="status error" role="alert">
          {errors.message}
        </p>
      )}
      <button type="submit" disabled={busy}>
        Add pool
      </button>
    </form>
  );
}
