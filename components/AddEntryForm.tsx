import { useState } from 'preact/hooks';
import type { Reply } from '../core/messages/reply';
import type { CodeEntry, OtpAlgorithm, OtpKind, VaultRequestInput } from '../core/vault/vault-messages';
import { type ActionState, ActionStatus } from './ActionStatus';
import { OriginsField, parseOriginsText } from './OriginsField';
import { useT } from './translator-context';

export type AddEntryInput = VaultRequestInput<'vault.addEntry'>;

const EMPTY_FIELDS = {
  issuer: '',
  account: '',
  secret: '',
  algorithm: 'SHA1',
  digits: '6',
  period: '30',
  counter: '0',
};

/** Adds one entry, either from a pasted `otpauth://` link or from fields typed by hand. */
export function AddEntryForm(props: { onAdd: (input: AddEntryInput) => Promise<Reply<CodeEntry>> }) {
  const t = useT();
  const [mode, setMode] = useState<'uri' | 'fields'>('uri');
  const [uri, setUri] = useState('');
  const [kind, setKind] = useState<OtpKind>('totp');
  const [fields, setFields] = useState(EMPTY_FIELDS);
  const [origins, setOrigins] = useState('');
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const field = (name: keyof typeof EMPTY_FIELDS) => ({
    name,
    value: fields[name],
    onInput: (event: Event) => setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    const bound = parseOriginsText(origins);
    const input: AddEntryInput =
      mode === 'uri'
        ? { uri: uri.trim(), origins: bound }
        : {
            fields: {
              kind,
              secret: fields.secret,
              issuer: fields.issuer,
              account: fields.account,
              algorithm: fields.algorithm as OtpAlgorithm,
              digits: Number(fields.digits),
              ...(kind === 'totp' ? { period: Number(fields.period) } : { counter: Number(fields.counter) }),
            },
            origins: bound,
          };
    setState({ status: 'busy' });
    const reply = await props.onAdd(input);
    if (!reply.ok) return setState({ status: 'failed', message: reply.message });
    setState({ status: 'done', message: t('add_entry_added', reply.data.issuer || reply.data.account) });
    setUri('');
    setFields(EMPTY_FIELDS);
    setOrigins('');
  };

  return (
    <form class="card add-entry" onSubmit={submit} aria-labelledby="add-title">
      <h2 id="add-title">{t('add_entry_title')}</h2>
      <fieldset class="modes">
        <legend>{t('add_entry_how')}</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'uri'} onChange={() => setMode('uri')} />{' '}
          {t('add_entry_paste', 'otpauth://')}
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'fields'} onChange={() => setMode('fields')} />{' '}
          {t('add_entry_type_details')}
        </label>
      </fieldset>
      {mode === 'uri' ? (
        <label>
          {t('add_entry_link')}
          <input
            name="uri"
            type="text"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('add_entry_link_example')}
            value={uri}
            onInput={(event) => setUri((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
      ) : (
        <div class="grid">
          <label>
            {t('add_entry_kind')}
            <select name="kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as OtpKind)}>
              <option value="totp">{t('add_entry_totp')}</option>
              <option value="hotp">{t('add_entry_hotp')}</option>
            </select>
          </label>
          <label>
            {t('entry_issuer')} <input type="text" {...field('issuer')} />
          </label>
          <label>
            {t('entry_account')} <input type="text" {...field('account')} />
          </label>
          <label>
            {t('add_entry_secret')} <input type="text" autoComplete="off" spellcheck={false} {...field('secret')} />
          </label>
          <label>
            {t('add_entry_algorithm')}
            <select {...field('algorithm')} onChange={field('algorithm').onInput}>
              <option>SHA1</option>
              <option>SHA256</option>
              <option>SHA512</option>
            </select>
          </label>
          <label>
            {t('add_entry_digits')} <input type="number" min={6} max={10} {...field('digits')} />
          </label>
          {kind === 'totp' ? (
            <label>
              {t('add_entry_period')} <input type="number" min={1} max={3600} {...field('period')} />
            </label>
          ) : (
            <label>
              {t('add_entry_counter')} <input type="number" min={0} {...field('counter')} />
            </label>
          )}
        </div>
      )}
      <OriginsField value={origins} onInput={setOrigins} />
      <button type="submit" class="primary" disabled={state.status === 'busy'}>
        {t('add_entry_button')}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
