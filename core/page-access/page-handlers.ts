import { SidekeyError } from '../errors/sidekey-error';
import { parser, plainObject, string } from '../messages/shape';
import { parseOtpauthUri } from '../otp/parse-otpauth-uri';
import { validateOtpParams } from '../otp/validate-otp-params';
import {
  type CapturedTotpSecret,
  type FillChoice,
  type FillValue,
  type OfferedCode,
  type OfferedSignIn,
  PAGE_STEPS,
  type PageErrorCode,
  type PageRequestInput,
  type PageRequestOutput,
  type PageRequests,
  type PageRequestType,
  type SignInComparison,
} from '../page/page-messages';
import type { PageStep } from '../page/sign-in-page';
import { strictestPolicy } from '../profiles/password-policy';
import type { CognitoBinding } from '../vault/vault-messages';
import type { PageSender } from './check-page-sender';
import { type BindingSources, type OriginBindings, readOriginBindings } from './page-bindings';

/** What the page handlers reach: the bindings' sources and the filler injection (a browser call). */
export interface PageContext extends BindingSources {
  injectFiller: (target: PageSender) => Promise<void>;
}

/** One `page.*` request: its input check and its answer, always scoped to the checked sender's origin. */
export interface PageHandler<T extends PageRequestType> {
  parse: (input: unknown) => PageRequestInput<T>;
  run: (input: PageRequestInput<T>, context: PageContext & { sender: PageSender }) => Promise<PageRequestOutput<T>>;
}

const pageError = (code: PageErrorCode, message: string) => new SidekeyError({ code, message });
const notFound = () => pageError('PageEntryNotFound', 'Sidekey has nothing like that for this site.');

/** Reads the bindings of the sender's origin, refusing an origin no account is bound to. */
async function boundBindings(context: PageContext & { sender: PageSender }): Promise<OriginBindings> {
  const bindings = await readOriginBindings(context, context.sender.origin);
  if (!bindings.bound) {
    throw pageError('PageOriginNotBound', 'No Sidekey account is bound to this site.');
  }
  return bindings;
}

/** Writing to the vault needs it unlocked; say so plainly instead of a missing-entry answer. */
function requireUnlocked(bindings: OriginBindings): void {
  if (bindings.vault === 'locked') throw pageError('VaultLocked', 'Unlock Sidekey first.');
  if (bindings.vault === 'uninitialised') throw pageError('VaultUninitialised', 'Set Sidekey up first.');
}

/** The pool account a new entry or sign-in belongs to: only when exactly one pool serves the origin. */
function cognitoFor(bindings: OriginBindings, username: string): CognitoBinding | undefined {
  const [pool, other] = bindings.pools;
  if (!pool || other) return undefined;
  return { userPoolId: pool.userPoolId, clientId: pool.userPoolClientId, username };
}

const parseObject = parser(plainObject());
const readText = (record: Record<string, unknown>, key: string, maxLength: number) =>
  string({ max: maxLength })(record[key], key);
const readOptionalText = (record: Record<string, unknown>, key: string, maxLength: number) =>
  record[key] === undefined ? undefined : readText(record, key, maxLength);

function parseStep(value: unknown): PageStep {
  const step = PAGE_STEPS.find((candidate) => candidate === value);
  if (!step) throw new SidekeyError({ code: 'BadMessage', message: '"step" must name a sign-in step.' });
  return step;
}

function parseFillChoice(input: unknown): FillChoice {
  const record = parseObject(input);
  const id = readText(record, 'id', 128);
  if (record.kind === 'sign-in' || record.kind === 'code') return { kind: record.kind, id };
  throw new SidekeyError({ code: 'BadMessage', message: '"kind" must be "sign-in" or "code".' });
}

/** A username and password the page accepted (`page.compareSignIn`, `page.saveSignIn`). */
function parseCredentials(input: unknown): { username: string; password: string } {
  const record = parseObject(input);
  return { username: readText(record, 'username', 256), password: readText(record, 'password', 1024) };
}

const offered = ({ id, username, label }: OfferedSignIn): OfferedSignIn => ({ id, username, label });

function parseCapturedSecret(input: unknown): CapturedTotpSecret {
  const record = parseObject(input);
  const account = readText(record, 'account', 256);
  if (record.uri !== undefined) return { uri: readText(record, 'uri', 4096), account };
  const issuer = readOptionalText(record, 'issuer', 256);
  return { secret: readText(record, 'secret', 1024), account, ...(issuer ? { issuer } : {}) };
}

/**
 * The worker's answers to the detector and the filler (core/page/page-messages.ts). Each reads only what is bound
 * to the sender's origin; the password and code leave only through `page.fill`, for the one entry chosen.
 */
export const pageHandlers: { [T in keyof PageRequests]: PageHandler<T> } = {
  'page.inject': {
    parse: (input) => {
      const kind = parseObject(input).kind;
      if (kind === 'amplify' || kind === 'hosted-ui' || kind === 'form' || kind === 'unknown') return { kind };
      throw new SidekeyError({ code: 'BadMessage', message: '"kind" must name a page kind.' });
    },
    async run(_input, context) {
      await boundBindings(context);
      await context.injectFiller(context.sender);
      return { injected: true };
    },
  },
  'page.offer': {
    parse: (input) => {
      const record = parseObject(input);
      const username = readOptionalText(record, 'username', 256);
      return { step: parseStep(record.step), ...(username ? { username } : {}) };
    },
    async run(input, context) {
      const bindings = await boundBindings(context);
      const codes = bindings.codes
        .filter((entry) => !input.username || !entry.cognito || entry.cognito.username === input.username)
        .map(
          (entry): OfferedCode => ({
            id: entry.id,
            issuer: entry.issuer,
            account: entry.account,
            cognitoUsername: entry.cognito?.username ?? null,
          }),
        );
      return {
        origin: bindings.origin,
        vault: bindings.vault,
        step: input.step,
        signIns: bindings.signIns.map(offered),
        codes,
        codeAvailable: codes.length > 0,
        passwordPolicy: strictestPolicy(bindings.pools.map((pool) => pool.passwordPolicy)),
      };
    },
  },
  'page.fill': {
    parse: parseFillChoice,
    async run(input, context): Promise<FillValue> {
      const bindings = await boundBindings(context);
      requireUnlocked(bindings);
      if (input.kind === 'sign-in') {
        // The vault re-checks the origin against the sign-in's own bindings before it hands the password out.
        const login = await context.vault.loginForFill({ id: input.id, origin: bindings.origin });
        if (!login) throw notFound();
        return { kind: 'sign-in', username: login.username, password: login.password };
      }
      const entry = bindings.codes.find((candidate) => candidate.id === input.id);
      if (!entry) throw notFound();
      // An HOTP code is spent once shown: move the counter on so the next fill gets a fresh one (RFC 4226 §7.2).
      if (entry.kind === 'hotp') await context.vault.advanceHotp(entry.id);
      return { kind: 'code', code: entry.code, nextCode: entry.nextCode, periodEndsAt: entry.periodEndsAt };
    },
  },
  'page.saveTotpSecret': {
    parse: parseCapturedSecret,
    async run(input, context) {
      const bindings = await boundBindings(context);
      requireUnlocked(bindings);
      const params =
        'uri' in input
          ? parseOtpauthUri(input.uri)
          : validateOtpParams({
              kind: 'totp',
              secret: input.secret,
              issuer: input.issuer ?? new URL(bindings.origin).hostname,
              account: input.account,
            });
      if (params.kind !== 'totp') {
        throw new SidekeyError({ code: 'OtpUriBadType', message: 'Only time-based keys are captured from a page.' });
      }
      const entry = await context.vault.addEntry({
        params,
        origins: [bindings.origin],
        cognito: cognitoFor(bindings, input.account) ?? null,
      });
      return { id: entry.id, code: entry.code, nextCode: entry.nextCode, periodEndsAt: entry.periodEndsAt };
    },
  },
  'page.compareSignIn': {
    parse: parseCredentials,
    async run(input, context): Promise<SignInComparison> {
      const bindings = await boundBindings(context);
      requireUnlocked(bindings);
      const summary = bindings.signIns.find((login) => login.username === input.username);
      if (!summary) return { status: 'unsaved' };
      const login = await context.vault.loginForFill({ id: summary.id, origin: bindings.origin });
      if (!login) return { status: 'unsaved' };
      return { status: login.password === input.password ? 'saved' : 'changed', signIn: offered(summary) };
    },
  },
  'page.saveSignIn': {
    parse: parseCredentials,
    async run(input, context): Promise<OfferedSignIn> {
      const bindings = await boundBindings(context);
      requireUnlocked(bindings);
      if (bindings.signIns.some((login) => login.username === input.username)) {
        throw pageError('VaultDuplicate', 'This sign-in is already saved for this site.');
      }
      const saved = await context.vault.addLogin({
        username: input.username,
        password: input.password,
        origins: [bindings.origin],
        cognito: cognitoFor(bindings, input.username) ?? null,
      });
      return offered(saved);
    },
  },
  'page.updateSignIn': {
    parse: (input) => {
      const record = parseObject(input);
      return { id: readText(record, 'id', 128), password: readText(record, 'password', 1024) };
    },
    async run(input, context): Promise<OfferedSignIn> {
      const bindings = await boundBindings(context);
      requireUnlocked(bindings);
      // Only a sign-in bound to this origin: the same rule as handing its password out (page.fill).
      if (!bindings.signIns.some((login) => login.id === input.id)) throw notFound();
      return offered(
        await context.vault.updateLoginPassword({ id: input.id, password: input.password, origin: bindings.origin }),
      );
    },
  },
};
