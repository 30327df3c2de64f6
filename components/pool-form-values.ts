import { isAwsRegion } from '../core/auth/cognito/aws-region';
import type { ContractReply } from '../core/messages/message-contract';
import type { AccountRequests } from '../core/profiles/account-messages';
import { COGNITO_DEFAULT_POLICY, type PasswordPolicy } from '../core/profiles/password-policy';
import type { PoolProfile } from '../core/profiles/pool-profile';
import { parseOriginsText } from './OriginsField';

/** What the pool form sends: `profiles.add`'s input (core/profiles/account-messages.ts), `skipCheck` included. */
export type PoolInput = AccountRequests['profiles.add']['input'];

/** The reply to `profiles.add` or `profiles.update`, whose `field` places a refusal under its field. */
export type PoolReply = ContractReply<AccountRequests, 'profiles.add'>;

/** Where the pool lives: Amazon Cognito in an AWS region, or a Cognito-compatible server at its own URL. */
export type PoolLocation = 'aws' | 'endpoint';

/** The pool form's fields as typed; {@link poolInputFromForm} turns them into a request. */
export interface PoolFormValues {
  label: string;
  userPoolId: string;
  userPoolClientId: string;
  location: PoolLocation;
  /** The AWS region; empty means the pool id's prefix. */
  region: string;
  userPoolEndpoint: string;
  origins: string;
  hostedUiDomain: string;
  passwordPolicy: PasswordPolicy;
  /** A stored pool's hosted-UI scopes: not edited here, sent back so an edit keeps them. */
  scopes?: string[];
}

/** A new pool: on AWS, Cognito's default password policy. */
export const EMPTY_POOL_FORM: PoolFormValues = {
  label: '',
  userPoolId: '',
  userPoolClientId: '',
  location: 'aws',
  region: '',
  userPoolEndpoint: '',
  origins: '',
  hostedUiDomain: '',
  passwordPolicy: COGNITO_DEFAULT_POLICY,
};

/** A stored pool as the form shows it for editing. */
export function poolFormFromProfile(pool: PoolProfile): PoolFormValues {
  return {
    label: pool.label,
    userPoolId: pool.userPoolId,
    userPoolClientId: pool.userPoolClientId,
    location: pool.userPoolEndpoint ? 'endpoint' : 'aws',
    region: pool.region,
    userPoolEndpoint: pool.userPoolEndpoint ?? '',
    origins: pool.origins.join('\n'),
    hostedUiDomain: pool.hostedUi?.domain ?? '',
    passwordPolicy: pool.passwordPolicy ?? COGNITO_DEFAULT_POLICY,
    ...(pool.hostedUi ? { scopes: pool.hostedUi.scopes } : {}),
  };
}

/** Whether the policy is still Cognito's default (then the request names none). */
const isDefaultPolicy = (policy: PasswordPolicy) =>
  (Object.keys(COGNITO_DEFAULT_POLICY) as (keyof PasswordPolicy)[]).every(
    (rule) => policy[rule] === COGNITO_DEFAULT_POLICY[rule],
  );

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** The pool id's prefix, the region the worker takes when the request names none. */
const idRegion = (userPoolId: string) => userPoolId.trim().split('_')[0]!;

/**
 * The request for the typed fields: the endpoint only for a pool on another endpoint, the region only when it is
 * not the pool id's own, the policy only when it is not Cognito's default.
 */
export function poolInputFromForm(values: PoolFormValues): PoolInput {
  const region = values.region.trim();
  const hostedUiDomain = optional(values.hostedUiDomain);
  return {
    label: optional(values.label),
    userPoolId: values.userPoolId.trim(),
    userPoolClientId: values.userPoolClientId.trim(),
    userPoolEndpoint: values.location === 'endpoint' ? optional(values.userPoolEndpoint) : undefined,
    ...(region && region !== idRegion(values.userPoolId) ? { region } : {}),
    origins: parseOriginsText(values.origins),
    hostedUiDomain,
    ...(hostedUiDomain && values.scopes ? { scopes: values.scopes } : {}),
    ...(isDefaultPolicy(values.passwordPolicy) ? {} : { passwordPolicy: values.passwordPolicy }),
  };
}

/** Whether a region typed for a pool on AWS is one (docs/security.md §3); the worker checks it again. */
export function isRegionAccepted(values: PoolFormValues): boolean {
  const region = values.region.trim();
  return values.location !== 'aws' || region === '' || isAwsRegion(region);
}

/** An endpoint as the worker stores it (`URL.href`), so a missing trailing slash is no change. */
function normalEndpoint(endpoint: string | undefined): string | undefined {
  if (!endpoint) return undefined;
  try {
    return new URL(endpoint).href;
  } catch {
    return endpoint;
  }
}

/**
 * Whether saving these values moves the pool to another pool id, app client, endpoint or region, which ends its
 * session (docs/messages.md, `profiles.update`).
 */
export function editEndsSession(pool: PoolProfile, values: PoolFormValues): boolean {
  const input = poolInputFromForm(values);
  return (
    input.userPoolId !== pool.userPoolId ||
    input.userPoolClientId !== pool.userPoolClientId ||
    normalEndpoint(input.userPoolEndpoint) !== normalEndpoint(pool.userPoolEndpoint) ||
    (input.region ?? idRegion(input.userPoolId)) !== pool.region
  );
}
