const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (value: number) => String(value).padStart(2, '0');

/**
 * The SRP `TIMESTAMP` challenge response: `ddd MMM D HH:mm:ss UTC YYYY` in UTC with English names and an unpadded
 * day of month, e.g. `Tue Aug 5 09:03:07 UTC 2025` (docs/cognito-api.md §3.7). Locale-independent by design.
 */
export function formatSrpTimestamp(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatSrpTimestamp needs a valid date');
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${date.getUTCDate()} ${time} UTC ${date.getUTCFullYear()}`;
}
