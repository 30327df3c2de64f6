import type { PasskeyPort } from '../auth/auth-context';
import { AuthError } from '../auth/auth-error';
import { isOriginOnRpId } from './is-origin-on-rp-id';
import type { PasskeyCeremonyOutcome, PasskeyCeremonyRequest } from './passkey-ceremony';

/** How long a ceremony may take by default: Cognito's 180 s option timeout, and a little for the page to load. */
const PASSKEY_RELAY_TIMEOUT_MS = 190_000;

/** The browser's tabs as the relay needs them (entrypoints/background/passkey-tabs.ts gives the real ones). */
export interface PasskeyTabs {
  /** Tabs whose top frame shows one of `origins`, the focused window's active tab first. */
  find(origins: readonly string[]): Promise<number[]>;
  /** Opens a tab on `origin` and resolves once its page has loaded. */
  open(origin: string): Promise<number>;
  /** Brings the tab and its window to the front: WebAuthn refuses a page that has no focus. */
  focus(tabId: number): Promise<void>;
  /** Runs the ceremony in the tab's top frame (the passkey content script); rejects when it cannot be injected. */
  run(tabId: number, request: PasskeyCeremonyRequest): Promise<PasskeyCeremonyOutcome>;
}

/** The relay's own failures, beside the ceremony's (core/passkeys/passkey-ceremony.ts). */
export type PasskeyRelayErrorCode = 'PasskeyNoSite' | 'PasskeyTabUnavailable' | 'PasskeyTimeout';

const relayError = (code: PasskeyRelayErrorCode, message: string, cause?: unknown) =>
  new AuthError({ code, message, cause });

/** The RP id the options name (`rpId` for get, `rp.id` for create); undefined when they name none. */
function rpIdOf(request: PasskeyCeremonyRequest): string | undefined {
  const { options } = request;
  const id = request.kind === 'get' ? options.rpId : (options.rp as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(relayError('PasskeyTimeout', 'The passkey was not used in time. Try again.')), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * The worker's passkey port for one user pool (docs/cognito-api.md §7.1): a ceremony runs only in a page on the
 * relying party's origin, never in the worker or an extension page. Of the pool's bound sites, those on the
 * options' RP id qualify; a tab already showing one is used (the active one first), else Sidekey opens one. The
 * tab is brought to the front, the ceremony runs there, and only an answer from a page on that very origin is
 * taken. Failures are AuthErrors: the ceremony's (Amplify's passkey names), `PasskeyNoSite` when no bound site is
 * on the RP id, `PasskeyTabUnavailable` when the page cannot run it, `PasskeyTimeout` after `timeoutMs`.
 */
export function createPasskeyRelay(options: {
  /** The pool's bound sites, read when a ceremony starts. */
  siteOrigins: () => Promise<readonly string[]>;
  tabs: PasskeyTabs;
  /** Told the credential id of every passkey a sign-in used (core/passkeys/create-passkey-use-log.ts). */
  onUsed?: (credentialId: string) => Promise<void>;
  timeoutMs?: number;
}): PasskeyPort {
  const { tabs } = options;
  const relay = async (request: PasskeyCeremonyRequest): Promise<Record<string, unknown>> => {
    const rpId = rpIdOf(request);
    const origins = (await options.siteOrigins()).filter(
      (origin) => rpId === undefined || isOriginOnRpId(origin, rpId),
    );
    if (origins.length === 0) {
      throw relayError(
        'PasskeyNoSite',
        `None of this pool’s sites is on the passkey’s site (${rpId ?? 'unnamed'}). Add that site to the pool in Settings.`,
      );
    }
    const work = async () => {
      const [found] = await tabs.find(origins);
      let tabId: number;
      try {
        tabId = found ?? (await tabs.open(origins[0]!));
        await tabs.focus(tabId);
      } catch (cause) {
        throw relayError('PasskeyTabUnavailable', `Sidekey could not open ${origins[0]} for the passkey.`, cause);
      }
      let outcome: PasskeyCeremonyOutcome;
      try {
        outcome = await tabs.run(tabId, request);
      } catch (cause) {
        throw relayError(
          'PasskeyTabUnavailable',
          'The site’s tab could not run the passkey request. Reload it and try again.',
          cause,
        );
      }
      if (!origins.includes(outcome.origin)) {
        throw relayError(
          'PasskeyTabUnavailable',
          'The site’s tab moved to another address during the passkey request.',
        );
      }
      if (!outcome.ok) throw new AuthError({ code: outcome.code, message: outcome.message });
      return outcome.credential;
    };
    return withTimeout(work(), options.timeoutMs ?? PASSKEY_RELAY_TIMEOUT_MS);
  };
  return {
    get: async (requestOptions) => {
      const credential = await relay({ kind: 'get', options: requestOptions });
      if (typeof credential.id === 'string') await options.onUsed?.(credential.id).catch(() => undefined);
      return credential;
    },
    create: (creationOptions) => relay({ kind: 'create', options: creationOptions }),
  };
}
