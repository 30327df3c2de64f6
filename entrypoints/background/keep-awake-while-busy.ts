/**
 * Keeps the background awake while it owes a reply. Firefox suspends an event page after
 * `extensions.background.idle.timeout` (30 s) without extension activity, and a pending `runtime.onMessage` reply
 * does not count: a long request — Argon2id on a slow machine, a slow pool, the hosted-UI sign-in window — was cut
 * off with "Receiving end does not exist" and its work lost. A call to an extension API from the background does
 * count (in Chrome too), so this calls `ping` as a request starts — a full timeout for work that holds the thread,
 * like Argon2id — and every `everyMs` while any request is in flight (docs/browser-testing.md#firefox). Nothing runs
 * while idle: the background is still suspended between requests.
 */
export function keepAwakeWhileBusy(options: {
  ping: () => Promise<unknown>;
  everyMs: number;
  timers?: Pick<typeof globalThis, 'setInterval' | 'clearInterval'>;
}): <T>(work: Promise<T>) => Promise<T> {
  const timers = options.timers ?? globalThis;
  let inFlight = 0;
  let interval: ReturnType<typeof setInterval> | undefined;
  const ping = () => void options.ping().catch(() => undefined);
  return async (work) => {
    inFlight += 1;
    ping();
    interval ??= timers.setInterval(ping, options.everyMs);
    try {
      return await work;
    } finally {
      inFlight -= 1;
      if (inFlight === 0 && interval !== undefined) {
        timers.clearInterval(interval);
        interval = undefined;
      }
    }
  };
}
