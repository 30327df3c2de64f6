import { isAwsRegion } from '../auth/cognito/aws-region';
import { SidekeyError } from '../errors/sidekey-error';
import { FieldError } from '../messages/field-error';
import { boolean, list, object, optional, parser, refine, string } from '../messages/shape';
import { parseOrigin } from '../origins/parse-origin';
import { type PasswordPolicy, passwordPolicyShape } from './password-policy';

/** A Cognito user pool + app client that Sidekey signs in to, and the sites it may sign in on. */
export interface PoolProfile {
  id: string;
  label: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Full POST URL of a Cognito-compatible endpoint (the local pool, a proxy); AWS's regional endpoint when absent. */
  userPoolEndpoint?: string;
  /** Region, from the pool id unless given. */
  region: string;
  /** Origins where this pool's accounts may be filled and signed in. */
  origins: string[];
  /** The pool's hosted UI (managed login), for signInWithRedirect: its origin and the scopes to ask for. */
  hostedUi?: { domain: string; scopes: string[] };
  /** The pool's password policy, when the user gave it: Sidekey's generated passwords meet it (else Cognito's default). */
  passwordPolicy?: PasswordPolicy;
  createdAt: number;
}

/** Scopes asked for when a profile names none: Amplify's defaults for a user-pool app. */
const DEFAULT_SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

export type NewPoolProfile = Omit<PoolProfile, 'id' | 'createdAt'>;

/** What a page sends to add a pool (`profiles.add`); the worker validates it and fills the rest. */
export interface NewPoolInput {
  label?: string;
  userPoolId: string;
  userPoolClientId: string;
  /** A Cognito-compatible endpoint URL (https, or http on loopback); AWS's regional endpoint when absent. */
  userPoolEndpoint?: string;
  region?: string;
  origins?: string[];
  /** The hosted UI's domain (a bare host is https) for `auth.signInWithRedirect`. */
  hostedUiDomain?: string;
  scopes?: string[];
  /** The pool's password policy (DescribeUserPool's `Policies.PasswordPolicy`, in these camelCase names). */
  passwordPolicy?: PasswordPolicy;
}

// Pool and client id formats from the Cognito API reference (UserPoolId, ClientId).
// @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]{1,128}$/;
const SCOPE = /^[\x21-\x7e]+$/;
/** A free-form region (a pool on its own endpoint): printable, no spaces at either end; it never reaches a host. */
const FREE_REGION = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;

function invalid(message: string): SidekeyError {
  return new SidekeyError({ code: 'InvalidProfile', message });
}

const text = string({ trim: true, max: 2048 });

function matching(pattern: RegExp, what: string) {
  return refine(text, (value) => {
    if (!pattern.test(value)) throw invalid(`"${value}" is not ${what}.`);
    return value;
  });
}

const endpoint = refine(text, (value) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new SidekeyError({ code: 'InvalidProfile', message: `"${value}" is not a valid endpoint URL.`, cause });
  }
  // `url.origin` drops a user name and password: check the address as given (docs/security.md §3).
  if (url.username || url.password) throw invalid('An endpoint URL may not carry a user name or password.');
  parseOrigin(url.origin); // https, or http on loopback only
  return url.href;
});

// A bare host is https (as Amplify's oauth.domain); a URL may name http only on loopback (the local pool).
const hostedUiDomain = refine(text, (value) => parseOrigin(value.includes('://') ? value : `https://${value}`));

const origins = refine(list(string({ min: 0, max: 2048 }), { max: 50 }), (values) => [
  ...new Set(values.map((origin) => parseOrigin(origin))),
]);

const scopes = refine(list(string({ max: 256 }), { max: 50 }), (values) => {
  const bad = values.find((scope) => !SCOPE.test(scope));
  if (bad !== undefined) throw invalid(`"${bad}" is not an OAuth scope name.`);
  return values;
});

/** What `profiles.add` reads, field by field; each refusal names its field. */
const poolFields = object({
  label: optional(text),
  userPoolId: matching(USER_POOL_ID, 'a user pool id (like us-east-1_AbC123)'),
  userPoolClientId: matching(CLIENT_ID, 'an app client id'),
  userPoolEndpoint: optional(endpoint),
  region: optional(matching(FREE_REGION, 'a region name')),
  origins: optional(origins),
  hostedUiDomain: optional(hostedUiDomain),
  scopes: optional(scopes),
  passwordPolicy: optional(passwordPolicyShape),
});

/**
 * Without an endpoint of its own, a pool is reached at `cognito-idp.<region>.amazonaws.com`, so its region — given,
 * or the pool id's prefix — must be an AWS region name (docs/security.md §3). A pool on its own endpoint (the local
 * pool's `local_…` ids, a proxy) keeps a free-form region, which never reaches a host name.
 */
const poolInput = refine(poolFields, (input) => {
  if (input.userPoolEndpoint) return input;
  if (input.region !== undefined && !isAwsRegion(input.region)) {
    throw new FieldError({
      code: 'InvalidProfile',
      field: 'region',
      message: `"${input.region}" is not an AWS region (like us-east-1); a pool outside AWS needs its endpoint URL.`,
    });
  }
  const prefix = input.userPoolId.split('_')[0]!;
  if (input.region === undefined && !isAwsRegion(prefix)) {
    throw new FieldError({
      code: 'InvalidProfile',
      field: 'userPoolId',
      message: `"${prefix}" is not an AWS region: give the endpoint URL of the server that holds this pool.`,
    });
  }
  return input;
});

/**
 * `profiles.add`'s parse: checks each field and normalises the addresses (origins, endpoint, hosted UI domain),
 * throwing `InvalidProfile` — or `InvalidOrigin` for an address Sidekey may not use — with the field it is about.
 */
const readPoolInput: (input: unknown) => NewPoolInput = parser(poolInput, { code: 'InvalidProfile' });

/** `profiles.add` and `profiles.update` also take `skipCheck`: store the pool without asking its server first. */
export interface PoolCheckOption {
  /** The user chose to keep a pool Sidekey could not check (`PoolNotChecked`). */
  skipCheck?: boolean;
}

const readCheckOption: (input: unknown) => PoolCheckOption = parser(object({ skipCheck: optional(boolean()) }), {
  code: 'InvalidProfile',
});

/** `profiles.add`'s parse: the pool's fields ({@link readPoolInput}) and whether to skip the check. */
export function readPoolAddInput(input: unknown): NewPoolInput & PoolCheckOption {
  return { ...readPoolInput(input), ...readCheckOption(input) };
}

const readProfileId: (input: unknown) => { id: string } = parser(object({ id: string({ max: 64 }) }));

/** `profiles.update`'s parse: the profile's `id`, then everything `profiles.add` reads. */
export function readPoolUpdateInput(input: unknown): NewPoolInput & PoolCheckOption & { id: string } {
  return { ...readProfileId(input), ...readPoolAddInput(input) };
}

/** Fills what a checked {@link NewPoolInput} leaves out: the label and region from the pool id, default scopes. */
export function toNewPoolProfile(input: NewPoolInput): NewPoolProfile {
  return {
    label: input.label ?? input.userPoolId,
    userPoolId: input.userPoolId,
    userPoolClientId: input.userPoolClientId,
    ...(input.userPoolEndpoint ? { userPoolEndpoint: input.userPoolEndpoint } : {}),
    region: input.region ?? input.userPoolId.split('_')[0]!,
    origins: input.origins ?? [],
    ...(input.hostedUiDomain
      ? { hostedUi: { domain: input.hostedUiDomain, scopes: input.scopes ?? DEFAULT_SCOPES } }
      : {}),
    ...(input.passwordPolicy ? { passwordPolicy: { ...input.passwordPolicy } } : {}),
  };
}

/** Validates what a user typed (or a message carried) into a profile to store. */
export function parsePoolProfileInput(input: unknown): NewPoolProfile {
  return toNewPoolProfile(readPoolInput(input));
}
