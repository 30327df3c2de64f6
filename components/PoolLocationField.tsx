import type { ComponentChild } from 'preact';
import { poolHostWarnings } from '../core/profiles/pool-host-warnings';
import type { PoolLocation } from './pool-form-values';
import { useT } from './translator-context';

/** The endpoint `npm run pool` listens on (pool/cli.ts). */
const LOCAL_POOL_ENDPOINT = 'http://127.0.0.1:9229/';

export interface PoolLocationFieldProps {
  location: PoolLocation;
  region: string;
  userPoolEndpoint: string;
  onInput: (change: { location?: PoolLocation; region?: string; userPoolEndpoint?: string }) => void;
  /** Props for the text box of `field` (its invalid state and error's id), and its error to show under it. */
  fieldProps: (field: 'region' | 'userPoolEndpoint') => Record<string, unknown>;
  fieldError: (field: 'region' | 'userPoolEndpoint') => ComponentChild;
}

/**
 * Where the pool lives, chosen explicitly: Amazon Cognito in an AWS region (the pool id's unless given), or another
 * endpoint at its URL — with the warning that passwords then go to a server that is not Amazon Cognito
 * (docs/security.md §3).
 */
export function PoolLocationField(props: PoolLocationFieldProps) {
  const t = useT();
  const radio = (location: PoolLocation, label: string) => (
    <label class="choice">
      <input
        type="radio"
        name="location"
        value={location}
        checked={props.location === location}
        onChange={() => props.onInput({ location })}
      />{' '}
      {label}
    </label>
  );
  const warning = poolHostWarnings({ userPoolEndpoint: props.userPoolEndpoint.trim() || undefined })[0];
  return (
    <fieldset class="pool-location">
      <legend>{t('pools_location_legend')}</legend>
      {radio('aws', t('pools_location_aws'))}
      {radio('endpoint', t('pools_location_endpoint'))}
      {props.location === 'aws' ? (
        <label>
          {t('pools_field_region')}
          <input
            name="region"
            placeholder="us-east-1"
            value={props.region}
            onInput={(event) => props.onInput({ region: event.currentTarget.value })}
            {...props.fieldProps('region')}
          />
          {props.fieldError('region')}
        </label>
      ) : (
        <>
          <label>
            {t('pools_field_endpoint')}
            <input
              name="userPoolEndpoint"
              type="url"
              required
              placeholder={LOCAL_POOL_ENDPOINT}
              value={props.userPoolEndpoint}
              onInput={(event) => props.onInput({ userPoolEndpoint: event.currentTarget.value })}
              {...props.fieldProps('userPoolEndpoint')}
            />
            {props.fieldError('userPoolEndpoint')}
          </label>
          <p class="hint">
            {t('pools_endpoint_hint')}{' '}
            <button
              type="button"
              class="use-local-pool"
              onClick={() => props.onInput({ userPoolEndpoint: LOCAL_POOL_ENDPOINT })}
            >
              {t('pools_use_local', LOCAL_POOL_ENDPOINT)}
            </button>
          </p>
          {warning && (
            <p class="pool-warning" role="note">
              {t('pools_warning_endpoint', warning.host)}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
