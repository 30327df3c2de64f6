import { SidekeyError } from '../errors/sidekey-error';
import { parseOtpauthUri } from '../otp/parse-otpauth-uri';
import { validateOtpParams } from '../otp/validate-otp-params';
import type {
  FillValue,
  OfferedCode,
  OfferedSignIn,
  PageErrorCode,
  PageRequestInput,
  PageRequestOutput,
  PageRequests,
  PageRequestType,
  SignInComparison,
} from '../page/page-messages';
import type { FactorPreferences } from '../preferences/create-factor-preferences';
import { strictestPolicy } from '../profiles/password-policy';
import type { CodeEntry, CognitoBinding } from '../vault/vault-messages';
import type { PageSender } from './check-page-sender';
import { type BindingSources, type OriginBindings, readOriginBindings } from './page-bindings';
import { parsePageInput } from './parse-page-input';
import { CHOICE_OF, pageScopes, preferredFactor } from './preferred-factor';

/** What the page handlers reach: the bindings' sources, the remembered factors and the filler injection. */
export interface PageContext extends BindingSources {
  preferences: FactorPreferences;
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

/**
 * The pool account a new entry or sign-in belongs to: the pool of the app client the page named, when that pool
 * serves the origin; else the one pool serving the origin; none when several do and the page named none.
 */
function cognitoFor(bindings: OriginBindings, username: string, clientId?: string): CognitoBinding | undefined {
  const [first, other] = bindings.pools;
  const pool = clientId ? bindings.pools.find((candidate) => candidate.userPoolClientId === clientId) : first;
  if (!pool || (!clientId && other)) return undefined;
  return { userPoolId: pool.userPoolId, clientId: pool.userPoolClientId, username };
}

/** Whether an entry's account is the one signing in (any, when the page has not said who). */
const isAccount = (account: string, username: string | undefined) =>
  username === undefined || account.toLowerCase() === username.toLowerCase();

const toOfferedCode = (entry: CodeEntry): OfferedCode => ({
  id: entry.id,
  issuer: entry.issuer,
  account: entry.account,
  cognitoUsername: entry.cognito?.username ?? null,
});

const offered = ({ id, username, label }: OfferedSignIn): OfferedSignIn => ({ id, username, label });

/**
 * The worker's answers to the detector and the filler (core/page/page-messages.ts). Each reads only what is bound
 * to the sender's origin; the password and code leave only through `page.fill`, for the one entry chosen.
 */
export const pageHandlers: { [T in keyof PageRequests]: PageHandler<T> } = {
  'page.inject': {
    parse: parsePageInput['page.inject'],
    async run(_input, context) {
      await boundBindings(context);
      await context.injectFiller(context.sender);
      return { injected: true };
    },
  },
  'page.offer': {
    parse: parsePageInput['page.offer'],
    async run(input, context) {
      const bindings = await boundBindings(context);
      const codes = bindings.codes
        .filter((entry) => !input.username || !entry.cognito || entry.cognito.username === input.username)
        .map(toOfferedCode);
      const signIns = bindings.signIns.map(offered);
      const preferred = await preferredFactor({
        step: input.step,
        username: input.username,
        bindings,
        preferences: context.preferences,
        hasCode: codes.some((code) => isAccount(code.cognitoUsername ?? code.account, input.username)),
        hasSignIn: signIns.some((signIn) => isAccount(signIn.username, input.username)),
      });
      return {
        origin: bindings.origin,
        vault: bindings.vault,
        step: input.step,
        signIns,
        codes,
        codeAvailable: codes.length > 0,
        passwordPolicy: strictestPolicy(bindings.pools.map((pool) => pool.passwordPolicy)),
        preferredFactor: preferred,
      };
    },
  },
  'page.fill': {
    parse: parsePageInput['page.fill'],
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
    parse: parsePageInput['page.saveTotpSecret'],
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
      const { id, code, nextCode, periodEndsAt } = entry;
      return { id, code, nextCode, periodEndsAt, boundToAccount: entry.cognito !== null };
    },
  },
  'page.bindEntry': {
    parse: parsePageInput['page.bindEntry'],
    async run(input, context) {
      const bindings = await boundBindings(context);
      requireUnlocked(bindings);
      // Only a key captured on this very origin and not bound to an account yet; only a pool serving the origin.
      const entry = bindings.codes.find((candidate) => candidate.id === input.id);
      if (!entry?.boundToOrigin || entry.cognito !== null) throw notFound();
      const cognito = cognitoFor(bindings, entry.account, input.userPoolClientId);
      if (!cognito) throw notFound();
      return toOfferedCode(await context.vault.updateEntry({ id: entry.id, cognito }));
    },
  },
  'page.compareSignIn': {
    parse: parsePageInput['page.compareSignIn'],
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
    parse: parsePageInput['page.saveSignIn'],
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
        cognito: cognitoFor(bindings, input.username, input.userPoolClientId) ?? null,
      });
      return offered(saved);
    },
  },
  'page.updateSignIn': {
    parse: parsePageInput['page.updateSignIn'],
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
  'page.rememberFactor': {
    parse: parsePageInput['page.rememberFactor'],
    async run(input, context) {
      // A preference is no secret: it is kept while the vault is locked too, and only for a bound origin.
      const bindings = await boundBindings(context);
      await context.preferences.remember({
        scopes: pageScopes(bindings),
        username: input.username,
        choice: CHOICE_OF[input.step],
        factor: input.factor,
      });
      return { remembered: true };
    },
  },
};
