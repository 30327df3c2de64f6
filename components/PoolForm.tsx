import { useState } from 'preact/hooks';
import { poolHostWarnings } from '../core/profiles/pool-host-warnings';
import type { PoolProfile } from '../core/profiles/pool-profile';
import { OriginsField } from './OriginsField';
import { PasswordPolicyField } from './PasswordPolicyField';
import { PoolLocationField } from './PoolLocationField';
import { type PoolField, poolFieldForFailure } from './pool-field-for-failure';
import {
  EMPTY_POOL_FORM,
  editEndsSession,
  isRegionAccepted,
  type PoolFormValues,
  type PoolInput,
  type PoolReply,
  poolFormFromProfile,
  poolInputFromForm,
} from './pool-form-values';
import { type MessageKey, useT } from './translator-context';

export interface PoolFormProps {
  /** The stored pool to edit; without it the form adds a new one. */
  pool?: PoolProfile;
  /** `profiles.add`, or `profiles.update` of `pool` (the caller adds its id). */
  onSave: (input: PoolInput) => Promise<PoolReply>;
  /** Editing only: leave the pool as it is. */
  onCancel?: () => void;
}

type TextField = 'label' | 'userPoolId' | 'userPoolClientId' | 'hostedUiDomain';

const LABELS: Record<TextField, MessageKey> = {
  label: 'pools_field_label',
  userPoolId: 'pools_field_user_pool_id',
  userPoolClientId: 'pools_field_client_id',
  hostedUiDomain: 'pools_field_hosted_ui',
};

const PLACEHOLDERS: Partial<Record<TextField, string>> = {
  userPoolId: 'us-east-1_AbC123',
  hostedUiDomain: 'auth.example.com',
};

/** A refusal to show: under `field`, or above the buttons; `unchecked` when the server could not be asked. */
type Problem = { field?: PoolField; message: string; unchecked?: boolean };

/**
 * Adds a user pool + app client, or edits a stored one (`pool`). Each refusal shows under the field the reply
 * names; a pool whose server could not be asked (`PoolNotChecked`) may be saved without the check. An edit says
 * when saving it ends the pool's session.
 */
export function PoolForm(props: PoolFormProps) {
  const t = useT();
  const { pool } = props;
  const initial = pool ? poolFormFromProfile(pool) : EMPTY_POOL_FORM;
  const [values, setValues] = useState<PoolFormValues>(initial);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const prefix = pool ? 'edit-pool' : 'pool';
  const change = (next: Partial<PoolFormValues>) => {
    setValues({ ...values, ...next });
    if (problem?.unchecked) setProblem(undefined);
  };

  const save = async (options: { skipCheck: boolean }) => {
    if (!isRegionAccepted(values)) {
      return setProblem({ field: 'region', message: t('pools_region_invalid', values.region.trim()) });
    }
    setBusy(true);
    const reply = await props.onSave({
      ...poolInputFromForm(values),
      ...(options.skipCheck ? { skipCheck: true } : {}),
    });
    setBusy(false);
    if (reply.ok) {
      setProblem(undefined);
      if (!pool) setValues(EMPTY_POOL_FORM);
      return;
    }
    if (reply.code === 'PoolNotChecked') return setProblem({ message: reply.message, unchecked: true });
    const field = poolFieldForFailure(reply);
    const shown = field === 'region' && values.location !== 'aws' ? undefined : field;
    setProblem({ field: shown, message: reply.message });
  };

  const fieldProps = (field: PoolField) => ({
    'aria-invalid': problem?.field === field,
    'aria-describedby': problem?.field === field ? `${prefix}-${field}-error` : undefined,
  });
  const fieldError = (field: PoolField) =>
    problem?.field === field && (
      <span class="field-error" id={`${prefix}-${field}-error`} role="alert">
        {problem.message}
      </span>
    );
  const input = (field: TextField, options: { required?: boolean } = {}) => (
    <label>
      {t(LABELS[field])}
      <input
        name={field}
        required={options.required}
        placeholder={field === 'label' ? t('pools_placeholder_label') : PLACEHOLDERS[field]}
        value={values[field]}
        onInput={(event) => change({ [field]: event.currentTarget.value })}
        {...fieldProps(field)}
      />
      {fieldError(field)}
    </label>
  );
  const hostedWarning = poolHostWarnings({
    hostedUi: values.hostedUiDomain.trim() ? { domain: values.hostedUiDomain.trim(), scopes: [] } : undefined,
  })[0];

  return (
    <form
      class={pool ? 'pool-form edit-pool' : 'pool-form add-pool'}
      onSubmit={(event) => {
        event.preventDefault();
        void save({ skipCheck: false });
      }}
      aria-labelledby={`${prefix}-title`}
    >
      <h3 id={`${prefix}-title`}>{pool ? t('pools_edit_title', pool.label) : t('pools_add_title')}</h3>
      {input('label')}
      {input('userPoolId', { required: true })}
      {input('userPoolClientId', { required: true })}
      <PoolLocationField
        location={values.location}
        region={values.region}
        userPoolEndpoint={values.userPoolEndpoint}
        onInput={change}
        fieldProps={fieldProps}
        fieldError={fieldError}
      />
      <OriginsField value={values.origins} onInput={(origins) => change({ origins })} />
      {fieldError('origins')}
      {input('hostedUiDomain')}
      {hostedWarning && (
        <p class="pool-warning" role="note">
          {t('pools_warning_hosted_ui', hostedWarning.host)}
        </p>
      )}
      <PasswordPolicyField
        value={values.passwordPolicy}
        onInput={(passwordPolicy) => change({ passwordPolicy })}
        error={fieldError('passwordPolicy')}
      />
      {pool && editEndsSession(pool, values) && (
        <p class="ends-session" role="note">
          {t('pools_edit_ends_session')}
        </p>
      )}
      {problem && !problem.field && (
        <div class="status error" role="alert">
          <p>{problem.message}</p>
          {problem.unchecked && (
            <>
              <p>{t('pools_unchecked_choice')}</p>
              <button
                type="button"
                class="save-unchecked"
                disabled={busy}
                onClick={() => void save({ skipCheck: true })}
              >
                {pool ? t('pools_save_anyway') : t('pools_add_anyway')}
              </button>
            </>
          )}
        </div>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {pool ? t('pools_save') : t('pools_add')}
        </button>
        {props.onCancel && (
          <button type="button" class="cancel-edit" onClick={props.onCancel}>
            {t('pools_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
