/** How close to the end of its period a code is swapped for the next one, so it does not expire on the way. */
const NEXT_CODE_LEAD_MS = 5_000;

/**
 * The code to fill at `now`: the current one, or the next period's code when the current one has less than
 * {@link NEXT_CODE_LEAD_MS} left (Cognito accepts a code a little outside its 30 s window, docs/sign-in-pages.md §5).
 * The popup's *Use this code* at a TOTP step or set-up offers the same code.
 */
export function pickCode(value: { code: string; nextCode: string; periodEndsAt: number | null }, now: number): string {
  if (value.periodEndsAt === null || value.nextCode === '') return value.code;
  return value.periodEndsAt - now < NEXT_CODE_LEAD_MS ? value.nextCode : value.code;
}
