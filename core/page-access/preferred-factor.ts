import type { FactorStep } from '../page/page-messages';
import type { FactorName, PageStep } from '../page/sign-in-page';
import type { AccountScope, FactorChoice, FactorPreferences } from '../preferences/create-factor-preferences';
import type { OriginBindings } from './page-bindings';

/** Which remembered choice each factor-choice step answers. */
export const CHOICE_OF: Readonly<Record<FactorStep, FactorChoice>> = {
  selectMfaType: 'mfa',
  selectFirstFactor: 'firstFactor',
};

/** The factors each choice step offers (docs/sign-in-pages.md §1.2). */
export const FACTORS_OF: Readonly<Record<FactorStep, readonly FactorName[]>> = {
  selectMfaType: ['TOTP', 'SMS', 'EMAIL'],
  selectFirstFactor: ['PASSWORD', 'EMAIL', 'SMS', 'PASSKEY'],
};

/** Whether a step is a factor choice. */
export function isFactorStep(step: PageStep): step is FactorStep {
  return Object.hasOwn(CHOICE_OF, step);
}

/**
 * Where a pick made on this origin is remembered: the origin itself, and the pool too when exactly one pool serves
 * the origin (then a pick on the page and one in the popup are the same account's).
 */
export function pageScopes(bindings: Pick<OriginBindings, 'origin' | 'pools'>): AccountScope[] {
  const [pool, other] = bindings.pools;
  return [{ origin: bindings.origin }, ...(pool && !other ? [{ userPoolId: pool.userPoolId }] : [])];
}

/**
 * The factor to preselect for `username` on a factor-choice step: the account's last pick here or in the popup
 * (on any pool serving the origin), else one Sidekey can complete itself — TOTP when it holds a code for the
 * account (`hasCode`), the password when it holds the account's sign-in (`hasSignIn`) — else null (the page's own
 * default stays).
 */
export async function preferredFactor(input: {
  step: PageStep;
  username: string | undefined;
  bindings: Pick<OriginBindings, 'origin' | 'pools'>;
  preferences: Pick<FactorPreferences, 'preferred'>;
  hasCode: boolean;
  hasSignIn: boolean;
}): Promise<FactorName | null> {
  if (!isFactorStep(input.step)) return null;
  const choice = CHOICE_OF[input.step];
  if (input.username) {
    const scopes: AccountScope[] = [
      { origin: input.bindings.origin },
      ...input.bindings.pools.map((pool) => ({ userPoolId: pool.userPoolId })),
    ];
    const remembered = await input.preferences.preferred({ scopes, username: input.username, choice });
    if (remembered) return remembered;
  }
  if (choice === 'mfa') return input.hasCode ? 'TOTP' : null;
  return input.hasSignIn ? 'PASSWORD' : null;
}
