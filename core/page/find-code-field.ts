import { isRendered } from './is-rendered';
import type { CodeField } from './sign-in-page';

const SPLIT_MIN = 4;
const SPLIT_MAX = 8;
const CODE_WORDS =
  /(one[-_ ]?time|otp|totp|mfa|2fa|two[-_ ]?factor|verification|confirmation[-_ ]?code|security[-_ ]?code|^code$)/i;
const NOT_CODE_WORDS = /(zip|postal|post[-_ ]?code|coupon|promo|voucher|gift|country|area|phone|backup|recovery)/i;

/**
 * Finds the one-time-code input under `root`: a run of 4–8 single-character inputs side by side (one per digit),
 * else an input with `autocomplete="one-time-code"`, else Amplify's `name="confirmation_code"`, else one whose
 * name, id or placeholder says it takes a code (not a postal, coupon or recovery code). Only rendered inputs count.
 */
export function findCodeField(root: ParentNode, view: Window): CodeField | undefined {
  const inputs = [...root.querySelectorAll('input')].filter((input) => isTextLike(input) && isRendered(input, view));
  const split = findSplitDigits(inputs);
  if (split) return { kind: 'split', inputs: split };
  const single =
    inputs.find((input) => hasToken(input, 'one-time-code')) ??
    inputs.find((input) => input.name === 'confirmation_code') ??
    inputs.find(looksLikeCodeInput);
  return single ? { kind: 'single', input: single } : undefined;
}

function findSplitDigits(inputs: HTMLInputElement[]): HTMLInputElement[] | undefined {
  const singles = inputs.filter((input) => input.maxLength === 1);
  const byParent = new Map<Element | null, HTMLInputElement[]>();
  for (const input of singles) {
    // Split inputs sit side by side, each alone in a wrapper at most: group by the wrapper's parent.
    const key = input.parentElement?.children.length === 1 ? input.parentElement.parentElement : input.parentElement;
    byParent.set(key, [...(byParent.get(key) ?? []), input]);
  }
  return [...byParent.values()].find((group) => group.length >= SPLIT_MIN && group.length <= SPLIT_MAX);
}

function looksLikeCodeInput(input: HTMLInputElement): boolean {
  const words = [input.name, input.id, input.placeholder, input.getAttribute('aria-label') ?? ''];
  return words.some((word) => CODE_WORDS.test(word)) && !words.some((word) => NOT_CODE_WORDS.test(word));
}

/** Whether the input's `autocomplete` attribute lists `token`. */
export function hasToken(input: HTMLInputElement, token: string): boolean {
  return (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).includes(token);
}

function isTextLike(input: HTMLInputElement): boolean {
  return ['text', 'tel', 'number', 'password'].includes(input.type) && !input.disabled && !input.readOnly;
}
